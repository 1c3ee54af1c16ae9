import { type IsoDate, isIsoDate } from "../calendar/index.ts";
import { renovationErrors } from "./errors.ts";

/** Throws `REN_INVALID_DATE` unless `value` is a real `YYYY-MM-DD` date. */
export function assertRenovationDate(value: unknown, path: readonly string[]): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw renovationErrors.REN_INVALID_DATE.error({ field: path.join("."), value: String(value) }, path);
  }
}
