import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the fee area (收费). Malformed input (a negative area, a price finer than the
 * estate allows, a meter running backwards) is thrown as `DomainError`; a rule saying no (no
 * standard in force, a unit not yet handed over) is returned as a `Refusal` value.
 */
export const feeErrors = defineErrors({
  FEE_NO_STANDARD_IN_FORCE: {
    rule: "R-FEE-1",
    message: (p: { unitType: string; date: string }) => ({
      en: `No fee standard for ${p.unitType} units is in force on ${p.date}`,
      zh: `${p.date} 没有适用于「${p.unitType}」类房屋的收费标准`,
    }),
  },
  FEE_DUPLICATE_STANDARD: {
    rule: "R-FEE-1",
    message: (p: { unitType: string; date: string }) => ({
      en: `Two fee standards for ${p.unitType} units take effect on the same day ${p.date}`,
      zh: `「${p.unitType}」类房屋有两个收费标准同在 ${p.date} 生效`,
    }),
  },
  FEE_STANDARD_WRONG_ESTATE: {
    rule: "R-FEE-1",
    message: (p: { standardId: string; estateId: string; expected: string }) => ({
      en: `Fee standard ${p.standardId} belongs to estate ${p.estateId}, not to ${p.expected}`,
      zh: `收费标准 ${p.standardId} 属于项目 ${p.estateId}，不属于 ${p.expected}`,
    }),
  },
  FEE_DUPLICATE_ITEM: {
    rule: "R-FEE-2",
    message: (p: { standardId: string; itemCode: string }) => ({
      en: `Fee standard ${p.standardId} lists the item "${p.itemCode}" twice`,
      zh: `收费标准 ${p.standardId} 重复列出收费项目「${p.itemCode}」`,
    }),
  },
  FEE_NEGATIVE_AREA: {
    rule: "R-FEE-2",
    message: (p: { area: string }) => ({
      en: `Building area must not be negative (got ${p.area} m²)`,
      zh: `建筑面积不能为负数（${p.area} m²）`,
    }),
  },
  FEE_NEGATIVE_PRICE: {
    rule: "R-FEE-2",
    message: (p: { price: string }) => ({
      en: `A unit price must not be negative (got ${p.price})`,
      zh: `单价不能为负数（${p.price}）`,
    }),
  },
  FEE_PRICE_TOO_PRECISE: {
    rule: "R-FEE-2",
    message: (p: { price: string; decimals: number }) => ({
      en: `The price ${p.price} has more than the ${p.decimals} decimal places the estate allows`,
      zh: `单价 ${p.price} 的小数位超过本项目允许的 ${p.decimals} 位`,
    }),
  },
  FEE_INVALID_NUMBER: {
    rule: "R-FEE-2",
    message: (p: { field: string; text: string }) => ({
      en: `${p.field} must be a decimal number such as 89.37 (got "${p.text}")`,
      zh: `${p.field}必须是数值，例如 89.37（收到「${p.text}」）`,
    }),
  },
  FEE_INVALID_COUNT: {
    rule: "R-FEE-2",
    message: (p: { field: string; count: string }) => ({
      en: `${p.field} must be a whole number of at least 0 (got ${p.count})`,
      zh: `${p.field}必须是不小于 0 的整数（收到 ${p.count}）`,
    }),
  },
  FEE_NEGATIVE_READING: {
    rule: "R-FEE-2",
    message: (p: { meter: string; reading: string }) => ({
      en: `A ${p.meter} meter reading must not be negative (got ${p.reading})`,
      zh: `${p.meter}表读数不能为负数（${p.reading}）`,
    }),
  },
  FEE_READING_BACKWARDS: {
    rule: "R-FEE-2",
    message: (p: { meter: string; from: string; to: string }) => ({
      en: `The ${p.meter} meter went backwards from ${p.from} to ${p.to} and did not roll over`,
      zh: `${p.meter}表读数从 ${p.from} 倒退到 ${p.to}，且不属于满量程翻转`,
    }),
  },
  FEE_READING_EXCEEDS_METER: {
    rule: "R-FEE-2",
    message: (p: { meter: string; reading: string; digits: number }) => ({
      en: `The ${p.meter} reading ${p.reading} does not fit a meter with ${p.digits} digits`,
      zh: `${p.meter}表读数 ${p.reading} 超出 ${p.digits} 位表盘的量程`,
    }),
  },
  FEE_INVALID_METER_DIGITS: {
    rule: "R-FEE-2",
    message: (p: { meter: string; digits: string }) => ({
      en: `A ${p.meter} meter must have 1 to 12 whole digits (got ${p.digits})`,
      zh: `${p.meter}表的整数位数必须在 1 到 12 之间（收到 ${p.digits}）`,
    }),
  },
  FEE_UNKNOWN_METER: {
    rule: "R-FEE-2",
    message: (p: { meter: string; standardId: string }) => ({
      en: `A reading was given for the ${p.meter} meter, but fee standard ${p.standardId} has no metered item for it`,
      zh: `提供了${p.meter}表读数，但收费标准 ${p.standardId} 中没有对应的计量收费项目`,
    }),
  },
  FEE_UNKNOWN_ITEM: {
    rule: "R-FEE-2",
    message: (p: { itemCode: string; standardId: string }) => ({
      en: `Fee standard ${p.standardId} has no item "${p.itemCode}"`,
      zh: `收费标准 ${p.standardId} 中没有收费项目「${p.itemCode}」`,
    }),
  },
  FEE_NOT_ONE_OFF: {
    rule: "R-FEE-2",
    message: (p: { itemCode: string; kind: string }) => ({
      en: `The item "${p.itemCode}" is a ${p.kind} fee, billed monthly, not a one-off charge`,
      zh: `收费项目「${p.itemCode}」是按月收取的${p.kind}类费用，不是一次性收费`,
    }),
  },
  FEE_INVALID_PERIOD: {
    rule: "R-FEE-3",
    message: (p: { period: string }) => ({
      en: `A billing period is a calendar month written YYYY-MM (got "${p.period}")`,
      zh: `账期应为自然月，格式 YYYY-MM（收到「${p.period}」）`,
    }),
  },
  FEE_INVALID_DATE: {
    rule: "R-FEE-3",
    message: (p: { field: string; date: string }) => ({
      en: `${p.field} must be a date written YYYY-MM-DD (got "${p.date}")`,
      zh: `${p.field}必须是 YYYY-MM-DD 格式的日期（收到「${p.date}」）`,
    }),
  },
  FEE_INVALID_POLICY: {
    rule: "R-FEE-3",
    message: (p: { setting: string; value: string; expected: string }) => ({
      en: `The fee policy setting ${p.setting} = ${p.value} is invalid: expected ${p.expected}`,
      zh: `收费政策设置 ${p.setting} = ${p.value} 无效，应为 ${p.expected}`,
    }),
  },
  FEE_NOT_HANDED_OVER: {
    rule: "R-HND-3",
    message: (p: { unitId: string }) => ({
      en: `Unit ${p.unitId} has not been handed over, so no fees are charged yet`,
      zh: `房屋 ${p.unitId} 尚未交房，暂不计收费用`,
    }),
  },
  FEE_NOT_YET_CHARGEABLE: {
    rule: "R-FEE-3",
    message: (p: { unitId: string; period: string; chargeStart: string }) => ({
      en: `Unit ${p.unitId} is charged from ${p.chargeStart}, after the period ${p.period}`,
      zh: `房屋 ${p.unitId} 自 ${p.chargeStart} 起计费，账期 ${p.period} 不计费`,
    }),
  },
  FEE_INVALID_DISCOUNT: {
    rule: "R-FEE-11",
    message: (p: { rate: string }) => ({
      en: `A vacancy discount is a fraction from 0 to 1, such as 0.3 for 30% off (got "${p.rate}")`,
      zh: `空置优惠比例应在 0 到 1 之间，例如 0.3 表示减收 30%（收到「${p.rate}」）`,
    }),
  },
  FEE_DUPLICATE_UNIT: {
    rule: "R-FEE-4",
    message: (p: { unitId: string; period: string }) => ({
      en: `Unit ${p.unitId} appears twice in the billing run for ${p.period}; it is billed once`,
      zh: `房屋 ${p.unitId} 在 ${p.period} 账期的出账批次中重复出现，只出一张账单`,
    }),
  },
  FEE_NOTHING_TO_BILL: {
    rule: "R-FEE-4",
    message: (p: { unitId: string; period: string }) => ({
      en: `No fee item of the standard in force applies to unit ${p.unitId} in ${p.period}`,
      zh: `房屋 ${p.unitId} 在 ${p.period} 账期没有适用的收费项目`,
    }),
  },
});

/** The code of any fee refusal, for callers that branch on it. */
export type FeeErrorCode = keyof typeof feeErrors;
