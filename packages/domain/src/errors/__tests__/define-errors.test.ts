import { describe, expect, it } from "vitest";
import { DomainError, defineErrors, isDomainError } from "../index.ts";

const sample = defineErrors({
  SAMPLE_NEGATIVE: {
    rule: "R-FEE-2",
    message: (p: { value: string }) => ({
      en: `Must not be negative: ${p.value}`,
      zh: `不能为负数：${p.value}`,
    }),
  },
});

describe("error catalogues", () => {
  it("builds a refusal value with code, both messages, rule and path", () => {
    expect(sample.SAMPLE_NEGATIVE.refuse({ value: "-1" }, ["area"])).toEqual({
      code: "SAMPLE_NEGATIVE",
      message: "Must not be negative: -1",
      messageZh: "不能为负数：-1",
      path: ["area"],
      rule: "R-FEE-2",
    });
  });

  it("throws a DomainError carrying the same refusal", () => {
    const error = sample.SAMPLE_NEGATIVE.error({ value: "-2" });
    expect(error).toBeInstanceOf(DomainError);
    expect(isDomainError(error)).toBe(true);
    expect(error.toRefusal()).toEqual({
      code: "SAMPLE_NEGATIVE",
      message: "Must not be negative: -2",
      messageZh: "不能为负数：-2",
      rule: "R-FEE-2",
    });
  });

  it("documents its messages with placeholders", () => {
    expect(sample.SAMPLE_NEGATIVE.template).toEqual({
      en: "Must not be negative: {value}",
      zh: "不能为负数：{value}",
    });
  });
});
