import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of owners' self-governance 业主自治 (R-GOV-1, R-GOV-2). Malformed registers and
 * ballots are thrown (`DomainError`); the rules saying no to a ballot or a fund use are returned.
 */
export const governanceErrors = defineErrors({
  GOV_EMPTY_ELECTORATE: {
    rule: "R-GOV-1",
    message: () => ({
      en: "The register of owners is empty: an assembly vote needs at least one owner",
      zh: "业主名册为空：业主大会表决至少须有一名业主",
    }),
  },
  GOV_NO_EXCLUSIVE_AREA: {
    rule: "R-GOV-1",
    message: () => ({
      en: "The units on the register add up to no exclusive area, so area shares cannot be counted",
      zh: "名册上房屋的专有部分面积合计为零，无法计算面积比例",
    }),
  },
  GOV_INVALID_AREA: {
    rule: "R-GOV-1",
    message: (p: { what: string; area: string }) => ({
      en: `The building area of ${p.what} must be m² with at most two decimals, not negative (got "${p.area}")`,
      zh: `${p.what} 的建筑面积须为不超过两位小数的非负平方米数（「${p.area}」）`,
    }),
  },
  GOV_UNIT_WITHOUT_OWNER: {
    rule: "R-GOV-1",
    message: (p: { unitId: string }) => ({
      en: `Unit ${p.unitId} has no owner on the register (record the developer for unsold units)`,
      zh: `房屋 ${p.unitId} 在名册上没有业主（未售房屋登记为建设单位）`,
    }),
  },
  GOV_DUPLICATE_UNIT: {
    rule: "R-GOV-1",
    message: (p: { unitId: string }) => ({
      en: `Unit ${p.unitId} is on the register twice`,
      zh: `房屋 ${p.unitId} 在名册上重复出现`,
    }),
  },
  GOV_OWNER_IN_TWO_VOTERS: {
    rule: "R-GOV-1",
    message: (p: { ownerId: string }) => ({
      en: `Owner ${p.ownerId} appears in two entries of the register; each owner counts once`,
      zh: `业主 ${p.ownerId} 在名册中出现两次；每位业主只计一人`,
    }),
  },
  GOV_INVALID_VOTER: {
    rule: "R-GOV-1",
    message: (p: { voterId: string }) => ({
      en: `Register entry ${p.voterId} needs at least one owner and one unit`,
      zh: `名册条目 ${p.voterId} 须至少有一名业主和一套房屋`,
    }),
  },
  GOV_UNKNOWN_MATTER: {
    rule: "R-GOV-1",
    message: (p: { matter: string }) => ({
      en: `Unknown assembly matter "${p.matter}"`,
      zh: `未知的表决事项「${p.matter}」`,
    }),
  },
  GOV_UNKNOWN_CHOICE: {
    rule: "R-GOV-1",
    message: (p: { choice: string }) => ({
      en: `A ballot is "for", "against" or "abstain" (got "${p.choice}")`,
      zh: `表决意见须为同意、反对或弃权（「${p.choice}」）`,
    }),
  },
  GOV_NOT_IN_ELECTORATE: {
    rule: "R-GOV-1",
    message: (p: { ownerId: string }) => ({
      en: `${p.ownerId} is not an owner on this vote's register`,
      zh: `${p.ownerId} 不在本次表决的业主名册上`,
    }),
  },
  GOV_ALREADY_VOTED: {
    rule: "R-GOV-1",
    message: (p: { ownerId: string; units: string }) => ({
      en: `A ballot for ${p.ownerId} (units ${p.units}) has already been cast: each owner votes once`,
      zh: `${p.ownerId}（房屋 ${p.units}）已投票：每位业主只能投一票`,
    }),
  },
  GOV_INVALID_PERIOD: {
    rule: "R-GOV-1",
    message: (p: { opensOn: string; closesOn: string }) => ({
      en: `The voting period must not end (${p.closesOn}) before it starts (${p.opensOn})`,
      zh: `表决期限的截止日（${p.closesOn}）不能早于开始日（${p.opensOn}）`,
    }),
  },
  GOV_VOTE_NOT_OPEN: {
    rule: "R-GOV-1",
    message: (p: { date: string; opensOn: string; closesOn: string; status: string }) => ({
      en: `Ballots are accepted from ${p.opensOn} to ${p.closesOn} while the vote is open (on ${p.date} it is ${p.status})`,
      zh: `表决期为 ${p.opensOn} 至 ${p.closesOn}，且须在表决进行中投票（${p.date}，当前状态：${p.status}）`,
    }),
  },
  GOV_VOTE_STILL_OPEN: {
    rule: "R-GOV-1",
    message: (p: { closesOn: string; missing: string }) => ({
      en: `The vote runs until ${p.closesOn} and ${p.missing} owner(s) have not voted yet; close it after that day`,
      zh: `表决期至 ${p.closesOn}，尚有 ${p.missing} 位业主未投票；请在截止日之后结束表决`,
    }),
  },
  GOV_FUND_INVALID_USE: {
    rule: "R-GOV-2",
    message: (p: { problem: string; problemZh: string }) => ({
      en: `The maintenance-fund use is not valid: ${p.problem}`,
      zh: `维修资金使用申请无效：${p.problemZh}`,
    }),
  },
  GOV_FUND_UNDER_WARRANTY: {
    rule: "R-GOV-2",
    message: (p: { part: string; warrantyUntil: string }) => ({
      en: `${p.part} is under warranty until ${p.warrantyUntil}: the warrantor pays, not the maintenance fund`,
      zh: `${p.part} 在保修期内（至 ${p.warrantyUntil}），应由保修责任人承担，不得使用维修资金`,
    }),
  },
  GOV_FUND_VOTE_MISSING: {
    rule: "R-GOV-2",
    message: () => ({
      en: "Using the maintenance fund needs a passed owners' assembly vote on it",
      zh: "使用专项维修资金须经业主大会表决通过",
    }),
  },
  GOV_FUND_VOTE_NOT_PASSED: {
    rule: "R-GOV-2",
    message: (p: { voteId: string; status: string }) => ({
      en: `Assembly vote ${p.voteId} has not passed (it is ${p.status}); the fund cannot be used on it`,
      zh: `业主大会表决 ${p.voteId} 未通过（状态：${p.status}），不能据此使用维修资金`,
    }),
  },
  GOV_FUND_VOTE_WRONG_MATTER: {
    rule: "R-GOV-2",
    message: (p: { voteId: string; matter: string }) => ({
      en: `Assembly vote ${p.voteId} decided "${p.matter}", not the use of the maintenance fund`,
      zh: `业主大会表决 ${p.voteId} 的事项是「${p.matter}」，不是使用维修资金`,
    }),
  },
  GOV_FUND_EMERGENCY_NOT_ALLOWED: {
    rule: "R-GOV-2",
    message: () => ({
      en: "The estate's local rules do not provide for emergency use of the maintenance fund: a vote is needed",
      zh: "本项目所在地规定未允许应急使用维修资金，须经业主大会表决",
    }),
  },
  GOV_FUND_INSUFFICIENT_BALANCE: {
    rule: "R-GOV-2",
    message: (p: { amount: string; balance: string }) => ({
      en: `The use of ${p.amount} exceeds the fund's balance of ${p.balance}`,
      zh: `使用金额 ${p.amount} 超过维修资金余额 ${p.balance}`,
    }),
  },
  GOV_FUND_NOTICE_MISSING: {
    rule: "R-GOV-2",
    message: () => ({
      en: "Publishing a fund use needs the notice shown to owners",
      zh: "公示维修资金使用须提供向业主公示的内容",
    }),
  },
});
