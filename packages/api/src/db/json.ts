import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Domain data as JSON for a `Json` column: `bigint` (money in fen) becomes a decimal string,
 * `Date` an ISO instant, `undefined` members are dropped. Anything else non-JSON is refused.
 */
export function toJsonValue(value: unknown): Prisma.InputJsonValue {
  const converted = convert(value, "data");
  return converted === null ? ({} as Prisma.InputJsonObject) : converted;
}

function convert(value: unknown, path: string): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`);
      return value;
    case "bigint":
      return value.toString();
    case "object": {
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return value.map((item, index) => convert(item, `${path}[${index}]`));
      const result: Record<string, Prisma.InputJsonValue | null> = {};
      for (const [key, member] of Object.entries(value)) {
        if (member !== undefined) result[key] = convert(member, `${path}.${key}`);
      }
      return result as Prisma.InputJsonObject;
    }
    default:
      throw new TypeError(`${path} cannot be stored as JSON (${typeof value})`);
  }
}
