import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal, warning and bad-input error of the collection area 费用收缴. Parameters are
 * already formatted text (amounts as "¥1,234.56"), so the README templates show `{name}`.
 */
export const collectionErrors = defineErrors({
  // ── bad input (thrown) ────────────────────────────────────────────────────────────────
  COL_NON_POSITIVE_PAYMENT: {
    rule: "R-FEE-6",
    message: (p: { amount: string }) => ({
      en: `A payment must be more than zero (got ${p.amount})`,
      zh: `缴费金额必须大于零（${p.amount}）`,
    }),
  },
  COL_NEGATIVE_CREDIT: {
    rule: "R-FEE-6",
    message: (p: { amount: string }) => ({
      en: `Available prepaid credit cannot be negative (got ${p.amount})`,
      zh: `可用预存款不能为负数（${p.amount}）`,
    }),
  },
  COL_LINE_NEGATIVE_AMOUNT: {
    rule: "R-FEE-6",
    message: (p: { lineId: string; amount: string }) => ({
      en: `Bill line ${p.lineId} has a negative amount (${p.amount})`,
      zh: `账单明细 ${p.lineId} 的金额为负数（${p.amount}）`,
    }),
  },
  COL_LINE_SETTLED_OUT_OF_RANGE: {
    rule: "R-FEE-6",
    message: (p: { lineId: string; settled: string; amount: string }) => ({
      en: `Bill line ${p.lineId} shows ${p.settled} paid, outside 0 to its amount ${p.amount}`,
      zh: `账单明细 ${p.lineId} 的已收金额 ${p.settled} 不在 0 至应收 ${p.amount} 之间`,
    }),
  },
  COL_DUPLICATE_LINE: {
    rule: "R-FEE-6",
    message: (p: { lineId: string }) => ({
      en: `Bill line ${p.lineId} is listed twice`,
      zh: `账单明细 ${p.lineId} 重复出现`,
    }),
  },
  COL_INVALID_PERIOD: {
    rule: "R-FEE-4",
    message: (p: { period: string }) => ({
      en: `"${p.period}" is not a billing period (write it YYYY-MM, e.g. 2026-11)`,
      zh: `「${p.period}」不是有效的计费期间（格式 YYYY-MM，如 2026-11）`,
    }),
  },
  COL_MISSING_REASON: {
    rule: "R-FEE-9",
    message: () => ({
      en: "Every money movement needs a reason",
      zh: "每一笔资金变动都必须注明原因",
    }),
  },
  COL_MISSING_AUTHOR: {
    rule: "R-FEE-9",
    message: () => ({
      en: "Every money movement needs an author (who recorded it)",
      zh: "每一笔资金变动都必须注明经办人",
    }),
  },
  COL_INVALID_TIME: {
    rule: "R-FEE-9",
    message: (p: { value: string }) => ({
      en: `Every money movement needs a valid time (got ${p.value})`,
      zh: `每一笔资金变动都必须有有效的时间（${p.value}）`,
    }),
  },
  COL_INVALID_POLICY_DAYS: {
    message: (p: { field: string; value: string; min: string }) => ({
      en: `Policy "${p.field}" must be a whole number of days, at least ${p.min} (got ${p.value})`,
      zh: `策略「${p.field}」必须是不少于 ${p.min} 的整数天数（${p.value}）`,
    }),
  },
  COL_INVALID_REMINDER_POLICY: {
    rule: "R-FEE-5",
    message: (p: { problem: string; problemZh: string }) => ({
      en: `Reminder policy: ${p.problem}`,
      zh: `缴费提醒策略：${p.problemZh}`,
    }),
  },
  COL_INVALID_DUE_DAY: {
    rule: "R-FEE-5",
    message: (p: { value: string }) => ({
      en: `The due day must be a day of the month from 1 to 31 or "lastDay" (got ${p.value})`,
      zh: `缴费截止日必须是 1 至 31 日或 "lastDay"（${p.value}）`,
    }),
  },
  COL_INVALID_LATE_CHARGE_RATE: {
    rule: "R-FEE-7",
    message: (p: { rate: string }) => ({
      en: `The daily late-charge rate must be an exact decimal from 0 to below 1, e.g. "0.0005" (got "${p.rate}")`,
      zh: `滞纳金日费率必须是 0 至 1（不含）之间的小数，如 "0.0005"（「${p.rate}」）`,
    }),
  },
  COL_INVALID_LATE_CHARGE_CAP: {
    rule: "R-FEE-7",
    message: (p: { cap: string }) => ({
      en: `A late-charge cap must be a non-negative amount or percentage of the principal (got ${p.cap})`,
      zh: `滞纳金上限必须是非负金额或本金的非负百分比（${p.cap}）`,
    }),
  },
  COL_PROMISE_WITHOUT_DATE: {
    rule: "R-FEE-10",
    message: () => ({
      en: "A promise to pay needs the date by which the owner promised to pay",
      zh: "承诺缴费须注明业主承诺的缴费日期",
    }),
  },
  COL_INVALID_RATE_INPUT: {
    rule: "R-FEE-8",
    message: (p: { numerator: string; denominator: string }) => ({
      en: `A rate needs 0 ≤ ${p.numerator} ≤ ${p.denominator}`,
      zh: `比率须满足 0 ≤ ${p.numerator} ≤ ${p.denominator}`,
    }),
  },

  // ── refusals (returned as values) ─────────────────────────────────────────────────────
  COL_DESIGNATED_LINE_UNKNOWN: {
    rule: "R-FEE-6",
    message: (p: { lineId: string }) => ({
      en: `The payer designated bill line ${p.lineId}, which is not among the unit's lines`,
      zh: `缴费人指定的账单明细 ${p.lineId} 不在该房屋的账单中`,
    }),
  },
  COL_DESIGNATED_LINE_OTHER_UNIT: {
    rule: "R-FEE-6",
    message: (p: { lineId: string; lineUnitId: string; unitId: string }) => ({
      en: `Bill line ${p.lineId} belongs to unit ${p.lineUnitId}, not to the paying unit ${p.unitId}`,
      zh: `账单明细 ${p.lineId} 属于房屋 ${p.lineUnitId}，不属于缴费房屋 ${p.unitId}`,
    }),
  },
  COL_DESIGNATED_LINE_SETTLED: {
    rule: "R-FEE-6",
    message: (p: { lineId: string }) => ({
      en: `Bill line ${p.lineId} is already paid in full`,
      zh: `账单明细 ${p.lineId} 已全额缴清`,
    }),
  },
  COL_REVERSAL_OF_REVERSAL: {
    rule: "R-FEE-9",
    message: (p: { entryId: string }) => ({
      en: `Entry ${p.entryId} is itself a reversal; record the correct movement as a new entry instead`,
      zh: `分录 ${p.entryId} 本身是冲销分录；请以新分录登记正确的资金变动`,
    }),
  },
  COL_ALREADY_REVERSED: {
    rule: "R-FEE-9",
    message: (p: { entryId: string; reversalId: string }) => ({
      en: `Entry ${p.entryId} was already reversed by ${p.reversalId}`,
      zh: `分录 ${p.entryId} 已被 ${p.reversalId} 冲销`,
    }),
  },
  COL_REVERSAL_BEFORE_ENTRY: {
    rule: "R-FEE-9",
    message: (p: { entryId: string }) => ({
      en: `A reversal of entry ${p.entryId} cannot be dated before the entry itself`,
      zh: `分录 ${p.entryId} 的冲销时间不能早于原分录`,
    }),
  },
  COL_CREDIT_ALREADY_SPENT: {
    rule: "R-FEE-6",
    message: (p: { entryId: string; amount: string; balance: string }) => ({
      en: `Reversing ${p.entryId} would take back ${p.amount} of credit but only ${p.balance} is left; reverse the bills it paid first`,
      zh: `冲销 ${p.entryId} 需收回预存款 ${p.amount}，但余额仅 ${p.balance}；请先冲销其抵扣的账单`,
    }),
  },
  COL_UTILITY_CUTOFF_FORBIDDEN: {
    rule: "R-FEE-10",
    message: (p: { utility: string; utilityZh: string }) => ({
      en: `Cutting off ${p.utility} to force payment is unlawful (Civil Code art. 944); use a reminder, a call or visit, a written demand, or arbitration or court`,
      zh: `不得以停止${p.utilityZh}的方式催交物业费（《民法典》第九百四十四条）；请采用提醒、电话或上门、书面催告、仲裁或诉讼`,
    }),
  },
  COL_STEP_SKIPPED: {
    rule: "R-FEE-10",
    message: (p: { step: string; stepZh: string; missing: string; missingZh: string }) => ({
      en: `Collection cannot jump to "${p.step}": "${p.missing}" comes first`,
      zh: `催缴不能越级到「${p.stepZh}」：须先进行「${p.missingZh}」`,
    }),
  },
  COL_STEP_TOO_EARLY: {
    rule: "R-FEE-10",
    message: (p: { step: string; stepZh: string; earliest: string }) => ({
      en: `"${p.step}" is allowed from ${p.earliest}`,
      zh: `「${p.stepZh}」最早可在 ${p.earliest} 进行`,
    }),
  },
  COL_NOT_YET_IN_ARREARS: {
    rule: "R-FEE-5",
    message: (p: { date: string; arrearsSince: string }) => ({
      en: `On ${p.date} the account is not yet in arrears (from ${p.arrearsSince}); send a due-date reminder instead`,
      zh: `${p.date} 尚未欠费（自 ${p.arrearsSince} 起欠费）；请改发到期提醒`,
    }),
  },
  COL_PROMISE_TO_PAY_PENDING: {
    rule: "R-FEE-10",
    message: (p: { step: string; stepZh: string; promisedBy: string }) => ({
      en: `The owner promised to pay by ${p.promisedBy}; "${p.step}" waits until that date has passed`,
      zh: `业主承诺于 ${p.promisedBy} 前缴费；「${p.stepZh}」须待该日期过后进行`,
    }),
  },
  COL_ATTEMPT_OUT_OF_ORDER: {
    rule: "R-FEE-5",
    message: (p: { date: string; last: string }) => ({
      en: `An attempt on ${p.date} cannot be recorded after one on ${p.last}; attempts are recorded in order`,
      zh: `${p.date} 的催缴记录不能登记在 ${p.last} 的记录之后；催缴须按时间顺序登记`,
    }),
  },

  // ── warnings (returned as values; the configuration is still allowed) ─────────────────
  COL_LATE_CHARGE_MAY_EXCEED_30_PERCENT: {
    rule: "R-FEE-7",
    message: (p: { days: string; horizon: string }) => ({
      en: `Without a percentage cap, a line's charge reaches 30% of its overdue principal ${p.days} days past due (within ${p.horizon} days); courts generally cut late charges above 30% of the actual loss`,
      zh: `未设置本金百分比上限，逾期 ${p.days} 天时滞纳金即达欠费本金的 30%（${p.horizon} 天内）；超过实际损失 30% 的违约金通常会被法院调减`,
    }),
  },
  COL_LATE_CHARGE_CAP_ABOVE_30_PERCENT: {
    rule: "R-FEE-7",
    message: (p: { percent: string }) => ({
      en: `A cap of ${p.percent}% of the principal lets late charges exceed 30% of the overdue principal; courts generally cut them`,
      zh: `上限为本金的 ${p.percent}%，滞纳金可能超过欠费本金的 30%，通常会被法院调减`,
    }),
  },
  COL_LATE_CHARGE_UNCAPPED: {
    rule: "R-FEE-7",
    message: (p: { days: string }) => ({
      en: `No percentage cap: a line's charge keeps growing and reaches 30% of its principal ${p.days} days past due unless an amount cap stops it first`,
      zh: `未设置本金百分比上限：滞纳金持续累计，逾期 ${p.days} 天时将达本金的 30%（除非先达到金额上限）`,
    }),
  },
});
