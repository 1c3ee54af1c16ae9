import { defineErrors } from "../errors/index.ts";

export const moneyErrors = defineErrors({
  MONEY_INVALID_AMOUNT: {
    message: (p: { text: string }) => ({
      en: `"${p.text}" is not an amount of money (write it like 1234.56 or ¥1,234.56)`,
      zh: `「${p.text}」不是有效金额（应写作 1234.56 或 ¥1,234.56）`,
    }),
  },
  MONEY_TOO_MANY_DECIMALS: {
    rule: "R-FEE-3",
    message: (p: { text: string; decimals: number }) => ({
      en: `"${p.text}" has more than ${p.decimals} decimal places`,
      zh: `「${p.text}」的小数位超过 ${p.decimals} 位`,
    }),
  },
  MONEY_INVALID_QUANTITY: {
    message: (p: { text: string }) => ({
      en: `"${p.text}" is not a decimal number`,
      zh: `「${p.text}」不是有效的数值`,
    }),
  },
  MONEY_NEGATIVE_QUANTITY: {
    message: (p: { text: string }) => ({
      en: `"${p.text}" must not be negative`,
      zh: `「${p.text}」不能为负数`,
    }),
  },
  MONEY_DIVISION_BY_ZERO: {
    message: () => ({ en: "A ratio cannot have a zero denominator", zh: "比例的分母不能为零" }),
  },
  MONEY_ALLOCATION_WITHOUT_WEIGHT: {
    rule: "R-FEE-6",
    message: (p: { parts: number }) => ({
      en: `Cannot allocate across ${p.parts} parts whose weights add up to zero`,
      zh: `无法在权重合计为零的 ${p.parts} 个部分之间分摊`,
    }),
  },
  MONEY_NEGATIVE_WEIGHT: {
    message: (p: { position: number }) => ({
      en: `Allocation weight #${p.position} is negative`,
      zh: `第 ${p.position} 个分摊权重为负数`,
    }),
  },
});
