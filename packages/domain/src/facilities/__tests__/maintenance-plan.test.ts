import { describe, expect, it } from "vitest";
import {
  listOverdueMaintenance,
  type MaintenancePeriod,
  type MaintenancePlan,
  maintenanceStatus,
  nextMaintenanceDue,
  resolveFacilityPolicy,
} from "../index.ts";
import { thrownCode } from "./helpers.ts";

const pumpCheck: MaintenancePlan = {
  id: "P-1",
  facilityType: "waterSupply",
  task: "Inspect the booster pumps",
  period: "monthly",
  startsOn: "2026-01-31",
  lastDoneOn: "2026-01-31",
};

describe("R-FAC-2 next due date from the last done date", () => {
  it.each<[MaintenancePeriod, string, string]>([
    ["daily", "2026-02-28", "2026-03-01"],
    ["weekly", "2026-12-28", "2027-01-04"],
    ["monthly", "2026-01-31", "2026-02-28"],
    ["monthly", "2028-01-31", "2028-02-29"],
    ["quarterly", "2026-11-30", "2027-02-28"],
    ["yearly", "2028-02-29", "2029-02-28"],
  ])("%s maintenance done on %s is next due on %s", (period, lastDoneOn, due) => {
    expect(nextMaintenanceDue(period, lastDoneOn)).toBe(due);
  });

  it("refuses an unknown period and a bad date", () => {
    expect(thrownCode(() => nextMaintenanceDue("hourly" as MaintenancePeriod, "2026-01-01"))).toBe(
      "FAC_INVALID_PERIOD",
    );
    expect(thrownCode(() => nextMaintenanceDue("toString" as MaintenancePeriod, "2026-01-01"))).toBe(
      "FAC_INVALID_PERIOD",
    );
    expect(thrownCode(() => nextMaintenanceDue("daily", "2026-02-29"))).toBe("FAC_INVALID_DATE");
  });
});

describe("R-FAC-2 overdue maintenance is flagged", () => {
  it("is on time on the due date and overdue the day after", () => {
    expect(maintenanceStatus(pumpCheck, "2026-02-28")).toMatchObject({
      nextDueOn: "2026-02-28",
      overdue: false,
      daysPastDue: 0,
    });
    expect(maintenanceStatus(pumpCheck, "2026-03-01")).toEqual({
      planId: "P-1",
      period: "monthly",
      lastDoneOn: "2026-01-31",
      nextDueOn: "2026-02-28",
      overdue: true,
      daysPastDue: 1,
      rule: "R-FAC-2",
    });
  });

  it("uses the start date until the plan is first done", () => {
    const { lastDoneOn: _never, ...fresh } = pumpCheck;
    expect(maintenanceStatus(fresh, "2026-02-01")).toMatchObject({ nextDueOn: "2026-01-31", overdue: true });
    expect(maintenanceStatus(fresh, "2026-01-30")).toMatchObject({ overdue: false, daysPastDue: 0 });
  });

  it("gives the policy's grace days before flagging", () => {
    expect(maintenanceStatus(pumpCheck, "2026-03-03", { maintenanceGraceDays: 3 }).overdue).toBe(false);
    expect(maintenanceStatus(pumpCheck, "2026-03-04", { maintenanceGraceDays: 3 }).overdue).toBe(true);
  });

  it("refuses a negative or fractional grace and a bad day", () => {
    expect(thrownCode(() => resolveFacilityPolicy({ maintenanceGraceDays: -1 }))).toBe("FAC_INVALID_PERIOD");
    expect(thrownCode(() => resolveFacilityPolicy({ maintenanceGraceDays: 0.5 }))).toBe("FAC_INVALID_PERIOD");
    expect(thrownCode(() => maintenanceStatus(pumpCheck, "2026-3-1"))).toBe("FAC_INVALID_DATE");
  });

  it("lists only the overdue plans, most overdue first", () => {
    const daily: MaintenancePlan = { ...pumpCheck, id: "P-2", period: "daily", lastDoneOn: "2026-02-20" };
    const yearly: MaintenancePlan = { ...pumpCheck, id: "P-3", period: "yearly" };
    const overdue = listOverdueMaintenance([pumpCheck, daily, yearly], "2026-03-05");
    expect(overdue.map((s) => [s.planId, s.daysPastDue])).toEqual([
      ["P-2", 12],
      ["P-1", 5],
    ]);
  });
});
