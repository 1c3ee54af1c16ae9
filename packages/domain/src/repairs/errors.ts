import { defineErrors } from "../errors/index.ts";

/** Refusals of the repairs area 维修 (R-REP-1…5). */
export const repairErrors = defineErrors({
  REP_FIELD_REQUIRED: {
    message: (p: { field: string; fieldZh: string }) => ({
      en: `The ${p.field} must not be blank`,
      zh: `${p.fieldZh}不能为空`,
    }),
  },
  REP_INVALID_DATE: {
    message: (p: { date: string }) => ({
      en: `"${p.date}" is not a business date (write it YYYY-MM-DD)`,
      zh: `「${p.date}」不是有效日期（应写作 YYYY-MM-DD）`,
    }),
  },
  REP_INVALID_POLICY: {
    message: (p: { setting: string; value: string }) => ({
      en: `The repair policy setting ${p.setting} cannot be ${p.value}`,
      zh: `维修政策设置 ${p.setting} 不能为 ${p.value}`,
    }),
  },
  REP_WARRANTY_BELOW_NATIONAL_MINIMUM: {
    rule: "R-REP-3",
    message: (p: { category: string; period: string; minimum: string }) => ({
      en: `The warranty period for ${p.category} cannot be ${p.period}: the national minimum is ${p.minimum}`,
      zh: `${p.category}的保修期不能为 ${p.period}：国家最低保修期限为 ${p.minimum}`,
    }),
  },
  REP_UNKNOWN_COMPONENT: {
    rule: "R-REP-3",
    message: (p: { category: string }) => ({
      en: `The warranty table has no component category "${p.category}"`,
      zh: `保修期限表中没有部位类别「${p.category}」`,
    }),
  },
  REP_REQUEST_BEFORE_HANDOVER: {
    rule: "R-REP-3",
    message: (p: { on: string; handoverDate: string }) => ({
      en: `The repair date ${p.on} is before the unit's handover on ${p.handoverDate}`,
      zh: `报修日期（${p.on}）早于房屋交付日期（${p.handoverDate}）`,
    }),
  },
  REP_UNKNOWN_PRICE_ITEM: {
    rule: "R-REP-3",
    message: (p: { code: string; priceList: string }) => ({
      en: `"${p.code}" is not on the published price list ${p.priceList}`,
      zh: `「${p.code}」不在已公布的收费标准（${p.priceList}）中`,
    }),
  },
  REP_QUANTITY_NOT_POSITIVE: {
    rule: "R-REP-3",
    message: (p: { code: string; quantity: string }) => ({
      en: `The quantity of "${p.code}" must be more than zero (got ${p.quantity})`,
      zh: `「${p.code}」的数量必须大于零（当前为 ${p.quantity}）`,
    }),
  },
  REP_QUOTE_EMPTY: {
    rule: "R-REP-3",
    message: () => ({
      en: "A quote needs at least one line of labour or materials",
      zh: "报价至少需要一项人工或材料",
    }),
  },
  REP_QUOTE_IN_WARRANTY: {
    rule: "R-REP-3",
    message: (p: { category: string; endDate: string }) => ({
      en: `The ${p.category} is under warranty until ${p.endDate}: the repair is free and cannot be quoted`,
      zh: `该部位（${p.category}）在保修期内（至 ${p.endDate}），应免费维修，不能收费报价`,
    }),
  },
  REP_NOT_IN_WARRANTY: {
    rule: "R-REP-3",
    message: (p: { category: string; status: string }) => ({
      en: `The ${p.category} is not under warranty (${p.status}): the owner must accept a quote first`,
      zh: `该部位（${p.category}）不在保修范围内（${p.status}），须经业主认可报价后维修`,
    }),
  },
  REP_WARRANTY_CATEGORY_MISMATCH: {
    rule: "R-REP-3",
    message: (p: { decided: string; reported: string }) => ({
      en: `The warranty decision is for ${p.decided}, but the repair is for ${p.reported}`,
      zh: `保修判定针对「${p.decided}」，而报修部位为「${p.reported}」`,
    }),
  },
  REP_TECHNICIAN_WRONG_TRADE: {
    rule: "R-REP-2",
    message: (p: { technician: string; trade: string }) => ({
      en: `${p.technician} is not a ${p.trade} technician`,
      zh: `维修人员 ${p.technician} 不具备「${p.trade}」工种`,
    }),
  },
  REP_COVERAGE_UNDECIDED: {
    rule: "R-REP-3",
    message: () => ({
      en: "Decide first whether the repair is free under warranty or quoted to the owner",
      zh: "开工前须先确定是保修范围内免费维修还是收费维修",
    }),
  },
  REP_QUOTE_NOT_ACCEPTED: {
    rule: "R-REP-3",
    message: (p: { total: string }) => ({
      en: `Paid work cannot start before the owner accepts the quote of ${p.total}`,
      zh: `业主认可报价（${p.total}）之前不能开始收费维修`,
    }),
  },
  REP_JOINT_ACCEPTANCE_INCOMPLETE: {
    rule: "R-REP-4",
    message: (p: { missing: string; missingZh: string }) => ({
      en: `The owner and the technician accept the repair together: the ${p.missing} has not signed`,
      zh: `维修须由业主与维修人员共同验收：${p.missingZh}尚未签字`,
    }),
  },
  REP_RETURN_VISIT_TOO_EARLY: {
    rule: "R-REP-5",
    message: (p: { earliest: string }) => ({
      en: `The return visit comes too early after completion: it may take place from ${p.earliest}`,
      zh: `回访距维修完成过早：最早可于 ${p.earliest} 进行`,
    }),
  },
});
