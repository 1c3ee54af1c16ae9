import { defineErrors } from "../errors/index.ts";
import { concernLabel, consentedWorkLabel, documentLabel, drawingLabel, partyLabel } from "./labels.ts";

/** Every refusal of the renovation area 装修管理 (R-REN-1 … R-REN-9), declared once. */
export const renovationErrors = defineErrors({
  // Bad input (thrown).
  REN_INVALID_DATE: {
    message: (p: { field: string; value: string }) => ({
      en: `${p.field} must be a date written YYYY-MM-DD (got "${p.value}")`,
      zh: `${p.field} 应为 YYYY-MM-DD 格式的日期（收到「${p.value}」）`,
    }),
  },
  REN_NEGATIVE_AMOUNT: {
    message: (p: { field: string; amount: string }) => ({
      en: `${p.field} must not be negative (got ${p.amount})`,
      zh: `${p.field} 不能为负数（${p.amount}）`,
    }),
  },
  REN_INVALID_WORKER_COUNT: {
    rule: "R-REN-5",
    message: (p: { workers: string }) => ({
      en: `The number of workers must be a whole number of at least 0 (got ${p.workers})`,
      zh: `施工人数应为不小于 0 的整数（收到 ${p.workers}）`,
    }),
  },
  REN_INVALID_POLICY: {
    message: (p: { field: string; value: string }) => ({
      en: `Renovation policy ${p.field} is not valid (got ${p.value})`,
      zh: `装修管理政策参数 ${p.field} 无效（${p.value}）`,
    }),
  },
  REN_UNKNOWN_VIOLATION_TYPE: {
    rule: "R-REN-7",
    message: (p: { type: string }) => ({
      en: `The penalty catalogue has no violation type "${p.type}"`,
      zh: `违约金目录中没有违章类型「${p.type}」`,
    }),
  },
  REN_VIOLATION_OF_OTHER_RENOVATION: {
    message: (p: { violationId: string; renovationId: string }) => ({
      en: `Violation ${p.violationId} does not belong to renovation ${p.renovationId}`,
      zh: `违章记录 ${p.violationId} 不属于装修单 ${p.renovationId}`,
    }),
  },

  // R-REN-1 application completeness.
  REN_APPLICATION_NOT_SIGNED: {
    rule: "R-REN-1",
    message: () => ({ en: "The owner has not signed the application", zh: "业主未在装修申请表上签字" }),
  },
  REN_COMMITMENT_NOT_SIGNED: {
    rule: "R-REN-1",
    message: () => ({
      en: "The owner has not signed the renovation commitment",
      zh: "业主未签署装修承诺书",
    }),
  },
  REN_DRAWING_MISSING: {
    rule: "R-REN-1",
    message: (p: { drawing: string }) => ({
      en: `The ${drawingLabel(p.drawing).en} is missing`,
      zh: `缺少${drawingLabel(p.drawing).zh}`,
    }),
  },
  REN_DRAWING_NOT_STAMPED: {
    rule: "R-REN-1",
    message: (p: { drawing: string }) => ({
      en: `The ${drawingLabel(p.drawing).en} is not stamped by the contractor`,
      zh: `${drawingLabel(p.drawing).zh}未加盖施工单位公章`,
    }),
  },
  REN_DOCUMENT_MISSING: {
    rule: "R-REN-1",
    message: (p: { document: string }) => ({
      en: `The ${documentLabel(p.document).en} is missing`,
      zh: `缺少${documentLabel(p.document).zh}`,
    }),
  },
  REN_DOCUMENT_EXPIRED: {
    rule: "R-REN-1",
    message: (p: { document: string; validUntil: string; date: string }) => ({
      en: `The ${documentLabel(p.document).en} expired on ${p.validUntil}, before the decision date ${p.date}`,
      zh: `${documentLabel(p.document).zh}已于 ${p.validUntil} 过期（审批日期 ${p.date}）`,
    }),
  },

  // R-REN-2 authority approvals.
  REN_AUTHORITY_APPROVAL_MISSING: {
    rule: "R-REN-2",
    message: (p: { concern: string }) => ({
      en: `Work touching ${concernLabel(p.concern).en} needs the competent authority's approval first`,
      zh: `涉及${concernLabel(p.concern).zh}的施工须先取得主管部门批准`,
    }),
  },

  // R-REN-3 decision and signatures.
  REN_DECISION_NOT_SIGNED: {
    rule: "R-REN-3",
    message: (p: { party: string }) => ({
      en: `The ${partyLabel(p.party).en} has not signed the decision`,
      zh: `${partyLabel(p.party).zh}未在审批意见上签字`,
    }),
  },
  REN_REJECTION_REASON_MISSING: {
    rule: "R-REN-3",
    message: () => ({
      en: "A rejected application must state the reason",
      zh: "不予批准的装修申请须写明原因",
    }),
  },

  // R-REN-4 prohibited work.
  REN_FACADE_ALTERATION: {
    rule: "R-REN-4",
    message: () => ({
      en: "Altering the façade or exterior appearance is prohibited",
      zh: "禁止改变房屋外立面及外观",
    }),
  },
  REN_WINDOW_SECURITY_BARS: {
    rule: "R-REN-4",
    message: () => ({
      en: "Installing security bars on windows is prohibited",
      zh: "禁止在窗户上安装防护栏",
    }),
  },
  REN_WORK_WITHOUT_CONSENT: {
    rule: "R-REN-4",
    message: (p: { item: string }) => ({
      en: `Bringing ${consentedWorkLabel(p.item).en} on site needs the management office's written consent`,
      zh: `携带${consentedWorkLabel(p.item).zh}进场须经管理处书面同意`,
    }),
  },
  REN_HOT_WORK_WITHOUT_PERMIT: {
    rule: "R-REN-4",
    message: () => ({ en: "Hot work needs a hot-work permit", zh: "动火作业须办理动火证" }),
  },

  // R-REN-5 fees.
  REN_AGREEMENT_NOT_SIGNED: {
    rule: "R-REN-5",
    message: () => ({ en: "The management agreement is not signed", zh: "未签订装修管理协议" }),
  },
  REN_PAYMENT_MISMATCH: {
    rule: "R-REN-5",
    message: (p: { expected: string; paid: string }) => ({
      en: `The renovation fees come to ${p.expected} but ${p.paid} was paid`,
      zh: `装修费用合计 ${p.expected}，实收 ${p.paid}`,
    }),
  },

  // R-REN-6 permit and entry inspection.
  REN_PERMIT_DETAIL_MISSING: {
    rule: "R-REN-6",
    message: (p: { field: string }) => ({
      en: `The construction permit needs its ${p.field}`,
      zh: `施工许可证缺少「${p.field}」`,
    }),
  },
  REN_PASSES_EXCEED_PAID: {
    rule: "R-REN-6",
    message: (p: { passes: string; paid: string }) => ({
      en: `${p.passes} worker passes requested but pass fees were paid for ${p.paid} workers`,
      zh: `申领出入证 ${p.passes} 张，但只缴纳了 ${p.paid} 人的出入证费用`,
    }),
  },
  REN_ENTRY_INSPECTION_NOT_SIGNED: {
    rule: "R-REN-6",
    message: (p: { party: string }) => ({
      en: `The ${partyLabel(p.party).en} has not signed the entry inspection`,
      zh: `${partyLabel(p.party).zh}未在进场装修确认表上签字`,
    }),
  },
  REN_DEPARTMENT_NOT_NOTIFIED: {
    rule: "R-REN-6",
    message: (p: { department: string }) => ({
      en: `The ${partyLabel(p.department).en} department has not been notified`,
      zh: `尚未通知${partyLabel(p.department).zh}`,
    }),
  },

  // R-REN-7 violations.
  REN_NOT_AN_INSPECTOR: {
    rule: "R-REN-7",
    message: (p: { role: string }) => ({
      en: `Site inspections are made by customer service, engineering or security, not by a ${p.role}`,
      zh: `装修巡查由客服部、工程部或保安部进行，角色「${p.role}」不能记录违章`,
    }),
  },
  REN_SITE_NOT_ACTIVE: {
    rule: "R-REN-7",
    message: (p: { status: string }) => ({
      en: `There is no active site to inspect while the renovation is ${p.status}`,
      zh: `装修单状态为「${p.status}」，不在施工期内`,
    }),
  },
  REN_OVERRIDE_REASON_MISSING: {
    rule: "R-REN-7",
    message: () => ({
      en: "Overriding the catalogue's severity needs a reason",
      zh: "调整违章等级须说明理由",
    }),
  },
  REN_SERIOUS_NEEDS_WRITTEN_NOTICE: {
    rule: "R-REN-7",
    message: () => ({
      en: "A serious violation needs a written rectification notice, not a verbal one",
      zh: "严重违章须发出书面违章整改通知，不能仅口头通知",
    }),
  },
  REN_MINOR_GETS_VERBAL_NOTICE: {
    rule: "R-REN-7",
    message: () => ({
      en: "A minor violation gets a verbal rectification notice",
      zh: "一般违章以口头方式通知整改",
    }),
  },
  REN_NOTICE_NOT_SIGNED: {
    rule: "R-REN-7",
    message: (p: { party: string }) => ({
      en: `The ${partyLabel(p.party).en} has not signed the written rectification notice`,
      zh: `${partyLabel(p.party).zh}未在违章整改通知书上签字`,
    }),
  },
  REN_RECTIFIED_BEFORE_OBSERVED: {
    rule: "R-REN-7",
    message: (p: { rectifiedOn: string; observedOn: string }) => ({
      en: `Rectification on ${p.rectifiedOn} cannot precede the violation observed on ${p.observedOn}`,
      zh: `整改日期 ${p.rectifiedOn} 早于发现违章日期 ${p.observedOn}`,
    }),
  },
  REN_AUTHORITY_REPORT_NOT_REQUIRED: {
    rule: "R-REN-7",
    message: (p: { violationId: string }) => ({
      en: `Violation ${p.violationId} is not illegal work and is not reported to the authority`,
      zh: `违章 ${p.violationId} 不属于违法施工，无需报告主管部门`,
    }),
  },
  REN_AUTHORITY_ALREADY_REPORTED: {
    rule: "R-REN-7",
    message: (p: { violationId: string; reportedAt: string }) => ({
      en: `Violation ${p.violationId} was already reported to the authority at ${p.reportedAt}`,
      zh: `违章 ${p.violationId} 已于 ${p.reportedAt} 报告主管部门`,
    }),
  },

  // R-REN-8 completion acceptance.
  REN_INSPECTION_DATE_IN_PAST: {
    rule: "R-REN-8",
    message: (p: { agreedDate: string; today: string }) => ({
      en: `The agreed inspection date ${p.agreedDate} is before today (${p.today})`,
      zh: `约定的验收日期 ${p.agreedDate} 早于今天（${p.today}）`,
    }),
  },
  REN_INSPECTED_BEFORE_AGREED_DATE: {
    rule: "R-REN-8",
    message: (p: { inspectedOn: string; agreedDate: string }) => ({
      en: `The inspection on ${p.inspectedOn} is before the agreed date ${p.agreedDate}`,
      zh: `验收日期 ${p.inspectedOn} 早于约定日期 ${p.agreedDate}`,
    }),
  },
  REN_INSPECTOR_MISSING: {
    rule: "R-REN-8",
    message: (p: { department: string }) => ({
      en: `The completion inspection needs an inspector from ${partyLabel(p.department).en}`,
      zh: `竣工验收须有${partyLabel(p.department).zh}人员参加`,
    }),
  },
  REN_COMPLETION_FAILURES_OUTSTANDING: {
    rule: "R-REN-8",
    message: (p: { count: string }) => ({
      en: `The inspection recorded ${p.count} failure(s): the work cannot be accepted`,
      zh: `验收发现 ${p.count} 项不合格，不能通过验收`,
    }),
  },
  REN_NO_FAILURES_RECORDED: {
    rule: "R-REN-8",
    message: () => ({
      en: "Rectification is required only for recorded failures, and none were recorded",
      zh: "未记录不合格项，不能要求整改",
    }),
  },
  REN_RECTIFICATION_NOT_STATED: {
    rule: "R-REN-8",
    message: (p: { item: string }) => ({
      en: `The failure "${p.item}" must state the rectification required`,
      zh: `不合格项「${p.item}」须写明整改要求`,
    }),
  },

  // R-REN-9 deposit settlement.
  REN_REFUND_TOO_EARLY: {
    rule: "R-REN-9",
    message: (p: { earliest: string; date: string }) => ({
      en: `The deposit can be refunded no earlier than ${p.earliest} (today is ${p.date})`,
      zh: `装修押金最早于 ${p.earliest} 退还（今天是 ${p.date}）`,
    }),
  },
  REN_SETTLEMENT_NOT_SIGNED: {
    rule: "R-REN-9",
    message: (p: { party: string }) => ({
      en: `The ${partyLabel(p.party).en} has not signed off the deposit settlement`,
      zh: `${partyLabel(p.party).zh}未在押金结算单上签字`,
    }),
  },
  REN_DEPOSIT_ALREADY_SETTLED: {
    rule: "R-REN-9",
    message: (p: { settledOn: string }) => ({
      en: `The renovation deposit was already settled on ${p.settledOn}`,
      zh: `装修押金已于 ${p.settledOn} 结算，不能重复结算`,
    }),
  },
  REN_VIOLATION_NOT_FILED: {
    rule: "R-REN-9",
    message: (p: { violationId: string }) => ({
      en: `The written notice of violation ${p.violationId} is not yet signed off, so its penalty is not final`,
      zh: `违章 ${p.violationId} 的书面通知尚未经项目经理签批，违约金未确定`,
    }),
  },
  REN_VIOLATION_UNRECTIFIED: {
    rule: "R-REN-9",
    message: (p: { violationId: string }) => ({
      en: `Violation ${p.violationId} is not yet rectified, so its daily penalty is still running`,
      zh: `违章 ${p.violationId} 尚未整改，按日违约金仍在累计`,
    }),
  },
});
