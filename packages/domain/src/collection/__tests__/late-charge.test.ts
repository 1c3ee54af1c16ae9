import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../calendar/index.ts";
import type { Money } from "../../money/index.ts";
import { checkLateChargePolicy, computeLateCharge, type LateChargePolicy } from "../index.ts";
import { line, yuan } from "./fixtures.ts";

// Due 2026-10-31; on 2026-11-30 it is 30 days past due.
const october = line("oct", "1000.00");
const enabled = { enabled: true, dailyRate: "0.0005" } as const;

describe("R-FEE-7 late charges", () => {
  describe("off by default", () => {
    it("charges nothing without a policy, and says why", () => {
      const charge = computeLateCharge(october, "2027-10-31");
      expect(charge.amount).toBe(0n);
      expect(charge.enabled).toBe(false);
      expect(charge.explanation.en).toMatch(/off/);
      expect(charge.explanation.zh).toContain("未启用滞纳金");
    });
  });

  describe("when enabled", () => {
    it("charges principal × daily rate × days past due, with the arithmetic", () => {
      const charge = computeLateCharge(october, "2026-11-30", enabled);
      expect(charge).toMatchObject({
        principal: yuan("1000.00"),
        daysPastDue: 30,
        chargedDays: 30,
        amount: yuan("15.00"),
        capped: false,
        rules: ["R-FEE-7"],
      });
      expect(charge.explanation.en).toBe(
        "¥1,000.00 × 0.0005 × 30 days (30 days past due − 0 grace days) = ¥15.00 (R-FEE-7)",
      );
      expect(charge.explanation.zh).toContain("逾期 30 天");
    });

    it("does not charge the grace days", () => {
      const policy = { ...enabled, graceDays: 15 };
      expect(computeLateCharge(october, "2026-11-30", policy).amount).toBe(yuan("7.50"));
      expect(computeLateCharge(october, "2026-11-15", policy)).toMatchObject({ amount: 0n, daysPastDue: 15 });
      expect(computeLateCharge(october, "2026-11-15", policy).explanation.en).toMatch(
        /within the 15 grace days/,
      );
    });

    it("charges nothing on or before the due date", () => {
      expect(computeLateCharge(october, "2026-10-31", enabled).amount).toBe(0n);
      expect(computeLateCharge(october, "2026-10-01", enabled).daysPastDue).toBe(0);
    });

    it("charges only what is still owed, and nothing on a paid line", () => {
      const partPaid = line("oct", "1000.00", { settled: "600.00" });
      expect(computeLateCharge(partPaid, "2026-11-30", enabled).amount).toBe(yuan("6.00"));
      const paid = line("oct", "1000.00", { settled: "1000.00" });
      expect(computeLateCharge(paid, "2026-11-30", enabled).amount).toBe(0n);
    });

    it("rounds once, half up to the fen by default, or by the estate's rounding", () => {
      // 333.33 × 0.0005 × 1 = 0.166665 yuan
      const small = line("x", "333.33");
      const charge = computeLateCharge(small, "2026-11-01", enabled);
      expect(charge.amount).toBe(yuan("0.17"));
      expect(charge.explanation.en).toContain("= ≈¥0.1667 → ¥0.17");
      expect(
        computeLateCharge(small, "2026-11-01", { ...enabled, rounding: { step: "fen", mode: "down" } })
          .amount,
      ).toBe(yuan("0.16"));
    });
  });

  describe("caps", () => {
    it("stops at a percentage of the principal", () => {
      const charge = computeLateCharge(october, "2026-11-30", { ...enabled, capPercentOfPrincipal: "1" });
      expect(charge).toMatchObject({
        uncapped: yuan("15.00"),
        cap: yuan("10.00"),
        capped: true,
        amount: yuan("10.00"),
      });
      expect(charge.explanation.en).toContain("capped at ¥10.00");
      expect(charge.explanation.zh).toContain("按上限 ¥10.00 计收");
    });

    it("stops at the lower of an amount cap and a percentage cap", () => {
      const policy = { ...enabled, capAmount: yuan("5.00"), capPercentOfPrincipal: "30" };
      expect(computeLateCharge(october, "2027-10-31", policy)).toMatchObject({
        cap: yuan("5.00"),
        amount: yuan("5.00"),
      });
    });

    it("rounds a percentage cap down, so the charge never passes the exact percentage", () => {
      // 30 % of ¥0.33 is ¥0.099: the cap is ¥0.09.
      const tiny = line("x", "0.33");
      const charge = computeLateCharge(tiny, "2030-01-01", {
        enabled: true,
        dailyRate: "0.01",
        capPercentOfPrincipal: "30",
      });
      expect(charge.amount).toBe(yuan("0.09"));
    });
  });

  describe("bad policies", () => {
    it("refuses a rate that is not an exact decimal from 0 to below 1", () => {
      for (const dailyRate of ["abc", "-0.0005", "1", "1.5", "5e-4"]) {
        expect(() => computeLateCharge(october, "2026-11-30", { enabled: true, dailyRate })).toThrow(
          expect.objectContaining({ code: "COL_INVALID_LATE_CHARGE_RATE", path: ["dailyRate"] }),
        );
      }
    });

    it("refuses negative or fractional grace days and negative caps", () => {
      expect(() => computeLateCharge(october, "2026-11-30", { ...enabled, graceDays: -1 })).toThrow(
        expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS" }),
      );
      expect(() => computeLateCharge(october, "2026-11-30", { ...enabled, graceDays: 1.5 })).toThrow(
        expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS" }),
      );
      expect(() =>
        computeLateCharge(october, "2026-11-30", { ...enabled, capAmount: yuan("-1.00") }),
      ).toThrow(expect.objectContaining({ code: "COL_INVALID_LATE_CHARGE_CAP" }));
      expect(() =>
        computeLateCharge(october, "2026-11-30", { ...enabled, capPercentOfPrincipal: "-5" }),
      ).toThrow(expect.objectContaining({ code: "COL_INVALID_LATE_CHARGE_CAP" }));
    });
  });

  it("property: a late charge never exceeds its cap", () => {
    const policy = fc.record({
      dailyRate: fc.integer({ min: 0, max: 9999 }).map((n) => `0.${String(n).padStart(4, "0")}`),
      graceDays: fc.integer({ min: 0, max: 30 }),
      capPercentOfPrincipal: fc.option(fc.integer({ min: 0, max: 100 }).map(String), { nil: undefined }),
      capAmount: fc.option(
        fc.bigInt({ min: 0n, max: 100_000n }).map((n) => n as Money),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        fc.integer({ min: -10, max: 2000 }),
        policy,
        (principal, days, p) => {
          const l = { ...october, amount: principal as Money };
          const { capAmount, capPercentOfPrincipal, ...rest } = p;
          const full: Partial<LateChargePolicy> = {
            enabled: true,
            ...rest,
            ...(capAmount === undefined ? {} : { capAmount }),
            ...(capPercentOfPrincipal === undefined ? {} : { capPercentOfPrincipal }),
          };
          const charge = computeLateCharge(l, addDays(l.dueDate, days), full);
          expect(charge.amount).toBeGreaterThanOrEqual(0n);
          expect(charge.amount).toBeLessThanOrEqual(charge.uncapped);
          if (capAmount !== undefined) expect(charge.amount).toBeLessThanOrEqual(capAmount);
          if (capPercentOfPrincipal !== undefined) {
            // amount ≤ principal × percent / 100, compared exactly in fen × 100
            expect(charge.amount * 100n).toBeLessThanOrEqual(principal * BigInt(capPercentOfPrincipal));
          }
        },
      ),
    );
  });
});

describe("R-FEE-7 configuration check: warn when a charge could pass 30% of the principal", () => {
  it("says nothing while late charges are off", () => {
    expect(checkLateChargePolicy()).toEqual([]);
    expect(checkLateChargePolicy({ dailyRate: "0.01" })).toEqual([]);
  });

  it("says nothing with a percentage cap of 30% or less", () => {
    expect(checkLateChargePolicy({ ...enabled, dailyRate: "0.01", capPercentOfPrincipal: "30" })).toEqual([]);
  });

  it("warns about a percentage cap above 30%", () => {
    expect(checkLateChargePolicy({ ...enabled, capPercentOfPrincipal: "30.5" })).toEqual([
      expect.objectContaining({ code: "COL_LATE_CHARGE_CAP_ABOVE_30_PERCENT", rule: "R-FEE-7" }),
    ]);
  });

  it("warns when without a percentage cap the rate reaches 30% within a year", () => {
    // 0.1 % a day reaches 30 % after 300 days.
    const [warning] = checkLateChargePolicy({ enabled: true, dailyRate: "0.001" });
    expect(warning).toMatchObject({ code: "COL_LATE_CHARGE_MAY_EXCEED_30_PERCENT" });
    expect(warning?.message).toContain("300 days past due");
    expect(warning?.messageZh).toContain("逾期 300 天");
  });

  it("warns even with an amount cap, which does not protect small principals", () => {
    const warnings = checkLateChargePolicy({ enabled: true, dailyRate: "0.001", capAmount: yuan("500.00") });
    expect(warnings.map((w) => w.code)).toEqual(["COL_LATE_CHARGE_MAY_EXCEED_30_PERCENT"]);
  });

  it("counts the grace days and the horizon", () => {
    // 300 charged days + 90 grace days = 390 days past due: beyond a year.
    const graceful = checkLateChargePolicy({ enabled: true, dailyRate: "0.001", graceDays: 90 });
    expect(graceful.map((w) => w.code)).toEqual(["COL_LATE_CHARGE_UNCAPPED"]);
    const twoYears = checkLateChargePolicy(
      { enabled: true, dailyRate: "0.001", graceDays: 90 },
      { horizonDays: 730 },
    );
    expect(twoYears.map((w) => w.code)).toEqual(["COL_LATE_CHARGE_MAY_EXCEED_30_PERCENT"]);
  });

  it("notes that an uncapped low rate still passes 30% eventually", () => {
    // 0.05 % a day reaches 30 % after 600 days.
    const [warning] = checkLateChargePolicy(enabled);
    expect(warning).toMatchObject({ code: "COL_LATE_CHARGE_UNCAPPED" });
    expect(warning?.message).toContain("600 days");
  });

  it("refuses a bad horizon", () => {
    expect(() => checkLateChargePolicy(enabled, { horizonDays: -1 })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS" }),
    );
  });
});
