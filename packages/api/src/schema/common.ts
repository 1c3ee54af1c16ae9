import { type BilingualMessage, businessDateOf, DEFAULT_TIME_ZONE } from "@wuye/domain";
import { builder } from "../builder.ts";
import { servicesOf } from "../context.ts";

/** Sort direction for every `orderBy` input. */
export const OrderDirection = builder.enumType("OrderDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

/** English and Chinese text: a bill line's explanation, an item's name, an indicator's formula. */
export const LocalizedTextRef = builder.objectRef<BilingualMessage>("LocalizedText").implement({
  description: "The same text in English and in Chinese.",
  fields: (t) => ({
    en: t.exposeString("en"),
    zh: t.exposeString("zh"),
  }),
});

/**
 * Today, as a `date` column value, in the company's business time zone (R-CAL-1): the day
 * "current" occupancies and assignments are judged on.
 */
export function todayFor(context: object): Date {
  const today = businessDateOf(servicesOf(context).now(), DEFAULT_TIME_ZONE);
  return new Date(`${today}T00:00:00.000Z`);
}
