import { describe, expect, it } from "vitest";
import { missedRenovationInspections, type RenovationSiteInspection, renovationPolicy } from "../index.ts";

const site = { renovationId: "ren-1", activeFrom: "2026-09-30", activeThrough: "2026-10-02" };
const round = (date: string, department: RenovationSiteInspection["department"], renovationId = "ren-1") => ({
  renovationId,
  date,
  department,
  inspector: "值班员",
});

describe("R-REN-7 daily site inspections", () => {
  it("every department inspects every active day, holidays included", () => {
    const inspections = ["2026-09-30", "2026-10-01", "2026-10-02"].flatMap((date) =>
      (["customer_service", "engineering", "security"] as const).map((d) => round(date, d)),
    );
    expect(missedRenovationInspections(site, inspections)).toEqual([]);
  });

  it("lists each missed round by date and department", () => {
    const inspections = [
      round("2026-09-30", "customer_service"),
      round("2026-09-30", "engineering"),
      round("2026-09-30", "security"),
      round("2026-10-01", "security"),
      // Another renovation's round does not count for this one.
      round("2026-10-02", "engineering", "ren-2"),
    ];
    expect(missedRenovationInspections(site, inspections)).toEqual([
      { date: "2026-10-01", department: "customer_service" },
      { date: "2026-10-01", department: "engineering" },
      { date: "2026-10-02", department: "customer_service" },
      { date: "2026-10-02", department: "engineering" },
      { date: "2026-10-02", department: "security" },
    ]);
  });

  it("follows the estate's list of inspecting departments", () => {
    const policy = renovationPolicy({ dailyInspectionDepartments: ["security"] });
    const oneDay = { ...site, activeThrough: "2026-09-30" };
    expect(missedRenovationInspections(oneDay, [], policy)).toEqual([
      { date: "2026-09-30", department: "security" },
    ]);
  });

  it("an empty period has nothing to miss; bad dates are refused", () => {
    expect(missedRenovationInspections({ ...site, activeThrough: "2026-09-29" }, [])).toEqual([]);
    expect(() => missedRenovationInspections({ ...site, activeFrom: "2026/09/30" }, [])).toThrow(
      expect.objectContaining({ code: "REN_INVALID_DATE", path: ["activeFrom"] }),
    );
  });
});
