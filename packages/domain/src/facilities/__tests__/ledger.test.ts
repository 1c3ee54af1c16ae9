import { describe, expect, it } from "vitest";
import {
  type FacilityLedgerInput,
  facilityWarrantyStatus,
  recordFacilityMaintenance,
  registerFacility,
} from "../index.ts";
import { thrownCode } from "./helpers.ts";

const elevator: FacilityLedgerInput = {
  id: "EL-1",
  name: "1号楼 1号电梯",
  type: "elevator",
  model: "OTIS GeN2",
  parameters: { load: "1000 kg", speed: "1.75 m/s" },
  installedOn: "2024-03-01",
  warrantyEndsOn: "2026-02-28",
  location: "Building 1, lobby",
};

describe("R-FAC-1 facility ledger", () => {
  it("opens an entry with its model, parameters, dates, location and an empty history", () => {
    const entry = registerFacility(elevator);
    expect(entry).toMatchObject({
      model: "OTIS GeN2",
      installedOn: "2024-03-01",
      location: "Building 1, lobby",
    });
    expect(entry.parameters).toEqual({ load: "1000 kg", speed: "1.75 m/s" });
    expect(entry.maintenanceHistory).toEqual([]);
  });

  it("defaults the parameters to none", () => {
    const { parameters: _ignored, ...bare } = elevator;
    expect(registerFacility(bare).parameters).toEqual({});
  });

  it.each([
    ["name", { name: " " }, "FAC_FIELD_REQUIRED"],
    ["model", { model: "" }, "FAC_FIELD_REQUIRED"],
    ["location", { location: "" }, "FAC_FIELD_REQUIRED"],
    ["id", { id: "" }, "FAC_FIELD_REQUIRED"],
    ["installation date", { installedOn: "2024-02-30" }, "FAC_INVALID_DATE"],
    ["warranty end", { warrantyEndsOn: "2026/02/28" }, "FAC_INVALID_DATE"],
    [
      "warranty ending before installation",
      { warrantyEndsOn: "2024-02-29" },
      "FAC_WARRANTY_BEFORE_INSTALLATION",
    ],
  ])("refuses a bad %s", (_field, change, code) => {
    expect(thrownCode(() => registerFacility({ ...elevator, ...change }))).toBe(code);
  });

  it("appends maintenance without touching the old entry, keeping the history by date", () => {
    const entry = registerFacility(elevator);
    const first = recordFacilityMaintenance(entry, { doneOn: "2025-05-10", doneBy: "Otis", work: "monthly" });
    const late = recordFacilityMaintenance(first, { doneOn: "2025-04-10", doneBy: "Otis", work: "monthly" });
    expect(entry.maintenanceHistory).toEqual([]);
    expect(first.maintenanceHistory.map((r) => r.doneOn)).toEqual(["2025-05-10"]);
    expect(late.maintenanceHistory.map((r) => r.doneOn)).toEqual(["2025-04-10", "2025-05-10"]);
  });

  it("refuses maintenance dated before installation or without who and what", () => {
    const entry = registerFacility(elevator);
    const record = { doneOn: "2024-02-01", doneBy: "Otis", work: "check" };
    expect(thrownCode(() => recordFacilityMaintenance(entry, record))).toBe(
      "FAC_MAINTENANCE_BEFORE_INSTALLATION",
    );
    expect(thrownCode(() => recordFacilityMaintenance(entry, { ...record, doneOn: "2024-13-01" }))).toBe(
      "FAC_INVALID_DATE",
    );
    expect(
      thrownCode(() => recordFacilityMaintenance(entry, { ...record, doneOn: "2025-01-01", doneBy: "" })),
    ).toBe("FAC_FIELD_REQUIRED");
    expect(
      thrownCode(() => recordFacilityMaintenance(entry, { ...record, doneOn: "2025-01-01", work: " " })),
    ).toBe("FAC_FIELD_REQUIRED");
  });

  it("reads the warranty: covered through its last day, not after", () => {
    const entry = registerFacility(elevator);
    expect(facilityWarrantyStatus(entry, "2026-02-27")).toMatchObject({ inWarranty: true, daysLeft: 1 });
    expect(facilityWarrantyStatus(entry, "2026-02-28")).toMatchObject({ inWarranty: true, daysLeft: 0 });
    expect(facilityWarrantyStatus(entry, "2026-03-01")).toMatchObject({ inWarranty: false, daysLeft: 0 });
  });

  it("treats a facility without a recorded warranty as not covered", () => {
    const { warrantyEndsOn: _none, ...noWarranty } = elevator;
    const status = facilityWarrantyStatus(registerFacility(noWarranty), "2024-03-02");
    expect(status).toEqual({ facilityId: "EL-1", inWarranty: false, daysLeft: 0, rule: "R-FAC-1" });
    expect(thrownCode(() => facilityWarrantyStatus(registerFacility(elevator), "tomorrow"))).toBe(
      "FAC_INVALID_DATE",
    );
  });
});
