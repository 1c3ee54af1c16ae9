import { describe, expect, it } from "vitest";
import {
  decideRepairWarranty,
  overrideRepairWarranty,
  type RepairComponentCategory,
  resolveRepairPolicy,
} from "../index.ts";
import { thrownCode } from "./fixtures.ts";

describe("R-REP-3 warranty periods: the national minimums by default", () => {
  it.each<[RepairComponentCategory, string, string]>([
    ["roofWaterproofing", "2021-07-01", "2026-06-30"],
    ["wetRoomLeakage", "2021-07-01", "2026-06-30"],
    ["exteriorWallLeakage", "2021-07-01", "2026-06-30"],
    ["electrical", "2024-07-01", "2026-06-30"],
    ["plumbing", "2024-07-01", "2026-06-30"],
    ["equipmentInstallation", "2024-07-01", "2026-06-30"],
    ["decoration", "2024-07-01", "2026-06-30"],
    ["foundationAndStructure", "2024-07-01", "2074-06-30"],
  ])("%s handed over on %s is covered through %s and not a day longer", (category, handoverDate, endDate) => {
    const lastDay = decideRepairWarranty({ category, handoverDate, on: endDate });
    expect(lastDay).toMatchObject({ status: "inWarranty", endDate, rules: ["R-REP-3"] });
    expect(lastDay.basis).toMatch(/national minimum/);
    expect(
      decideRepairWarranty({ category, handoverDate, on: endDate.replace("-06-30", "-07-01") }).status,
    ).toBe("expired");
  });

  it("describes the period in words", () => {
    const roof = decideRepairWarranty({
      category: "roofWaterproofing",
      handoverDate: "2024-01-10",
      on: "2024-02-01",
    });
    expect(roof.periodText).toBe("5 years");
    const heating = decideRepairWarranty({
      category: "heating",
      handoverDate: "2024-01-10",
      on: "2024-02-01",
    });
    expect(heating.periodText).toBe("2 heating seasons (11-15 to 03-15)");
  });

  it("a 29 February handover is covered through 28 February of the last year", () => {
    const decision = decideRepairWarranty({
      category: "plumbing",
      handoverDate: "2024-02-29",
      on: "2026-02-28",
    });
    expect(decision).toMatchObject({ status: "inWarranty", endDate: "2026-02-28" });
  });

  it("a 1 March handover before a leap day is covered through 29 February", () => {
    expect(
      decideRepairWarranty({ category: "decoration", handoverDate: "2026-03-01", on: "2026-04-01" }).endDate,
    ).toBe("2028-02-29");
  });
});

describe("R-REP-3 heating and cooling: two seasons", () => {
  it("counts two whole heating seasons after the handover, not the one under way", () => {
    const decision = decideRepairWarranty({
      category: "heating",
      handoverDate: "2024-12-01",
      on: "2027-03-15",
    });
    expect(decision).toMatchObject({ status: "inWarranty", endDate: "2027-03-15" });
    expect(
      decideRepairWarranty({ category: "heating", handoverDate: "2024-12-01", on: "2027-03-16" }).status,
    ).toBe("expired");
  });

  it("counts a season starting on the handover day", () => {
    expect(
      decideRepairWarranty({ category: "heating", handoverDate: "2024-11-15", on: "2025-01-01" }).endDate,
    ).toBe("2026-03-15");
  });

  it("a cooling season within one year ends in the same year", () => {
    expect(
      decideRepairWarranty({ category: "cooling", handoverDate: "2025-03-01", on: "2025-07-01" }).endDate,
    ).toBe("2026-09-30");
    expect(
      decideRepairWarranty({ category: "cooling", handoverDate: "2025-06-02", on: "2025-07-01" }).endDate,
    ).toBe("2027-09-30");
  });

  it("takes the seasons from the estate's policy", () => {
    const decision = decideRepairWarranty(
      { category: "heating", handoverDate: "2024-12-01", on: "2025-01-01" },
      { heatingSeason: { start: "10-15", end: "04-15" } },
    );
    expect(decision).toMatchObject({
      endDate: "2027-04-15",
      periodText: "2 heating seasons (10-15 to 04-15)",
    });
  });
});

describe("R-REP-3 estate policy and exclusions", () => {
  it("an estate may give a longer period, and the basis says it is the estate's", () => {
    const decision = decideRepairWarranty(
      { category: "decoration", handoverDate: "2024-07-01", on: "2026-08-01" },
      { warrantyPeriods: { decoration: { kind: "years", years: 3 } } },
    );
    expect(decision).toMatchObject({ status: "inWarranty", endDate: "2027-06-30", basis: "estate policy" });
  });

  it.each(["misuse", "thirdParty", "forceMajeure"] as const)(
    "damage by %s is excluded even in the period",
    (cause) => {
      const decision = decideRepairWarranty({
        category: "plumbing",
        handoverDate: "2026-01-01",
        on: "2026-02-01",
        cause,
      });
      expect(decision.status).toBe("excluded");
      expect(decision.basis).toContain("art. 17");
    },
  );

  it("refuses an unknown component, bad dates and a repair before the handover", () => {
    const category = "garden" as RepairComponentCategory;
    expect(
      thrownCode(() => decideRepairWarranty({ category, handoverDate: "2024-01-01", on: "2024-02-01" })),
    ).toBe("REP_UNKNOWN_COMPONENT");
    const plumbing = { category: "plumbing", handoverDate: "2024-01-01", on: "2024-02-01" } as const;
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, handoverDate: "2024-1-1" }))).toBe(
      "REP_INVALID_DATE",
    );
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, on: "2024-02-30" }))).toBe(
      "REP_INVALID_DATE",
    );
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, on: "2023-12-31" }))).toBe(
      "REP_REQUEST_BEFORE_HANDOVER",
    );
  });

  it.each([
    ["a zero-year period", { warrantyPeriods: { plumbing: { kind: "years", years: 0 } } }],
    [
      "a fractional season count",
      { warrantyPeriods: { heating: { kind: "seasons", season: "heating", count: 1.5 } } },
    ],
    ["an unknown season", { warrantyPeriods: { heating: { kind: "seasons", season: "rainy", count: 2 } } }],
    ["a season bound that does not exist", { heatingSeason: { start: "11-31", end: "03-15" } }],
    ["a leap-day season bound", { coolingSeason: { start: "02-29", end: "09-30" } }],
    ["a badly written bound", { coolingSeason: { start: "6-1", end: "09-30" } }],
    ["a season with no length", { heatingSeason: { start: "11-15", end: "11-15" } }],
  ])("refuses a policy with %s", (_what, overrides) => {
    expect(thrownCode(() => resolveRepairPolicy(overrides as never))).toBe("REP_INVALID_POLICY");
  });
});

describe("R-REP-3 overriding a warranty decision records who and why", () => {
  const expired = decideRepairWarranty({
    category: "plumbing",
    handoverDate: "2020-01-01",
    on: "2026-01-01",
  });
  const manager = { id: "m-1", role: "manager" };
  const at = new Date("2026-01-01T03:00:00Z");

  it("a goodwill repair is recorded with the previous status, the actor and the reason", () => {
    const goodwill = overrideRepairWarranty(expired, {
      status: "inWarranty",
      actor: manager,
      at,
      reason: "Goodwill",
    });
    expect(goodwill.status).toBe("inWarranty");
    expect(goodwill.override).toEqual({ from: "expired", actor: manager, at, reason: "Goodwill" });
    expect(expired.override).toBeUndefined();
  });

  it("refuses an override without a reason", () => {
    expect(
      thrownCode(() =>
        overrideRepairWarranty(expired, { status: "inWarranty", actor: manager, at, reason: " " }),
      ),
    ).toBe("REP_FIELD_REQUIRED");
  });
});
