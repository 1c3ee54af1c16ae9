import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the item-release area (物品放行). The `REL_INVALID_*` codes are bad input and
 * are thrown; the others are the rules saying no and are returned as values, all of them at once.
 */
export const releaseErrors = defineErrors({
  REL_NO_ITEMS: {
    rule: "R-REL-2",
    message: () => ({
      en: "A release pass lists at least one item",
      zh: "放行条至少须登记一件物品",
    }),
  },
  REL_INVALID_ITEM: {
    rule: "R-REL-2",
    message: (p: { line: string; problem: string; problemZh: string }) => ({
      en: `Item line ${p.line} is not valid: ${p.problem}`,
      zh: `第 ${p.line} 行物品无效：${p.problemZh}`,
    }),
  },
  REL_INVALID_CONSENT: {
    rule: "R-REL-4",
    message: (p: { party: string; partyZh: string; problem: string; problemZh: string }) => ({
      en: `The phoned consent of the ${p.party} is not valid: ${p.problem}`,
      zh: `${p.partyZh}电话核实记录无效：${p.problemZh}`,
    }),
  },
  REL_INVALID_POLICY: {
    message: (p: { field: string; value: string }) => ({
      en: `Release policy ${p.field} must be a positive whole number (got ${p.value})`,
      zh: `放行政策 ${p.field} 必须是正整数（${p.value}）`,
    }),
  },
  REL_STATEMENT_WRONG_UNIT: {
    rule: "R-REL-3",
    message: (p: { statementUnit: string; unit: string }) => ({
      en: `The account statement is for unit ${p.statementUnit}, not for unit ${p.unit}`,
      zh: `费用结算单属于房屋 ${p.statementUnit}，不是房屋 ${p.unit}`,
    }),
  },
  REL_CARRIER_IDENTITY_MISSING: {
    rule: "R-REL-2",
    message: (p: { missing: string }) => ({
      en: `The carrier's identity is not recorded (missing: ${p.missing})`,
      zh: `未登记携带人身份（缺少：${p.missing}）`,
    }),
  },
  REL_ACCOUNT_STATEMENT_MISSING: {
    rule: "R-REL-3",
    message: (p: { date: string }) => ({
      en: `Moving out needs the cashier's statement of what the unit owes up to ${p.date}`,
      zh: `搬家迁出须由收银员确认截至 ${p.date} 的欠费情况`,
    }),
  },
  REL_ACCOUNT_STATEMENT_STALE: {
    rule: "R-REL-3",
    message: (p: { asOf: string; date: string }) => ({
      en: `The account statement is as of ${p.asOf}; moving out on ${p.date} needs one up to that day`,
      zh: `费用结算截至 ${p.asOf}，${p.date} 搬家迁出须结清截至当日的费用`,
    }),
  },
  REL_UNSETTLED_BALANCE: {
    rule: "R-REL-3",
    message: (p: { total: string; breakdown: string; breakdownZh: string }) => ({
      en: `Moving out needs every amount owed settled: ${p.total} outstanding (${p.breakdown})`,
      zh: `搬家迁出须结清所欠费用：尚欠 ${p.total}（${p.breakdownZh}）`,
    }),
  },
  REL_OWNER_CONSENT_MISSING: {
    rule: "R-REL-4",
    message: (p: { relation: string; relationZh: string }) => ({
      en: `The carrier is the ${p.relation}, not the owner: the owner must be phoned and agree`,
      zh: `携带人不是业主本人（${p.relationZh}），须电话向业主核实并征得同意`,
    }),
  },
  REL_OWNER_UNREACHABLE: {
    rule: "R-REL-4",
    message: (p: { calledAt: string }) => ({
      en: `The owner could not be reached (called ${p.calledAt}): no pass until the owner agrees`,
      zh: `联系不上业主（${p.calledAt} 去电），暂不放行`,
    }),
  },
  REL_OWNER_DECLINED: {
    rule: "R-REL-4",
    message: (p: { calledAt: string; answer: string }) => ({
      en: `The owner did not agree when phoned at ${p.calledAt}: ${p.answer}`,
      zh: `业主于 ${p.calledAt} 电话核实时不同意放行：${p.answer}`,
    }),
  },
  REL_COMPANY_CONSENT_MISSING: {
    rule: "R-REL-4",
    message: () => ({
      en: "Company goods carried by an employee need the company contact phoned and agreeing",
      zh: "单位职员携带单位物品出门，须电话向该单位负责人核实并征得同意",
    }),
  },
  REL_COMPANY_UNREACHABLE: {
    rule: "R-REL-4",
    message: (p: { calledAt: string }) => ({
      en: `The company contact could not be reached (called ${p.calledAt}): no pass until they agree`,
      zh: `联系不上单位负责人（${p.calledAt} 去电），暂不放行`,
    }),
  },
  REL_COMPANY_DECLINED: {
    rule: "R-REL-4",
    message: (p: { calledAt: string; answer: string }) => ({
      en: `The company contact did not agree when phoned at ${p.calledAt}: ${p.answer}`,
      zh: `单位负责人于 ${p.calledAt} 电话核实时不同意放行：${p.answer}`,
    }),
  },
  REL_CONSENT_NOT_TODAY: {
    rule: "R-REL-4",
    message: (p: { party: string; partyZh: string; calledOn: string; date: string }) => ({
      en: `The ${p.party}'s consent was phoned on ${p.calledOn}; a pass issued on ${p.date} needs that day's call`,
      zh: `${p.partyZh}的电话核实在 ${p.calledOn}，${p.date} 开具放行条须当日核实`,
    }),
  },
  REL_DESK_SIGNATURE_MISSING: {
    rule: "R-REL-5",
    message: () => ({
      en: "The desk officer has not signed the pass",
      zh: "客户中心经办人未在放行条上签字",
    }),
  },
  REL_CARRIER_SIGNATURE_MISSING: {
    rule: "R-REL-5",
    message: () => ({
      en: "The carrier has not signed the pass",
      zh: "携带人未在放行条上签字",
    }),
  },
  REL_OWNER_SIGNATURE_MISSING: {
    rule: "R-REL-5",
    message: () => ({
      en: "The owner has neither signed the pass nor given a phoned consent noted on it",
      zh: "业主未签字，放行条上也没有业主电话同意的记录",
    }),
  },
  REL_BLANK_LINES_NOT_STRUCK: {
    rule: "R-REL-5",
    message: (p: { count: string }) => ({
      en: `${p.count} blank line(s) on the pass must be struck through`,
      zh: `放行条上 ${p.count} 行空白处须划线`,
    }),
  },
  REL_ITEMS_DO_NOT_MATCH: {
    rule: "R-REL-2",
    message: () => ({
      en: "The items at the gate do not match the items on the pass",
      zh: "门岗核对物品与放行条登记不符",
    }),
  },
  REL_APPROVAL_OUTDATED: {
    rule: "R-REL-3",
    message: (p: { approvedOn: string; date: string }) => ({
      en: `The move-out was approved with the account settled up to ${p.approvedOn}; leaving on ${p.date} needs a new approval`,
      zh: `迁出放行按截至 ${p.approvedOn} 的结清情况审批，${p.date} 出门须重新审批`,
    }),
  },
  REL_REFUSAL_REASON_MISSING: {
    rule: "R-REL-5",
    message: () => ({
      en: "A refused pass records why it was refused",
      zh: "不予放行须记录原因",
    }),
  },
});
