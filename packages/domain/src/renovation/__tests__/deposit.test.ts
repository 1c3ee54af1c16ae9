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
      { violationId: "v-1", amount: parseMoney("500"), basis: "¥500.00" },
    ]);
    expect(settlement).toMatchObject({
      deductions: parseMoney("820.50"),
      refund: parseMoney("1179.50"),
      receivable: 0n,
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
        basis: "¥1,000.00 + ¥50.00 per day unrectified: 2 day(s) late × ¥50.00 → ¥1,100.00",
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
    ).toEqual({ deposit: 0n, deductions: parseMoney("500"), refund: 0n, receivable: parseMoney("500") });
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
