import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the complaints area (投诉). Malformed input (`recordComplaint`, the pure
 * classifier, the policy) throws; a rule saying no inside the flow is returned as a refusal.
 */
export const complaintErrors = defineErrors({
  CMP_ID_REQUIRED: {
    message: () => ({ en: "A complaint needs an id", zh: "投诉记录需要编号" }),
  },
  CMP_CONTENT_REQUIRED: {
    rule: "R-CMP-1",
    message: () => ({ en: "Record what the complaint is about", zh: "请记录投诉内容" }),
  },
  CMP_CHANNEL_UNKNOWN: {
    rule: "R-CMP-1",
    message: (p: { channel: string }) => ({
      en: `Unknown complaint channel "${p.channel}" (hotline, online, visit or letter)`,
      zh: `未知的投诉渠道「${p.channel}」（应为热线、网上、来访或信函）`,
    }),
  },
  CMP_COMPLAINANT_REQUIRED: {
    rule: "R-CMP-1",
    message: () => ({ en: "Record who is complaining", zh: "请记录投诉人" }),
  },
  CMP_TIME_INVALID: {
    message: (p: { value: string }) => ({
      en: `Not a valid time: ${p.value}`,
      zh: `不是有效的时间：${p.value}`,
    }),
  },
  CMP_TIME_BEFORE_LAST_STEP: {
    rule: "R-CMP-5",
    message: (p: { at: string; last: string }) => ({
      en: `A step dated ${p.at} cannot come before the previous step at ${p.last}`,
      zh: `步骤时间 ${p.at} 不能早于上一步骤的时间 ${p.last}`,
    }),
  },
  CMP_POLICY_COMPLAINANT_COUNT: {
    rule: "R-CMP-3",
    message: (p: { count: string }) => ({
      en: `The number of complainants that makes a complaint major must be a whole number of at least 2 (got ${p.count})`,
      zh: `构成重大投诉的投诉人数须为不小于 2 的整数（${p.count}）`,
    }),
  },
  CMP_FACT_INVALID: {
    rule: "R-CMP-3",
    message: (p: { fact: string; value: string }) => ({
      en: `The complaint fact "${p.fact}" cannot be ${p.value}`,
      zh: `投诉事实「${p.fact}」的取值无效：${p.value}`,
    }),
  },
  CMP_DEEMED_REASON_REQUIRED: {
    rule: "R-CMP-3",
    message: (p: { severity: string }) => ({
      en: `Say why the company deems this complaint ${p.severity}`,
      zh: `公司认定投诉等级为「${p.severity}」时须说明理由`,
    }),
  },
  CMP_INVALIDITY_REASON_REQUIRED: {
    rule: "R-CMP-2",
    message: () => ({
      en: "Say why the complaint is judged invalid",
      zh: "认定为无效投诉须说明理由",
    }),
  },
  CMP_EXPLANATION_REQUIRED: {
    rule: "R-CMP-2",
    message: () => ({
      en: "Record the explanation given to the customer before closing an invalid complaint",
      zh: "关闭无效投诉前须记录向客户所作的解释",
    }),
  },
  CMP_DEPARTMENT_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({ en: "Name the responsible department", zh: "请指定责任部门" }),
  },
  CMP_HANDLING_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({ en: "Record how the complaint was handled", zh: "请记录处理经过" }),
  },
  CMP_RESULT_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({
      en: "Record the result the department reports back",
      zh: "请记录责任部门反馈的处理结果",
    }),
  },
  CMP_REJECTION_REASON_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({
      en: "Say why the result is sent back to the department",
      zh: "退回责任部门重新处理须说明理由",
    }),
  },
  CMP_REPLY_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({ en: "Record the reply given to the customer", zh: "请记录回复客户的内容" }),
  },
  CMP_RETURN_VISIT_NOTES_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({ en: "Record what the return visit found", zh: "请记录回访情况" }),
  },
  CMP_SATISFACTION_UNKNOWN: {
    rule: "R-CMP-6",
    message: (p: { satisfaction: string }) => ({
      en: `Unknown satisfaction "${p.satisfaction}" (satisfied, basicallySatisfied or dissatisfied)`,
      zh: `未知的满意度「${p.satisfaction}」（满意、基本满意或不满意）`,
    }),
  },
  CMP_CONFIRMATION_REQUIRED: {
    rule: "R-CMP-6",
    message: () => ({
      en: "Record how the customer confirmed the handling before closing",
      zh: "结案前须记录客户的确认意见",
    }),
  },
  CMP_SEVERITY_UNKNOWN: {
    rule: "R-CMP-3",
    message: (p: { severity: string }) => ({
      en: `Unknown severity "${p.severity}" (minor, important or major)`,
      zh: `未知的投诉等级「${p.severity}」（轻微、重要或重大）`,
    }),
  },
  CMP_OVERRIDE_REASON_REQUIRED: {
    rule: "R-CMP-3",
    message: () => ({ en: "A severity override needs a reason", zh: "人工调整投诉等级须说明理由" }),
  },
  CMP_OVERRIDE_UNCHANGED: {
    rule: "R-CMP-3",
    message: (p: { severity: string }) => ({
      en: `The complaint is already ${p.severity}`,
      zh: `投诉等级已是「${p.severity}」`,
    }),
  },
  CMP_EXTENSION_NOT_APPLICABLE: {
    rule: "R-CMP-4",
    message: (p: { severity: string }) => ({
      en: `Only an important complaint's handling deadline can be extended (this one is ${p.severity})`,
      zh: `只有重要投诉的处理时限可以延期（本投诉等级为「${p.severity}」）`,
    }),
  },
  CMP_EXTENSION_REASON_REQUIRED: {
    rule: "R-CMP-4",
    message: () => ({ en: "An extension needs a reason", zh: "延期须说明理由" }),
  },
  CMP_NEXT_REPLY_NOT_AFTER_NOW: {
    rule: "R-CMP-5",
    message: (p: { replyBy: string }) => ({
      en: `The agreed next reply (${p.replyBy}) must be later than now`,
      zh: `约定的下次回复时间（${p.replyBy}）须晚于当前时间`,
    }),
  },
  CMP_NEXT_REPLY_EXPLANATION_REQUIRED: {
    rule: "R-CMP-5",
    message: () => ({
      en: "Record what the customer was told about why it cannot be resolved yet",
      zh: "请记录向客户说明暂不能解决的原因",
    }),
  },
});
