import type { BilingualMessage } from "../errors/index.ts";
import type { IndicatorName } from "./types.ts";

/** The formula of every indicator, in words; each result carries its own (R-QLT-1). */
export const INDICATOR_FORMULAS: Readonly<Record<IndicatorName, BilingualMessage>> = {
  satisfactionRate: {
    en: "satisfied responses (very satisfied or satisfied) ÷ all responses received in the period",
    zh: "满意率 = 统计期内（非常满意 + 满意）的评价数 ÷ 评价总数",
  },
  complaintOnTimeRate: {
    en: "complaints resolved by their deadline ÷ complaints whose resolution deadline fell in the period",
    zh: "投诉处理及时率 = 在处理时限内解决的投诉数 ÷ 处理时限落在统计期内的投诉数",
  },
  complaintMeanTimeToResolve: {
    en: "sum of (resolved − received) ÷ number of complaints resolved in the period",
    zh: "投诉平均处理时长 = Σ（解决时间 − 受理时间）÷ 统计期内解决的投诉数",
  },
  repairMeanResponseTime: {
    en: "sum of (answered − requested) ÷ number of repair requests of the period that were answered",
    zh: "报修平均响应时长 = Σ（响应时间 − 报修时间）÷ 统计期内已响应的报修数",
  },
  repairCompletionRate: {
    en: "repair requests of the period completed by its end ÷ repair requests received in the period",
    zh: "维修完成率 = 统计期内受理并在期末前完成的报修数 ÷ 统计期内受理的报修数",
  },
  repeatRepairRate: {
    en: "repairs completed in the period that needed a second repair ÷ repairs completed in the period",
    zh: "返修率 = 统计期内完成且发生二次维修的工单数 ÷ 统计期内完成的工单数",
  },
  collectionRate: {
    en: "amount collected of the charges due in the period ÷ amount receivable for those charges",
    zh: "收缴率 = 统计期内应收费用的实收金额 ÷ 统计期内应收金额",
  },
  arrearsRecoveryRate: {
    en: "prior-period arrears recovered in the period ÷ prior-period arrears outstanding at its start",
    zh: "清欠率 = 统计期内收回的往期欠费 ÷ 期初往期欠费余额",
  },
  maintenanceOnTimeRate: {
    en: "maintenance tasks done by their due date ÷ maintenance tasks due in the period",
    zh: "维保及时率 = 按期完成的维保任务数 ÷ 统计期内到期的维保任务数",
  },
  drillCoverage: {
    en: "emergency plans drilled at least once in the period ÷ emergency plans in force",
    zh: "演练覆盖率 = 统计期内至少演练一次的应急预案数 ÷ 应急预案总数",
  },
  patrolCompleteness: {
    en: "checkpoints visited ÷ checkpoints scheduled, over the patrol rounds scheduled in the period",
    zh: "巡检完整率 = 统计期内计划巡检轮次中已到位的巡检点数 ÷ 计划巡检点数",
  },
};
