import type { IsoDate } from "../calendar/index.ts";
import { isIsoDate } from "../calendar/index.ts";
import { facilityErrors } from "./errors.ts";

/** Throws `FAC_FIELD_REQUIRED` when a text a record needs is blank. */
export function requireFacilityText(value: string, field: string, fieldZh: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw facilityErrors.FAC_FIELD_REQUIRED.error({ field, fieldZh }, [field]);
  }
  return value;
}

/** Throws `FAC_INVALID_DATE` unless `value` is a business date. */
export function requireFacilityDate(value: IsoDate, path: string): IsoDate {
  if (!isIsoDate(value)) throw facilityErrors.FAC_INVALID_DATE.error({ date: String(value) }, [path]);
  return value;
}
