import { daysBetween, type IsoDate } from "../calendar/index.ts";
import { facilityErrors } from "./errors.ts";
import { requireFacilityDate, requireFacilityText } from "./text.ts";
import type { FacilityLedgerEntry, FacilityMaintenanceRecord } from "./types.ts";

/** What a new ledger entry needs; its maintenance history starts empty. */
export type FacilityLedgerInput = Omit<FacilityLedgerEntry, "maintenanceHistory" | "parameters"> & {
  readonly parameters?: Readonly<Record<string, string>>;
};

/**
 * Opens a facility's ledger entry 设施设备台账 (R-FAC-1): model, parameters, installation date,
 * warranty end and location, with an empty maintenance history.
 */
export function registerFacility(input: FacilityLedgerInput): FacilityLedgerEntry {
  requireFacilityText(input.id, "id", "编号");
  requireFacilityText(input.name, "name", "名称");
  requireFacilityText(input.model, "model", "型号");
  requireFacilityText(input.location, "location", "位置");
  requireFacilityDate(input.installedOn, "installedOn");
  if (input.warrantyEndsOn !== undefined) {
    requireFacilityDate(input.warrantyEndsOn, "warrantyEndsOn");
    if (daysBetween(input.installedOn, input.warrantyEndsOn) < 0) {
      throw facilityErrors.FAC_WARRANTY_BEFORE_INSTALLATION.error(
        { warrantyEndsOn: input.warrantyEndsOn, installedOn: input.installedOn },
        ["warrantyEndsOn"],
      );
    }
  }
  return { ...input, parameters: input.parameters ?? {}, maintenanceHistory: [] };
}

/**
 * Adds a maintenance record to a facility's history (R-FAC-1). The entry is not edited in place:
 * a new entry comes back with the record appended and the history kept oldest first (R-QLT-2).
 */
export function recordFacilityMaintenance(
  entry: FacilityLedgerEntry,
  record: FacilityMaintenanceRecord,
): FacilityLedgerEntry {
  requireFacilityDate(record.doneOn, "doneOn");
  requireFacilityText(record.doneBy, "doneBy", "维保人");
  requireFacilityText(record.work, "work", "维保内容");
  if (daysBetween(entry.installedOn, record.doneOn) < 0) {
    throw facilityErrors.FAC_MAINTENANCE_BEFORE_INSTALLATION.error(
      { doneOn: record.doneOn, installedOn: entry.installedOn },
      ["doneOn"],
    );
  }
  // A late-entered record slots in by date; records of the same day keep the order they came in.
  const history = [...entry.maintenanceHistory, record].sort((a, b) => daysBetween(b.doneOn, a.doneOn));
  return { ...entry, maintenanceHistory: history };
}

/** Whether a facility is still under its supplier's warranty on `on`. */
export interface FacilityWarrantyStatus {
  readonly facilityId: string;
  readonly inWarranty: boolean;
  /** Undefined when the ledger records no warranty. */
  readonly warrantyEndsOn?: IsoDate;
  /** Days of cover left after `on` (0 on the last day, 0 once expired). */
  readonly daysLeft: number;
  readonly rule: "R-FAC-1";
}

/** Reads the warranty end from the ledger: a fault within it goes to the supplier first. */
export function facilityWarrantyStatus(entry: FacilityLedgerEntry, on: IsoDate): FacilityWarrantyStatus {
  requireFacilityDate(on, "on");
  const base = { facilityId: entry.id, rule: "R-FAC-1" } as const;
  if (entry.warrantyEndsOn === undefined) return { ...base, inWarranty: false, daysLeft: 0 };
  const daysLeft = daysBetween(on, entry.warrantyEndsOn);
  return {
    ...base,
    inWarranty: daysLeft >= 0,
    warrantyEndsOn: entry.warrantyEndsOn,
    daysLeft: Math.max(0, daysLeft),
  };
}
