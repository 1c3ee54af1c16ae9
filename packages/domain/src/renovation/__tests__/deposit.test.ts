import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyFromFen, parseMoney, subtractMoney, ZERO_MONEY } from "../../money/index.ts";
import {
  advanceRenovation,
  advanceRenovationViolation,
  balanceRenovationDeposit,
  earliestDepositRefundDate,
  renovationPolicy,
} from "../index.ts";
import { actors, bj, refusalCodes, renovationIn, validRequests } from "./fixtures.ts";
import { noticeSteps, recorded, violationIn } from "./violation-fixtures.ts";

const SERIOUS_STEPS = [
  noticeSteps.phoneOwner,
  noticeSteps.phoneSiteManager,
  noticeSteps.signNotice,
  noticeSteps.signOff,
];

const { settleDeposit } = validRequests;
const settle = (data: Partial<typeof settleDeposit.data> = {}, at = settleDeposit.at) =>
  advanceRenovation(renovationIn("accepted"), {
    ...settleDeposit,
    at,
    data: { ...settleDeposit.data, ...data },
  });

describe("R-REN-9 earliest refund date", () => {
  it("is 3 months after passing completion acceptance", () => {
    expect(renovationIn("accepted").depositRefundableFrom).toBe("2027-04-15");
    expect(earliestDepositRefundDate("2026-11-30")).toBe("2027-02-28");
    expect(earliestDepositRefundDate("2027-11-30")).toBe("2028-02-29");
    expect(earliestDepositRefundDate("2026-10-31")).toBe("2027-01-31");
  });

  it("follows the estate's policy", () => {
    expect(earliestDepositRefundDate("2026-11-15", renovationPolicy({ depositRefundWaitMonths: 6 }))).toBe(
      "2027-05-15",
    );
    expect(earliestDepositRefundDate("2026-11-15", renovationPolicy({ depositRefundWaitMonths: 0 }))).toBe(
      "2026-11-15",
    );
    for (const months of [-1, 1.5]) {
      expect(() => renovationPolicy({ depositRefundWaitMonths: months })).toThrow(
        expect.objectContaining({ code: "REN_INVALID_POLICY" }),
      );
    }
  });

  it("refuses a settlement before that date, even by one day", () => {
    const early = settle({}, bj("2027-04-14T23:59:59"));
    expect(!early.ok && early.refusals).toEqual([
      expect.objectContaining({
        code: "REN_REFUND_TOO_EARLY",
        message: "The deposit can be refunded no earlier than 2027-04-15 (today is 2027-04-14)",
      }),
    ]);
    expect(settle({}, bj("2027-04-15T00:00:00")).ok).toBe(true);
  });
});

describe("R-REN-9 settlement", () => {
  it("refunds the whole deposit when nothing is deducted", () => {
    const result = settle();
    expect(result.ok && result.renovation.depositSettlement).toMatchObject({
      settledOn: "2027-04-15",
      deposit: parseMoney("2000"),
      deductions: 0n,
      refund: parseMoney("2000"),
      receivable: 0n,
      unitId: "unit-3-1201",
      signOffs: { projectCentre: { name: "项目中心 刘洋" } },
      explanation: {
        en: "Refund: the deposit of ¥2,000.00 in full, nothing deducted",
        zh: "应退押金：押金 2000.00元，无扣款，全额退还",
      },
    });
  });

  it("deducts recorded penalties and assessed damages", () => {
    const bars = violationIn("rectified");
    const minor = violationIn("rectified", true);
    const result = settle({
      violations: [bars, minor],
      damages: [{ description: "lift car panel dented", amount: parseMoney("320.50"), assessedBy: "工程部" }],
    });
    if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join());
    const settlement = result.renovation.depositSettlement!;
    // Hot work without permit: ¥500, rectified on time. The minor one carries no penalty.
    expect(settlement.penalties).toEqual([
      {
        violationId: "v-1",
        amount: parseMoney("500"),
        explanation: {
          en: "Penalty for hot work without a hot-work permit (serious): ¥500.00",
          zh: "违约金：未办理动火证进行动火作业（严重违章）500.00元",
        },
      },
    ]);
    expect(settlement).toMatchObject({
      deductions: parseMoney("820.50"),
      refund: parseMoney("1179.50"),
      receivable: 0n,
      explanation: {
        en: "Refund: deposit ¥2,000.00 − deductions ¥820.50 (penalties ¥500.00 + damages ¥320.50) = ¥1,179.50",
        zh: "应退押金：押金 2000.00元 − 扣款 820.50元（违约金 500.00元 + 损坏赔偿 320.50元） = 1179.50元",
      },
    });
  });

  it("a penalty rectified late is deducted with its daily amount", () => {
    let bars = recorded({ type: "windowSecurityBars", rectifyBy: "2026-12-02" });
    for (const step of [...SERIOUS_STEPS, { ...noticeSteps.rectify, data: { rectifiedOn: "2026-12-04" } }]) {
      const next = advanceRenovationViolation(bars, step as never);
      if (!next.ok) throw new Error(next.refusals.map((r) => r.code).join());
      bars = next.violation;
    }
    const result = settle({ violations: [bars] });
    expect(result.ok && result.renovation.depositSettlement?.penalties).toEqual([
      {
        violationId: "v-1",
        amount: parseMoney("1100"),
        explanation: {
          en: "Penalty for security bars installed on windows (serious): ¥1,000.00 + 2 days late × ¥50.00/day = ¥1,100.00",
          zh: "违约金：安装窗户防护栏（严重违章）1000.00元 + 逾期整改 2 天 × 50.00元/天 = 1100.00元",
        },
      },
    ]);
  });

  it("a shortfall becomes a receivable on the unit", () => {
    const result = settle({
      damages: [{ description: "façade tiles replaced", amount: parseMoney("2600"), assessedBy: "工程部" }],
    });
    expect(result.ok && result.renovation.depositSettlement).toMatchObject({
      refund: 0n,
      receivable: parseMoney("600"),
      unitId: "unit-3-1201",
      explanation: {
        en: "Deductions exceed the deposit: damages ¥2,600.00 − deposit ¥2,000.00 = ¥600.00, a receivable on the unit; refund ¥0.00",
        zh: "押金不足抵扣：损坏赔偿 2600.00元 − 押金 2000.00元 = 600.00元，计入该房屋应收款，退还 0.00元",
      },
    });
  });

  it("needs the owner's, the contractor's and the project centre's sign-off", () => {
    const result = settle({ signOffs: { owner: settleDeposit.data.signOffs.owner } });
    expect(!result.ok && result.refusals.map((r) => r.path)).toEqual([
      ["signOffs", "contractor"],
      ["signOffs", "projectCentre"],
    ]);
    expect(refusalCodes(result)).toEqual(["REN_SETTLEMENT_NOT_SIGNED", "REN_SETTLEMENT_NOT_SIGNED"]);
  });

  it("waits until every penalty is final", () => {
    const unfiled = violationIn("noticeSigned");
    const running = violationIn("filed");
    const verbal = violationIn("verbalNoticeGiven", true);
    expect(refusalCodes(settle({ violations: [unfiled, running, verbal] }))).toEqual([
      "REN_VIOLATION_NOT_FILED",
      "REN_VIOLATION_UNRECTIFIED",
      "REN_VIOLATION_UNRECTIFIED",
    ]);
    expect(refusalCodes(settle({ violations: [recorded()] }))).toEqual(["REN_VIOLATION_NOT_FILED"]);
  });

  it("refuses another renovation's violation and negative damages as bad input", () => {
    const foreign = { ...violationIn("rectified"), renovationId: "ren-9" };
    expect(() => settle({ violations: [foreign] })).toThrow(
      expect.objectContaining({ code: "REN_VIOLATION_OF_OTHER_RENOVATION" }),
    );
    expect(() =>
      settle({ damages: [{ description: "?", amount: parseMoney("-1"), assessedBy: "x" }] }),
    ).toThrow(expect.objectContaining({ code: "REN_NEGATIVE_AMOUNT" }));
  });

  it("settles exactly once", () => {
    const settled = renovationIn("depositSettled");
    const again = advanceRenovation(settled, { ...settleDeposit, actor: actors.manager });
    expect(!again.ok && again.refusals).toEqual([
      expect.objectContaining({
        code: "REN_DEPOSIT_ALREADY_SETTLED",
        messageZh: "装修押金已于 2027-04-15 结算，不能重复结算",
        rule: "R-REN-9",
      }),
    ]);
  });

  it("with no deposit taken, every deduction is receivable", () => {
    expect(
      balanceRenovationDeposit({ deposit: ZERO_MONEY, penalties: [parseMoney("500")], damages: [] }),
    ).toEqual({
      deposit: 0n,
      deductions: parseMoney("500"),
      refund: 0n,
      receivable: parseMoney("500"),
      explanation: {
        en: "Deductions exceed the deposit: penalties ¥500.00 − deposit ¥0.00 = ¥500.00, a receivable on the unit; refund ¥0.00",
        zh: "押金不足抵扣：违约金 500.00元 − 押金 0.00元 = 500.00元，计入该房屋应收款，退还 0.00元",
      },
    });
  });

  it("penalties and damages over the deposit read out as one sum, owed by the unit", () => {
    const b = balanceRenovationDeposit({
      deposit: parseMoney("2000"),
      penalties: [parseMoney("1150"), parseMoney("920")],
      damages: [parseMoney("280")],
    });
    expect(b.explanation).toEqual({
      en: "Deductions exceed the deposit: deductions ¥2,350.00 (penalties ¥2,070.00 + damages ¥280.00) − deposit ¥2,000.00 = ¥350.00, a receivable on the unit; refund ¥0.00",
      zh: "押金不足抵扣：扣款 2350.00元（违约金 2070.00元 + 损坏赔偿 280.00元） − 押金 2000.00元 = 350.00元，计入该房屋应收款，退还 0.00元",
    });
  });

  it("refund − receivable = deposit − deductions, and neither is negative (property)", () => {
    const fen = fc.bigInt({ min: 0n, max: 1_000_000_00n }).map(moneyFromFen);
    fc.assert(
      fc.property(
        fen,
        fc.array(fen, { maxLength: 5 }),
        fc.array(fen, { maxLength: 5 }),
        (deposit, penalties, damages) => {
          const b = balanceRenovationDeposit({ deposit, penalties, damages });
          expect(subtractMoney(b.refund, b.receivable)).toBe(subtractMoney(deposit, b.deductions));
          expect(b.refund >= 0n && b.receivable >= 0n).toBe(true);
          expect(b.refund === 0n || b.receivable === 0n).toBe(true);
        },
      ),
    );
  });
});
