import { describe, expect, it } from "vitest";
import { drillCoverage, type EmergencyDrill, type EmergencyType, resolveEmergencyPolicy } from "../index.ts";
import { firePlan, planOf, thrownCode } from "./fixtures.ts";

const power = planOf("powerOutage");
const water = planOf("waterOutage");
const plans = [firePlan, power, water];

function drill(planId: string, heldOn: string, id = `${planId}@${heldOn}`): EmergencyDrill {
  return { id, planId, heldOn };
}

describe("R-EMG-2 drill coverage", () => {
  it("covers a plan drilled within the last twelve months and gives the ratio", () => {
    const coverage = drillCoverage(
      plans,
      [drill("EP-FIRE", "2026-05-10"), drill("EP-powerOutage", "2025-03-01")],
      "2026-11-20",
    );
    expect(coverage).toMatchObject({
      coveredCount: 1,
      planCount: 3,
      uncovered: ["EP-powerOutage", "EP-waterOutage"],
    });
    expect(coverage.ratio).toBeCloseTo(1 / 3);
    expect(coverage.plans[0]).toEqual({
      planId: "EP-FIRE",
      type: "fire",
      periodMonths: 12,
      lastDrillOn: "2026-05-10",
      coveredUntil: "2027-05-10",
      covered: true,
    });
    expect(coverage.plans[2]).toEqual({
      planId: "EP-waterOutage",
      type: "waterOutage",
      periodMonths: 12,
      covered: false,
    });
  });

  it("a drill covers through the same day twelve months later, not the day after", () => {
    const drills = [drill("EP-FIRE", "2025-11-20")];
    expect(drillCoverage([firePlan], drills, "2026-11-20").ratio).toBe(1);
    expect(drillCoverage([firePlan], drills, "2026-11-21").ratio).toBe(0);
  });

  it("uses the latest drill, whatever order they come in", () => {
    const drills = [drill("EP-FIRE", "2026-06-01"), drill("EP-FIRE", "2024-01-01")];
    expect(drillCoverage([firePlan], drills, "2026-11-20").plans[0]?.lastDrillOn).toBe("2026-06-01");
  });

  it("does not count a drill scheduled after the day asked about", () => {
    const drills = [drill("EP-FIRE", "2026-12-01")];
    expect(drillCoverage([firePlan], drills, "2026-11-20").plans[0]?.covered).toBe(false);
  });

  it("takes a shorter period per type from policy (a key fire-safety unit drills every 6 months)", () => {
    const drills = [drill("EP-FIRE", "2026-04-10"), drill("EP-powerOutage", "2026-04-10")];
    const coverage = drillCoverage(plans, drills, "2026-11-20", { drillPeriodMonthsByType: { fire: 6 } });
    expect(coverage.plans.map((p) => [p.planId, p.covered])).toEqual([
      ["EP-FIRE", false],
      ["EP-powerOutage", true],
      ["EP-waterOutage", false],
    ]);
  });

  it("reports drills for plans it does not know", () => {
    expect(
      drillCoverage(plans, [drill("EP-GONE", "2026-01-01", "d-9")], "2026-11-20").unmatchedDrills,
    ).toEqual(["d-9"]);
  });

  it("has no ratio without plans", () => {
    expect(drillCoverage([], [], "2026-11-20")).toMatchObject({ ratio: null, planCount: 0 });
  });

  it("refuses bad dates and bad periods", () => {
    expect(thrownCode(() => drillCoverage(plans, [], "20 Nov 2026"))).toBe("EMG_INVALID_DATE");
    expect(thrownCode(() => drillCoverage(plans, [drill("EP-FIRE", "2026-02-30")], "2026-11-20"))).toBe(
      "EMG_INVALID_DATE",
    );
    expect(thrownCode(() => resolveEmergencyPolicy({ drillPeriodMonths: 0 }))).toBe("EMG_INVALID_POLICY");
    expect(thrownCode(() => resolveEmergencyPolicy({ drillPeriodMonthsByType: { fire: 2.5 } }))).toBe(
      "EMG_INVALID_POLICY",
    );
    const flood = { flood: 6 } as Partial<Record<EmergencyType, number>>;
    expect(thrownCode(() => resolveEmergencyPolicy({ drillPeriodMonthsByType: flood }))).toBe(
      "EMG_UNKNOWN_TYPE",
    );
  });
});
