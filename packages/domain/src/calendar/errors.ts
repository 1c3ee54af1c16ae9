import { defineErrors } from "../errors/index.ts";

/** Every refusal of the calendar area (日历与期限). All are bad input, thrown as `DomainError`. */
export const calendarErrors = defineErrors({
  CAL_INVALID_DATE: {
    rule: "R-CAL-1",
    message: (p: { date: string }) => ({
      en: `Not a business date of the form YYYY-MM-DD between 0001 and 9999 (got "${p.date}")`,
      zh: `不是有效的业务日期（格式 YYYY-MM-DD，年份 0001–9999）：「${p.date}」`,
    }),
  },
  CAL_INVALID_INSTANT: {
    rule: "R-CAL-1",
    message: (p: { instant: string }) => ({
      en: `Not a valid instant between years 0001 and 9999 (got ${p.instant})`,
      zh: `不是有效的时间点（年份须在 0001–9999 之间）：${p.instant}`,
    }),
  },
  CAL_INVALID_TIME_ZONE: {
    rule: "R-CAL-1",
    message: (p: { timeZone: string }) => ({
      en: `Unknown time zone "${p.timeZone}" (use an IANA name such as Asia/Shanghai)`,
      zh: `未知的时区「${p.timeZone}」（请使用 IANA 时区名，如 Asia/Shanghai）`,
    }),
  },
  CAL_INVALID_MONTH: {
    rule: "R-CAL-1",
    message: (p: { year: string; month: string }) => ({
      en: `Not a calendar month: year ${p.year}, month ${p.month} (year 1–9999, month 1–12)`,
      zh: `不是有效的月份：${p.year} 年 ${p.month} 月（年份 1–9999，月份 1–12）`,
    }),
  },
  CAL_NEGATIVE_AMOUNT: {
    rule: "R-CAL-1",
    message: (p: { amount: string }) => ({
      en: `A deadline amount must not be negative (got ${p.amount})`,
      zh: `期限数量不能为负数（${p.amount}）`,
    }),
  },
  CAL_NON_INTEGER_AMOUNT: {
    rule: "R-CAL-1",
    message: (p: { amount: string }) => ({
      en: `An amount of minutes, hours or days must be a whole number (got ${p.amount})`,
      zh: `分钟、小时或天数必须是整数（${p.amount}）`,
    }),
  },
  CAL_AMOUNT_TOO_LARGE: {
    rule: "R-CAL-1",
    message: (p: { amount: string; unit: string; max: string }) => ({
      en: `A deadline of ${p.amount} ${p.unit} is beyond the supported ${p.max} ${p.unit}`,
      zh: `期限 ${p.amount}（${p.unit}）超出支持范围，最多 ${p.max}`,
    }),
  },
  CAL_INVALID_UNIT: {
    rule: "R-CAL-1",
    message: (p: { unit: string }) => ({
      en: `Unknown deadline unit "${p.unit}" (use minutes, hours, calendarDays or workingDays)`,
      zh: `未知的期限单位「${p.unit}」（可用 minutes、hours、calendarDays、workingDays）`,
    }),
  },
});
