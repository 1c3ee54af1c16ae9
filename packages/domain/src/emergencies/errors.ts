import { defineErrors } from "../errors/index.ts";

/** Refusals of the emergencies area 应急 (R-EMG-1…3). */
export const emergencyErrors = defineErrors({
  EMG_FIELD_REQUIRED: {
    message: (p: { field: string; fieldZh: string }) => ({
      en: `The ${p.field} must not be blank`,
      zh: `${p.fieldZh}不能为空`,
    }),
  },
  EMG_INVALID_DATE: {
    message: (p: { date: string }) => ({
      en: `"${p.date}" is not a business date (write it YYYY-MM-DD)`,
      zh: `「${p.date}」不是有效日期（应写作 YYYY-MM-DD）`,
    }),
  },
  EMG_INVALID_POLICY: {
    message: (p: { setting: string; value: string }) => ({
      en: `The emergency policy setting ${p.setting} cannot be ${p.value}`,
      zh: `应急政策设置 ${p.setting} 不能为 ${p.value}`,
    }),
  },
  EMG_UNKNOWN_TYPE: {
    rule: "R-EMG-1",
    message: (p: { type: string }) => ({
      en: `"${p.type}" is not an emergency type`,
      zh: `「${p.type}」不是有效的突发事件类型`,
    }),
  },
  EMG_PLAN_NO_RESPONSIBLE_PERSON: {
    rule: "R-EMG-1",
    message: (p: { planId: string }) => ({
      en: `Emergency plan ${p.planId} names no responsible person`,
      zh: `应急预案 ${p.planId} 未指定责任人`,
    }),
  },
  EMG_PLAN_CONTACT_MISSING: {
    rule: "R-EMG-1",
    message: (p: { planId: string; person: string }) => ({
      en: `Emergency plan ${p.planId} gives no contact for ${p.person}`,
      zh: `应急预案 ${p.planId} 缺少责任人 ${p.person} 的联系方式`,
    }),
  },
  EMG_PLAN_NO_ASSEMBLY_POINT: {
    rule: "R-EMG-1",
    message: (p: { planId: string }) => ({
      en: `Emergency plan ${p.planId} names no assembly point`,
      zh: `应急预案 ${p.planId} 未指定集合点`,
    }),
  },
  EMG_PLAN_NO_EVACUATION_ROUTE: {
    rule: "R-EMG-1",
    message: (p: { planId: string }) => ({
      en: `Emergency plan ${p.planId} describes no evacuation route`,
      zh: `应急预案 ${p.planId} 未说明疏散路线`,
    }),
  },
  EMG_UNKNOWN_RESIDENT: {
    rule: "R-EMG-3",
    message: (p: { residentId: string }) => ({
      en: `Resident ${p.residentId} is not among those the incident affects`,
      zh: `住户 ${p.residentId} 不在本次事件的受影响住户中`,
    }),
  },
  EMG_RESIDENTS_NOT_NOTIFIED: {
    rule: "R-EMG-3",
    message: (p: { count: number; examples: string }) => ({
      en: `${p.count} affected resident(s) have not been notified yet (${p.examples})`,
      zh: `尚有 ${p.count} 位受影响住户未通知（${p.examples}）`,
    }),
  },
  EMG_NO_ACTIONS_LOGGED: {
    rule: "R-EMG-3",
    message: () => ({
      en: "An incident cannot close before the actions taken are logged",
      zh: "尚未记录处置措施，事件不能关闭",
    }),
  },
  EMG_LESSONS_REQUIRED: {
    rule: "R-EMG-3",
    message: () => ({
      en: "The review must record at least one lesson learned",
      zh: "事后总结须至少记录一条经验教训",
    }),
  },
});
