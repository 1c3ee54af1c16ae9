import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseMoney, renovationPolicy, shiftBillingPeriod } from "@wuye/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  explainHandoverPrepayment,
  explainMonthlyBill,
  firstMonthlyPeriod,
  juneReadings,
  type RenovationDepositCase,
  refusalLines,
  renovation3_1201,
  settleRenovationDeposit,
  sunnyGardenSchedule,
  unit3_1201,
} from "../src/index.ts";

// The amounts below are worked out by hand from the example's data, so a change in the rules or
// the data shows up here as a failing line rather than a silently different receipt.

const run = promisify(execFile);
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

function readOutText(outcome: { ok: boolean; readOut?: { lines: readonly { zh: string; en: string }[] } }) {
  if (!outcome.ok || !outcome.readOut) throw new Error("expected the rules to allow it");
  return outcome.readOut.lines.flatMap((l) => [l.zh, l.en]);
}

describe("the script (pnpm start)", () => {
  let stdout = "";
  beforeAll(async () => {
    ({ stdout } = await run(process.execPath, [tsx, main], { encoding: "utf8" }));
  }, 60_000);

  it("R-FEE-2/3/4 prints the June bill line by line with its total", () => {
    expect(stdout).toContain("1. == 月度账单 · Monthly bill ==");
    expect(stdout).toContain("物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 = 210.02元");
    expect(stdout).toContain("Parking space fee: ¥150.00/space/month × 1 space × 1 month = ¥150.00");
    expect(stdout).toContain("水费：(94 − 86)吨 × 4.10元/吨 = 32.80元");
    expect(stdout).toContain("Electricity: (1806 − 1526) kWh × ¥0.617/kWh = ¥172.76");
    expect(stdout).toContain("本月合计：565.58元");
    expect(stdout).toContain("Total for the month: ¥565.58");
  });

  it("R-HND-3 prints the prepaid dates, the prorated first month and the total", () => {
    expect(stdout).toContain("预收期 2026年11月14日至2027年5月31日（交房当月 17 天 + 6 个整月）");
    expect(stdout).toContain("prepaid from 2026-11-14 to 2027-05-31");
    expect(stdout).toContain("物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元");
    expect(stdout).toContain(
      "2026-11 (2026-11-14 to 2026-11-30): Property service fee ¥119.01 + Parking space fee ¥85.00 = ¥204.01",
    );
    expect(stdout).toContain(
      "2027-05（2027年5月1日至2027年5月31日）：物业服务费 210.02元 + 车位管理费 150.00元 = 360.02元",
    );
    expect(stdout).toContain("预收合计：2364.13元");
    expect(stdout).toContain("Prepayment total: ¥2,364.13");
  });

  it("R-REN-7/9 prints penalties, damages, the refund and the earliest refund date", () => {
    expect(stdout).toContain(
      "违章 WZ-031-1：2026年12月8日发现，限2026年12月8日前整改，2026年12月8日已整改。违约金：非施工时间进行噪音作业（一般违章）口头通知整改，不收违约金",
    );
    expect(stdout).toContain(
      "Penalty for noisy work outside permitted hours (minor): none, verbal notice only",
    );
    expect(stdout).toContain(
      "2026年12月21日已整改。违约金：安装窗户防护栏（严重违章）1000.00元 + 逾期整改 3 天 × 50.00元/天 = 1150.00元",
    );
    expect(stdout).toContain(
      "rectified 2026-12-21. Penalty for security bars installed on windows (serious): ¥1,000.00 + 3 days late × ¥50.00/day = ¥1,150.00",
    );
    expect(stdout).toContain("损坏赔偿：电梯轿厢壁板划伤（工程部 何俊核定）280.00元");
    expect(stdout).toContain(
      "应退押金：押金 2000.00元 − 扣款 1430.00元（违约金 1150.00元 + 损坏赔偿 280.00元） = 570.00元",
    );
    expect(stdout).toContain(
      "Refund: deposit ¥2,000.00 − deductions ¥1,430.00 (penalties ¥1,150.00 + damages ¥280.00) = ¥570.00",
    );
    expect(stdout).toContain("押金最早于2027年4月22日退还（验收合格满 3 个月）");
    expect(stdout).toContain("refundable from 2027-04-22 (3 months after acceptance); settled 2027-04-26");
  });
});

describe("R-FEE-4 monthly bill", () => {
  it("bills area, parking, water and electricity, the total exactly their sum", () => {
    const outcome = explainMonthlyBill(sunnyGardenSchedule, unit3_1201, firstMonthlyPeriod, juneReadings);
    if (!outcome.ok) throw new Error(outcome.refusals[0]?.message);
    expect(outcome.bill.lines.map((l) => [l.itemCode, l.amount])).toEqual([
      ["property", parseMoney("210.02")],
      ["parking", parseMoney("150.00")],
      ["water", parseMoney("32.80")],
      ["electricity", parseMoney("172.76")],
    ]);
    expect(outcome.bill.total).toBe(parseMoney("565.58"));
  });

  it("is the first month after the prepaid period", () => {
    const outcome = explainHandoverPrepayment(sunnyGardenSchedule, unit3_1201);
    if (!outcome.ok) throw new Error(outcome.refusals[0]?.message);
    expect(shiftBillingPeriod(outcome.prepayment.coveredTo.slice(0, 7), 1)).toBe(firstMonthlyPeriod);
  });

  it("names a meter not read this month instead of billing it as zero", () => {
    const outcome = explainMonthlyBill(sunnyGardenSchedule, unit3_1201, "2027-06", {
      water: { from: "86", to: "94" },
    });
    expect(outcome.ok && outcome.bill.total).toBe(parseMoney("392.82"));
    expect(readOutText(outcome)).toContain("电费：本期未抄表，抄表后计费");
  });

  it("reads out the refusal for a unit not handed over", () => {
    const { handoverDate: _, ...notHandedOver } = unit3_1201;
    const outcome = explainMonthlyBill(sunnyGardenSchedule, notHandedOver, "2027-06", juneReadings);
    expect(!outcome.ok && outcome.refusals.map((r) => r.code)).toEqual(["FEE_NOT_HANDED_OVER"]);
    const prepaid = explainHandoverPrepayment(sunnyGardenSchedule, notHandedOver);
    if (prepaid.ok) throw new Error("expected a refusal");
    expect(refusalLines(prepaid.refusals)[0]?.en).toMatch(/^Refused \(FEE_NOT_HANDED_OVER, R-HND-3\): /);
  });
});

describe("R-HND-3 handover prepayment", () => {
  it("covers 14 November to 31 May: 17 prorated days and six whole months", () => {
    const outcome = explainHandoverPrepayment(sunnyGardenSchedule, unit3_1201);
    if (!outcome.ok) throw new Error(outcome.refusals[0]?.message);
    const { prepayment } = outcome;
    expect(prepayment).toMatchObject({ coveredFrom: "2026-11-14", coveredTo: "2027-05-31", months: 6 });
    expect(prepayment.bills.map((b) => b.total)).toEqual([
      parseMoney("204.01"),
      ...Array(6).fill(parseMoney("360.02")),
    ]);
    expect(prepayment.total).toBe(parseMoney("2364.13"));
  });

  it("a handover on the 1st prepays six whole months, with no prorated month", () => {
    const outcome = explainHandoverPrepayment(sunnyGardenSchedule, {
      ...unit3_1201,
      handoverDate: "2026-12-01",
    });
    if (!outcome.ok) throw new Error(outcome.refusals[0]?.message);
    expect(outcome.prepayment).toMatchObject({ coveredFrom: "2026-12-01", coveredTo: "2027-05-31" });
    expect(outcome.prepayment.total).toBe(parseMoney("2160.12"));
    expect(readOutText(outcome)[0]).toContain("（6 个整月）");
  });
});

describe("R-REN-9 renovation deposit settlement", () => {
  const withCase = (changes: Partial<RenovationDepositCase>) => ({ ...renovation3_1201, ...changes });

  it("refunds the deposit less the late penalty and the damage", () => {
    const outcome = settleRenovationDeposit(renovation3_1201);
    if (!outcome.ok) throw new Error(outcome.refusals.map((r) => r.code).join());
    expect(outcome.settlement).toMatchObject({
      settledOn: "2027-04-26",
      deposit: parseMoney("2000"),
      deductions: parseMoney("1430"),
      refund: parseMoney("570"),
      receivable: 0n,
    });
    // The minor violation carries no penalty, so only the window bars are deducted.
    expect(outcome.settlement.penalties.map((p) => [p.violationId, p.amount])).toEqual([
      ["WZ-031-2", parseMoney("1150")],
    ]);
    expect(outcome.renovation.depositRefundableFrom).toBe("2027-04-22");
    expect(outcome.fees.total).toBe(parseMoney("2642.80"));
  });

  it("turns deductions beyond the deposit into a receivable on the unit", () => {
    const outcome = settleRenovationDeposit(
      withCase({
        damages: [
          {
            description: { zh: "大堂地砖破损", en: "lobby floor tiles broken" },
            amount: parseMoney("1200"),
            assessedBy: "工程部 何俊",
          },
        ],
      }),
    );
    if (!outcome.ok) throw new Error(outcome.refusals.map((r) => r.code).join());
    expect(outcome.settlement).toMatchObject({ refund: 0n, receivable: parseMoney("350"), unitId: "3-1201" });
    expect(readOutText(outcome)).toContain(
      "押金不足抵扣：扣款 2350.00元（违约金 1150.00元 + 损坏赔偿 1200.00元） − 押金 2000.00元 = 350.00元，计入该房屋应收款，退还 0.00元",
    );
    expect(readOutText(outcome)).toContain(
      "Deductions exceed the deposit: deductions ¥2,350.00 (penalties ¥1,150.00 + damages ¥1,200.00) − deposit ¥2,000.00 = ¥350.00, a receivable on the unit; refund ¥0.00",
    );
  });

  it("doubles the penalty of a repeated violation of the same type", () => {
    const [, bars] = renovation3_1201.violations;
    if (!bars) throw new Error("the case has window bars");
    const again = {
      ...bars,
      id: "WZ-031-3",
      observedAt: new Date("2026-12-28T10:00:00+08:00"),
      rectifyBy: "2026-12-30",
      rectifiedOn: "2026-12-30",
    };
    const outcome = settleRenovationDeposit(
      withCase({ violations: [...renovation3_1201.violations, again] }),
    );
    if (!outcome.ok) throw new Error(outcome.refusals.map((r) => r.code).join());
    expect(outcome.settlement.penalties.map((p) => p.amount)).toEqual([
      parseMoney("1150"),
      parseMoney("2000"),
    ]);
    expect(outcome.settlement.receivable).toBe(parseMoney("1430"));
    const text = readOutText(outcome).join("\n");
    expect(text).toContain(
      "违章 WZ-031-3：2026年12月28日发现，限2026年12月30日前整改，2026年12月30日已整改。违约金：安装窗户防护栏（严重违章）1000.00元 × 2倍（同类违章再犯） = 2000.00元",
    );
    expect(text).toContain(
      "Penalty for security bars installed on windows (serious): ¥1,000.00 × 2 (repeat of the same type) = ¥2,000.00",
    );
  });

  it("refuses a settlement the day before the earliest refund date", () => {
    const outcome = settleRenovationDeposit(withCase({ settleAt: new Date("2027-04-21T16:00:00+08:00") }));
    expect(!outcome.ok && outcome.refusals).toEqual([
      expect.objectContaining({
        code: "REN_REFUND_TOO_EARLY",
        messageZh: "装修押金最早于 2027-04-22 退还（今天是 2027-04-21）",
      }),
    ]);
  });

  it("follows an estate that waits six months instead of three", () => {
    const policy = renovationPolicy({ depositRefundWaitMonths: 6 });
    const outcome = settleRenovationDeposit(renovation3_1201, policy);
    expect(!outcome.ok && outcome.refusals[0]?.message).toBe(
      "The deposit can be refunded no earlier than 2027-07-22 (today is 2027-04-26)",
    );
    const later = settleRenovationDeposit(
      withCase({ settleAt: new Date("2027-07-22T09:00:00+08:00") }),
      policy,
    );
    expect(later.ok && readOutText(later).at(-1)).toContain(
      "refundable from 2027-07-22 (6 months after acceptance)",
    );
  });
});
