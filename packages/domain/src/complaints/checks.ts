/** True for a `Date` that holds a real instant. */
export function isInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** True for a string with something other than white space in it. */
export function hasText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
