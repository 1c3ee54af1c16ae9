import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the service-request area (客户服务). Malformed input to `logServiceContact`
 * throws; a rule saying no inside the flow is returned as a refusal.
 */
export const serviceRequestErrors = defineErrors({
  SVC_ID_REQUIRED: {
    message: () => ({ en: "A service request needs an id", zh: "客户需求记录需要编号" }),
  },
  SVC_KIND_UNKNOWN: {
    rule: "R-SVC-1",
    message: (p: { kind: string }) => ({
      en: `Unknown contact kind "${p.kind}" (call or visit)`,
      zh: `未知的受理方式「${p.kind}」（应为来电或来访）`,
    }),
  },
  SVC_CALLER_REQUIRED: {
    rule: "R-SVC-1",
    message: () => ({ en: "Record who called or came", zh: "请记录来电或来访人" }),
  },
  SVC_SUBJECT_REQUIRED: {
    rule: "R-SVC-1",
    message: () => ({ en: "Record what the call or visit is about", zh: "请记录来电来访事由" }),
  },
  SVC_ATTENTION_UNKNOWN: {
    rule: "R-SVC-2",
    message: (p: { reason: string }) => ({
      en: `Unknown reason to alert the supervisor "${p.reason}" (major, urgent or sudden)`,
      zh: `未知的上报原因「${p.reason}」（应为重大、紧急或突发）`,
    }),
  },
  SVC_TIME_INVALID: {
    message: (p: { value: string }) => ({
      en: `Not a valid time: ${p.value}`,
      zh: `不是有效的时间：${p.value}`,
    }),
  },
  SVC_TIME_BEFORE_LAST_STEP: {
    rule: "R-SVC-1",
    message: (p: { at: string; last: string }) => ({
      en: `A step dated ${p.at} cannot come before the previous step at ${p.last}`,
      zh: `步骤时间 ${p.at} 不能早于上一步骤的时间 ${p.last}`,
    }),
  },
  SVC_ANSWER_REQUIRED: {
    rule: "R-SVC-1",
    message: () => ({ en: "Record the answer given to the customer", zh: "请记录给客户的答复" }),
  },
  SVC_DEPARTMENT_REQUIRED: {
    rule: "R-SVC-2",
    message: () => ({ en: "Name the department the request is forwarded to", zh: "请填写转报的责任部门" }),
  },
  SVC_HANDLER_REQUIRED: {
    rule: "R-SVC-3",
    message: () => ({
      en: "Name who handles the request, so the customer can be told",
      zh: "请填写处理人，以便告知客户",
    }),
  },
  SVC_REPLY_TIME_NOT_AFTER_NOW: {
    rule: "R-SVC-3",
    message: (p: { replyBy: string }) => ({
      en: `The time the customer will hear back (${p.replyBy}) must be later than now`,
      zh: `答复客户的时间（${p.replyBy}）须晚于当前时间`,
    }),
  },
  SVC_FOLLOW_UP_NOTE_REQUIRED: {
    rule: "R-SVC-3",
    message: () => ({ en: "Record what the follow-up found", zh: "请记录跟进情况" }),
  },
});
