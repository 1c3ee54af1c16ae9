import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExactDecimal, meanDurationOf, periodOf, rateOf } from "../measure.ts";
import { november, thrownCode } from "./fixtures.ts";

const period = periodOf(november);
const empty = { en: "none", zh: "无" };
const percentage = (numerator: number, denominator: number) => {
  const result = rateOf("drillCoverage", period, [], { numerator, denominator }, empty);
  return result.status === "ok" ? result.percentage : result.status;
};

describe("R-QLT-1 rates are exact ratios with a percentage written half up", () => {
  it.each([
    [2, 3, "66.67%"],
    [5, 6, "83.33%"],
    [1, 8, "12.50%"],
    [1, 800, "0.13%"],
    [1, 1600, "0.06%"],
    [1, 30000, "0.00%"],
    [0, 7, "0.00%"],
    [7, 7, "100.00%"],
  ])("%i ÷ %i is %s", (numerator, denominator, expected) => {
    expect(percentage(numerator, denominator)).toBe(expected);
  });

  it("keeps the exact numerator and denominator and says which indicator and period", () => {
    expect(
      rateOf("drillCoverage", period, ["R-EMG-2"], { numerator: 3, denominator: 4 }, empty),
    ).toMatchObject({
      indicator: "drillCoverage",
      estateId: "E1",
      from: "2026-11-01",
      to: "2026-11-30",
      status: "ok",
      kind: "rate",
      numerator: 3,
      denominator: 4,
      percentage: "75.00%",
      rules: ["R-QLT-1", "R-EMG-2"],
    });
  });

  it("a zero denominator is no data, never NaN", () => {
    expect(rateOf("drillCoverage", period, [], { numerator: 0, denominator: 0 }, empty)).toMatchObject({
      status: "noData",
      reason: empty,
    });
  });

  it("the written percentage is within half a hundredth of a percent of the exact ratio", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const [n, d] = a <= b ? [a, b] : [b, a];
        const written = percentage(n, d).replace("%", "");
        const hundredths = BigInt(written.replace(".", "")); // percentage × 100
        const error = hundredths * BigInt(d) - BigInt(n) * 10_000n; // (written − exact) × d × 100
        return error * 2n <= BigInt(d) && error * 2n > -BigInt(d);
      }),
    );
  });

  it("formats other decimal places", () => {
    expect(formatExactDecimal(2n, 3n, 0)).toBe("1");
    expect(formatExactDecimal(2n, 3n, 4)).toBe("0.6667");
  });
});

describe("R-QLT-1 mean durations are exact", () => {
  it("averages milliseconds and writes minutes and hours", () => {
    const result = meanDurationOf(
      "complaintMeanTimeToResolve",
      period,
      [],
      [3_600_000, 5_400_000, 1_800_000],
      empty,
    );
    expect(result).toMatchObject({
      status: "ok",
      kind: "meanDuration",
      count: 3,
      totalMs: 10_800_000,
      meanMs: { num: 10_800_000n, den: 3n },
      meanMinutes: "60.00",
      meanHours: "1.00",
    });
  });

  it("keeps thirds exact", () => {
    const result = meanDurationOf("complaintMeanTimeToResolve", period, [], [60_000, 60_000, 120_000], empty);
    expect(result.status === "ok" && [result.meanMinutes, result.meanHours]).toEqual(["1.33", "0.02"]);
  });

  it("no durations is no data", () => {
    expect(meanDurationOf("complaintMeanTimeToResolve", period, [], [], empty).status).toBe("noData");
  });
});

describe("indicator periods", () => {
  it("refuses a period that ends before it starts", () => {
    expect(thrownCode(() => periodOf({ ...november, to: "2026-10-31" }))).toBe("IND_INVALID_PERIOD");
  });

  it("refuses a non-date, an unknown time zone and an invalid reading time", () => {
    expect(thrownCode(() => periodOf({ ...november, from: "2026-11-31" }))).toBe("CAL_INVALID_DATE");
    expect(thrownCode(() => periodOf({ ...november, timeZone: "Nowhere/Town" }))).toBe(
      "CAL_INVALID_TIME_ZONE",
    );
    expect(thrownCode(() => periodOf({ ...november, asOf: new Date("nope") }))).toBe("CAL_INVALID_INSTANT");
  });
});
