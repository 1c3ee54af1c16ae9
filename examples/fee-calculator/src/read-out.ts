import type { BilingualMessage, IsoDate, Money, Refusal } from "@wuye/domain";
import { formatMoney } from "@wuye/domain";

/**
 * What the cashier reads out for one calculation: a heading and lines, each in Chinese and
 * English, so the owner hears the same figures in either language.
 */
export interface CashierReadOut {
  readonly heading: BilingualMessage;
  readonly lines: readonly BilingualMessage[];
}

/** A calculation the rules allowed, or the rules' refusals, as the domain returns them. */
export type CashierOutcome<T> =
  | ({ readonly ok: true; readonly readOut: CashierReadOut } & T)
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** `¥1,234.56` for the English line. */
export function yuanEn(amount: Money): string {
  return formatMoney(amount, { symbol: true });
}

/** `1234.56元` for the Chinese line, as the domain's own explanations write amounts. */
export function yuanZh(amount: Money): string {
  return `${formatMoney(amount)}元`;
}

/** `2026年11月14日`: how a Chinese receipt writes a business date. */
export function dateZh(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** The refusals the cashier reads out instead of an amount. */
export function refusalLines(refusals: readonly Refusal[]): BilingualMessage[] {
  return refusals.map((r) => ({
    zh: `不能办理（${r.code}${r.rule ? `，${r.rule}` : ""}）：${r.messageZh}`,
    en: `Refused (${r.code}${r.rule ? `, ${r.rule}` : ""}): ${r.message}`,
  }));
}

/** Prints a read-out: the Chinese line, then the English one, indented under a bilingual heading. */
export function renderReadOut(readOut: CashierReadOut): string {
  const heading = `== ${readOut.heading.zh} · ${readOut.heading.en} ==`;
  const body = readOut.lines.flatMap((line) => [`  ${line.zh}`, `  ${line.en}`]);
  return [heading, ...body].join("\n");
}
