import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the community area 社区文化 (R-COM-1…3). The `*_INVALID` codes are bad input and
 * are thrown (the API shows them as `ValidationError`); the others are the rules saying no and are
 * returned as values.
 */
export const communityErrors = defineErrors({
  COM_VALIDITY_INVALID: {
    rule: "R-COM-1",
    message: (p: { from: string; until: string }) => ({
      en: `An announcement's validity cannot end (${p.until}) before it starts (${p.from})`,
      zh: `公告有效期的结束时间（${p.until}）须晚于开始时间（${p.from}）`,
    }),
  },
  COM_EVENT_PERIOD_INVALID: {
    rule: "R-COM-2",
    message: (p: { startsAt: string; endsAt: string }) => ({
      en: `An event cannot end (${p.endsAt}) before it starts (${p.startsAt})`,
      zh: `活动结束时间（${p.endsAt}）不能早于开始时间（${p.startsAt}）`,
    }),
  },
  COM_EVENT_NOT_STARTED: {
    rule: "R-COM-2",
    message: (p: { startsAt: string }) => ({
      en: `The event starts at ${p.startsAt}; it cannot be recorded as held before then`,
      zh: `活动开始时间为 ${p.startsAt}，此前不能登记为已举办`,
    }),
  },
  COM_EVENT_FEEDBACK_REQUIRED: {
    rule: "R-COM-2",
    message: () => ({
      en: "An event is archived with the feedback gathered",
      zh: "活动归档须记录活动反馈",
    }),
  },
  COM_EVENT_CANCEL_REASON_REQUIRED: {
    rule: "R-COM-2",
    message: () => ({ en: "Give the reason the event is cancelled", zh: "请填写活动取消原因" }),
  },
  COM_REGISTRATION_CLOSED: {
    rule: "R-COM-2",
    message: (p: { status: string }) => ({
      en: `Registration is not open for this event (${p.status})`,
      zh: `该活动当前不接受报名（${p.status}）`,
    }),
  },
  COM_ALREADY_REGISTERED: {
    rule: "R-COM-2",
    message: () => ({ en: "You have already registered for this event", zh: "您已报名该活动" }),
  },
  COM_SURVEY_PERIOD_INVALID: {
    rule: "R-COM-3",
    message: (p: { from: string; to: string }) => ({
      en: `A survey period cannot end (${p.to}) before it starts (${p.from})`,
      zh: `调查期的结束日期（${p.to}）不能早于开始日期（${p.from}）`,
    }),
  },
  COM_SURVEY_NO_QUESTIONS: {
    rule: "R-COM-3",
    message: () => ({
      en: "A survey is opened with at least one question",
      zh: "问卷至少须有一个问题才能发布",
    }),
  },
  COM_SURVEY_NOT_OPEN: {
    rule: "R-COM-3",
    message: (p: { status: string }) => ({
      en: `The survey is not open for answers (${p.status})`,
      zh: `该调查当前不接受答卷（${p.status}）`,
    }),
  },
  COM_SURVEY_OUTSIDE_PERIOD: {
    rule: "R-COM-3",
    message: (p: { from: string; to: string }) => ({
      en: `The survey runs from ${p.from} to ${p.to}`,
      zh: `该调查的答卷期为 ${p.from} 至 ${p.to}`,
    }),
  },
  COM_SURVEY_ALREADY_ANSWERED: {
    rule: "R-COM-3",
    message: () => ({ en: "This unit has already answered the survey", zh: "该房屋已提交过本次调查" }),
  },
  COM_SURVEY_ANSWERS_INVALID: {
    rule: "R-COM-3",
    message: (p: { problem: string; problemZh: string }) => ({
      en: `Answer every question of the survey once: ${p.problem}`,
      zh: `须对问卷每个问题各作答一次：${p.problemZh}`,
    }),
  },
});
