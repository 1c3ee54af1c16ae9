import {
  formatMoney,
  formatQuantity,
  type Money,
  parseMoney,
  parseQuantity,
  type Quantity,
} from "@wuye/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { reviveDomainData } from "../support.ts";

/**
 * A workflow record's domain state is kept in its history (R-QLT-2): the creation event carries
 * the record as the domain made it, and every later event carries the fields the domain's step
 * changed. The database's columns are a projection of the same facts for lists and filters;
 * the rules always run on the record rebuilt from the history, so nothing is lost between steps
 * (signatures, each fee line's explanation, the decision deadline's skipped days).
 *
 * In the stored JSON, money reads as the domain writes it for people (`"2642.80"`), quantities
 * likewise (`"2"`), instants as ISO strings; reading it back turns them into `Money`,
 * `Quantity` and `Date` again.
 */

/** Fields holding `Money` in the renovation records (fees, settlement, penalty terms). */
const MONEY_FIELDS = new Set([
  "amount",
  "uncapped",
  "total",
  "refundable",
  "deposit",
  "paid",
  "deductions",
  "refund",
  "receivable",
  "base",
  "listed",
  "dailyAmount",
  "daily",
]);

/** Fields holding a `Quantity`. */
const QUANTITY_FIELDS = new Set(["multiplier"]);

/** Subtrees that are text for people (refusals, explanations), never converted back. */
const OPAQUE_FIELDS = new Set(["findings", "refusals", "explanation", "purpose", "label", "flags"]);

const MONEY_TEXT = /^-?\d+\.\d{2}$/;
const QUANTITY_TEXT = /^-?\d+(\.\d+)?$/;

function isQuantity(value: object): value is Quantity {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Quantity).units === "bigint" &&
    typeof (value as Quantity).scale === "number"
  );
}

function encode(value: unknown): unknown {
  if (typeof value === "bigint") return formatMoney(value as Money);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(encode);
  if (isQuantity(value)) return formatQuantity(value);
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, encode(member)]));
}

/** Domain data as JSON for a history event: money as `"2642.80"`, quantities as `"2"`. */
export function encodeRecordData(value: unknown): Prisma.InputJsonValue {
  return encode(value) as Prisma.InputJsonValue;
}

function decode(value: unknown, key: string | undefined): unknown {
  if (key !== undefined && OPAQUE_FIELDS.has(key)) return value;
  if (typeof value === "string" && key !== undefined) {
    if (MONEY_FIELDS.has(key) && MONEY_TEXT.test(value)) return parseMoney(value);
    if (QUANTITY_FIELDS.has(key) && QUANTITY_TEXT.test(value)) return parseQuantity(value);
    return value;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  // Array items inherit their field's name: `damages[].amount` is money as `damages.amount`.
  if (Array.isArray(value)) return value.map((item) => decode(item, undefined));
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, decode(member, name)]));
}

/** The stored JSON of a history event back as domain data (instants, money, quantities). */
export function decodeRecordData<T>(json: unknown): T {
  return decode(reviveDomainData<unknown>(json), undefined) as T;
}

/**
 * The fields a domain step changed on a record: the domain returns a new object and keeps
 * every untouched field as it was, so identity tells them apart. `status` and `history` live in
 * the row and the event themselves.
 */
export function changedFields<R extends object>(before: R, after: R): Partial<R> {
  const changes: Partial<R> = {};
  for (const key of Object.keys(after) as (keyof R)[]) {
    if (key === "status" || key === "history") continue;
    if (after[key] !== before[key]) changes[key] = after[key];
  }
  return changes;
}

/** A history event as stored: its action, who acted, when, and the record fields it carries. */
export interface StoredEvent {
  readonly action: string;
  readonly fromState: string;
  readonly toState: string;
  readonly actorId: string | null;
  readonly actorRole: string;
  readonly at: Date;
  readonly data: unknown;
}

/**
 * Rebuilds a record from its events, oldest first: each event's stored fields (those named in
 * `fields`) overwrite the record's. Returns undefined when the creation event does not carry
 * the record (a row written without the domain, e.g. imported).
 */
export function rebuildRecord<R extends object>(
  events: readonly StoredEvent[],
  fields: readonly (keyof R & string)[],
  required: keyof R & string,
): Partial<R> | undefined {
  const record: Record<string, unknown> = {};
  for (const event of events) {
    const data = decodeRecordData<Record<string, unknown> | null>(event.data);
    if (!data || typeof data !== "object") continue;
    for (const field of fields) if (Object.hasOwn(data, field)) record[field] = data[field];
  }
  return record[required] === undefined ? undefined : (record as Partial<R>);
}

/** The domain's history lines for a rebuilt record. */
export function domainHistory<S extends string>(events: readonly StoredEvent[], workflow: string) {
  return events.map((event) => ({
    workflow,
    action: event.action,
    from: event.fromState as S,
    to: event.toState as S,
    actor: { id: event.actorId ?? "system", role: event.actorRole },
    at: event.at,
  }));
}
