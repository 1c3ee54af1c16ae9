import { collectionErrors } from "./errors.ts";

/** Throws `COL_INVALID_POLICY_DAYS` unless `value` is a whole number of days of at least `min`. */
export function assertPolicyDays(field: string, value: number, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw collectionErrors.COL_INVALID_POLICY_DAYS.error(
      { field, value: String(value), min: String(min) },
      field.split("."),
    );
  }
}
