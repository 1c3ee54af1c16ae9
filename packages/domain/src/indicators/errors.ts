import { defineErrors } from "../errors/index.ts";

/** Every refusal of the indicators area (品质指标). All are bad input and are thrown. */
export const indicatorErrors = defineErrors({
  IND_INVALID_PERIOD: {
    rule: "R-QLT-1",
    message: (p: { from: string; to: string }) => ({
      en: `An indicator period cannot end (${p.to}) before it starts (${p.from})`,
      zh: `指标统计期的结束日期（${p.to}）不能早于开始日期（${p.from}）`,
    }),
  },
  IND_INVALID_RECORD: {
    rule: "R-QLT-1",
    message: (p: { record: string; problem: string; problemZh: string }) => ({
      en: `Record ${p.record} cannot be measured: ${p.problem}`,
      zh: `记录 ${p.record} 无法统计：${p.problemZh}`,
    }),
  },
});
