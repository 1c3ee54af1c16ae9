import { describe, expect, it } from "vitest";
import {
  arrearsRecoveryRate,
  collectionRate,
  collectionRateOfPeriod,
  formatRatioAsPercentage,
} from "../index.ts";
import { line, yuan } from "./fixtures.ts";

describe("R-FEE-8 collection rate 收缴率 and arrears-recovery rate 清欠率", () => {
  it("gives the collection rate as an exact ratio and a percentage", () => {
    const rate = collectionRate({
      period: "2026-11",
      receivable: yuan("30000.00"),
      collected: yuan("27705.00"),
    });
    expect(rate.ratio).toEqual({ num: 1847n, den: 2000n });
    expect(rate.percentage).toBe("92.35%");
    expect(rate.rules).toEqual(["R-FEE-8"]);
  });

  it("rounds the percentage half up, to the decimals asked for, without floating point", () => {
    expect(formatRatioAsPercentage({ num: 2n, den: 3n })).toBe("66.67%");
    expect(formatRatioAsPercentage({ num: 1n, den: 3n }, 0)).toBe("33%");
    expect(formatRatioAsPercentage({ num: 1n, den: 8n }, 1)).toBe("12.5%");
    expect(formatRatioAsPercentage({ num: 1n, den: 1600n }, 2)).toBe("0.06%");
    expect(formatRatioAsPercentage({ num: 1n, den: 1n })).toBe("100.00%");
    // 0.1 + 0.2 style trap: 3/10 is exactly 30 %.
    expect(formatRatioAsPercentage({ num: 3n, den: 10n }, 4)).toBe("30.0000%");
  });

  it("reports the arrears-recovery rate separately, on the arrears carried in", () => {
    const recovery = arrearsRecoveryRate({
      period: "2026-11",
      openingArrears: yuan("8000.00"),
      recovered: yuan("1000.00"),
    });
    expect(recovery).toMatchObject({
      openingArrears: yuan("8000.00"),
      recovered: yuan("1000.00"),
      percentage: "12.50%",
    });
    expect(recovery).not.toHaveProperty("receivable");
  });

  it("has no rate when there was nothing to collect", () => {
    const rate = collectionRate({ period: "2026-11", receivable: yuan("0"), collected: yuan("0") });
    expect(rate.ratio).toBeUndefined();
    expect(rate.percentage).toBeUndefined();
  });

  it("computes a period's rate from its lines only", () => {
    const lines = [
      line("nov-1", "300.00", { period: "2026-11", settled: "300.00" }),
      line("nov-2", "100.00", { period: "2026-11", settled: "0.00" }),
      line("oct-1", "999.00", { period: "2026-10", settled: "0.00" }),
    ];
    expect(collectionRateOfPeriod(lines, "2026-11").percentage).toBe("75.00%");
  });

  it("refuses collected above receivable, negative amounts and a bad period", () => {
    expect(() =>
      collectionRate({ period: "2026-11", receivable: yuan("1.00"), collected: yuan("2.00") }),
    ).toThrow(expect.objectContaining({ code: "COL_INVALID_RATE_INPUT" }));
    expect(() =>
      arrearsRecoveryRate({ period: "2026-11", openingArrears: yuan("-1.00"), recovered: yuan("0") }),
    ).toThrow(expect.objectContaining({ code: "COL_INVALID_RATE_INPUT" }));
    expect(() =>
      collectionRate({ period: "11/2026", receivable: yuan("1.00"), collected: yuan("1.00") }),
    ).toThrow(expect.objectContaining({ code: "COL_INVALID_PERIOD" }));
  });
});
