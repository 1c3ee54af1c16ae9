import { describe, expect, it } from "vitest";
import {
  decideRepairWarranty,
  overrideRepairWarranty,
  type RepairComponentCategory,
  resolveRepairPolicy,
} from "../index.ts";
import { thrownCode } from "./fixtures.ts";

describe("R-REP-3 warranty periods: the national minimums by default", () => {
  it.each<[RepairComponentCategory, string, string]>([
    ["roofWaterproofing", "2021-07-01", "2026-06-30"],
    ["wetRoomLeakage", "2021-07-01", "2026-06-30"],
    ["exteriorWallLeakage", "2021-07-01", "2026-06-30"],
    ["electrical", "2024-07-01", "2026-06-30"],
    ["plumbing", "2024-07-01", "2026-06-30"],
    ["equipmentInstallation", "2024-07-01", "2026-06-30"],
    ["decoration", "2024-07-01", "2026-06-30"],
    ["foundationAndStructure", "2024-07-01", "2074-06-30"],
  ])("%s handed over on %s is covered through %s and not a day longer", (category, handoverDate, endDate) => {
    const lastDay = decideRepairWarranty({ category, handoverDate, on: endDate });
    expect(lastDay).toMatchObject({ status: "inWarranty", endDate, rules: ["R-REP-3"] });
    expect(lastDay.periodSource).toBe("nationalMinimum");
    expect(lastDay.explanation.en).toContain("national minimum, 建设工程质量管理条例 art. 40");
    expect(lastDay.explanation.zh).toContain("国家最低保修期限，《建设工程质量管理条例》第四十条");
    expect(lastDay.explanation.zh).toContain(`至 ${endDate}，报修日 ${endDate} 在保修期内，免费维修`);
    expect(
      decideRepairWarranty({ category, handoverDate, on: endDate.replace("-06-30", "-07-01") }).status,
    ).toBe("expired");
  });

  it("explains a decision in both languages: category, period, its source, dates, outcome", () => {
    const roof = decideRepairWarranty({
      category: "roofWaterproofing",
      handoverDate: "2024-03-15",
      on: "2026-11-20",
    });
    expect(roof.explanation).toEqual({
      en:
        "Roof waterproofing: warranty 5 years (national minimum, 建设工程质量管理条例 art. 40), " +
        "from handover on 2024-03-15 to 2029-03-14; reported on 2026-11-20, in warranty: repaired free of charge",
      zh:
        "屋面防水：保修期 5 年（国家最低保修期限，《建设工程质量管理条例》第四十条），" +
        "自交房日 2024-03-15 起至 2029-03-14，报修日 2026-11-20 在保修期内，免费维修",
    });
  });

  it("says why an expired decision is charged, in both languages", () => {
    const pipes = decideRepairWarranty({
      category: "plumbing",
      handoverDate: "2023-07-01",
      on: "2026-11-20",
    });
    expect(pipes.status).toBe("expired");
    expect(pipes.explanation).toEqual({
      en:
        "Water supply and drainage pipes: warranty 2 years (national minimum, 建设工程质量管理条例 art. 40), " +
        "from handover on 2023-07-01 to 2025-06-30; reported on 2026-11-20, out of warranty: the repair is charged",
      zh:
        "给排水管道：保修期 2 年（国家最低保修期限，《建设工程质量管理条例》第四十条），" +
        "自交房日 2023-07-01 起至 2025-06-30，报修日 2026-11-20 已过保修期，需收费维修",
    });
  });

  it("describes the period in words", () => {
    const roof = decideRepairWarranty({
      category: "roofWaterproofing",
      handoverDate: "2024-01-10",
      on: "2024-02-01",
    });
    expect(roof.periodText).toEqual({ en: "5 years", zh: "5 年" });
    const heating = decideRepairWarranty({
      category: "heating",
      handoverDate: "2024-01-10",
      on: "2024-02-01",
    });
    expect(heating.periodText).toEqual({
      en: "2 heating seasons (11-15 to 03-15)",
      zh: "2 个采暖期（11月15日至次年3月15日）",
    });
    expect(heating.explanation.zh).toContain("供热系统：保修期 2 个采暖期（11月15日至次年3月15日）");
    const cooling = decideRepairWarranty({
      category: "cooling",
      handoverDate: "2024-01-10",
      on: "2024-02-01",
    });
    expect(cooling.periodText).toEqual({
      en: "2 cooling seasons (06-01 to 09-30)",
      zh: "2 个供冷期（6月1日至9月30日）",
    });
  });

  it("a 29 February handover is covered through 28 February of the last year", () => {
    const decision = decideRepairWarranty({
      category: "plumbing",
      handoverDate: "2024-02-29",
      on: "2026-02-28",
    });
    expect(decision).toMatchObject({ status: "inWarranty", endDate: "2026-02-28" });
  });

  it("a 1 March handover before a leap day is covered through 29 February", () => {
    expect(
      decideRepairWarranty({ category: "decoration", handoverDate: "2026-03-01", on: "2026-04-01" }).endDate,
    ).toBe("2028-02-29");
  });
});

describe("R-REP-3 heating and cooling: two seasons", () => {
  it("counts two whole heating seasons after the handover, not the one under way", () => {
    const decision = decideRepairWarranty({
      category: "heating",
      handoverDate: "2024-12-01",
      on: "2027-03-15",
    });
    expect(decision).toMatchObject({ status: "inWarranty", endDate: "2027-03-15" });
    expect(
      decideRepairWarranty({ category: "heating", handoverDate: "2024-12-01", on: "2027-03-16" }).status,
    ).toBe("expired");
  });

  it("counts a season starting on the handover day", () => {
    expect(
      decideRepairWarranty({ category: "heating", handoverDate: "2024-11-15", on: "2025-01-01" }).endDate,
    ).toBe("2026-03-15");
  });

  it("a cooling season within one year ends in the same year", () => {
    expect(
      decideRepairWarranty({ category: "cooling", handoverDate: "2025-03-01", on: "2025-07-01" }).endDate,
    ).toBe("2026-09-30");
    expect(
      decideRepairWarranty({ category: "cooling", handoverDate: "2025-06-02", on: "2025-07-01" }).endDate,
    ).toBe("2027-09-30");
  });

  it("takes the seasons from the estate's policy", () => {
    const decision = decideRepairWarranty(
      { category: "heating", handoverDate: "2024-12-01", on: "2025-01-01" },
      { heatingSeason: { start: "10-15", end: "04-15" } },
    );
    expect(decision).toMatchObject({
      endDate: "2027-04-15",
      periodText: { en: "2 heating seasons (10-15 to 04-15)", zh: "2 个采暖期（10月15日至次年4月15日）" },
    });
  });
});

describe("R-REP-3 estate policy and exclusions", () => {
  it("an estate may give a longer period, and the basis says it is the estate's", () => {
    const decision = decideRepairWarranty(
      { category: "decoration", handoverDate: "2024-07-01", on: "2026-08-01" },
      { warrantyPeriods: { decoration: { kind: "years", years: 3 } } },
    );
    expect(decision).toMatchObject({
      status: "inWarranty",
      endDate: "2027-06-30",
      periodSource: "estatePolicy",
    });
    expect(decision.explanation.en).toContain(
      "Decoration work: warranty 3 years (estate policy; the national minimum is 2 years)",
    );
    expect(decision.explanation.zh).toContain(
      "装修工程：保修期 3 年（本小区保修规定；国家最低保修期限为 2 年）",
    );
    expect(decision.explanation.zh).not.toContain("第四十条");
  });

  it.each([
    ["misuse", "misuse", "使用不当"],
    ["thirdParty", "a third party", "第三方"],
    ["forceMajeure", "force majeure", "不可抗力"],
  ] as const)("damage by %s is excluded even in the period, and the explanation says so", (cause, en, zh) => {
    const decision = decideRepairWarranty({
      category: "plumbing",
      handoverDate: "2026-01-01",
      on: "2026-02-01",
      cause,
    });
    expect(decision.status).toBe("excluded");
    expect(decision.explanation.en).toContain(
      `reported on 2026-02-01, within the period, but damage caused by ${en} is not covered by the warranty (房屋建筑工程质量保修办法 art. 17): the repair is charged`,
    );
    expect(decision.explanation.zh).toContain(
      `报修日 2026-02-01 虽在保修期内，但损坏系${zh}造成，不属保修范围（《房屋建筑工程质量保修办法》第十七条），需收费维修`,
    );
  });

  it("an excluded cause after the period says both", () => {
    const decision = decideRepairWarranty({
      category: "plumbing",
      handoverDate: "2020-01-01",
      on: "2026-02-01",
      cause: "misuse",
    });
    expect(decision.status).toBe("excluded");
    expect(decision.explanation.en).toContain("after the period, and damage caused by misuse is not covered");
    expect(decision.explanation.zh).toContain(
      "报修日 2026-02-01 已过保修期，且损坏系使用不当造成，不属保修范围",
    );
  });

  it("refuses an unknown component, bad dates and a repair before the handover", () => {
    const category = "garden" as RepairComponentCategory;
    expect(
      thrownCode(() => decideRepairWarranty({ category, handoverDate: "2024-01-01", on: "2024-02-01" })),
    ).toBe("REP_UNKNOWN_COMPONENT");
    const plumbing = { category: "plumbing", handoverDate: "2024-01-01", on: "2024-02-01" } as const;
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, handoverDate: "2024-1-1" }))).toBe(
      "REP_INVALID_DATE",
    );
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, on: "2024-02-30" }))).toBe(
      "REP_INVALID_DATE",
    );
    expect(thrownCode(() => decideRepairWarranty({ ...plumbing, on: "2023-12-31" }))).toBe(
      "REP_REQUEST_BEFORE_HANDOVER",
    );
  });

  it.each([
    ["a zero-year period", { warrantyPeriods: { plumbing: { kind: "years", years: 0 } } }],
    [
      "a fractional season count",
      { warrantyPeriods: { heating: { kind: "seasons", season: "heating", count: 1.5 } } },
    ],
    ["an unknown season", { warrantyPeriods: { heating: { kind: "seasons", season: "rainy", count: 2 } } }],
    ["a season bound that does not exist", { heatingSeason: { start: "11-31", end: "03-15" } }],
    ["a leap-day season bound", { coolingSeason: { start: "02-29", end: "09-30" } }],
    ["a badly written bound", { coolingSeason: { start: "6-1", end: "09-30" } }],
    ["a season with no length", { heatingSeason: { start: "11-15", end: "11-15" } }],
  ])("refuses a policy with %s", (_what, overrides) => {
    expect(thrownCode(() => resolveRepairPolicy(overrides as never))).toBe("REP_INVALID_POLICY");
  });

  it.each([
    ["roof waterproofing for 3 years", { roofWaterproofing: { kind: "years", years: 3 } }],
    ["heating for one season", { heating: { kind: "seasons", season: "heating", count: 1 } }],
    ["plumbing for one year", { plumbing: { kind: "years", years: 1 } }],
  ])("refuses to shorten a national minimum: %s", (_what, warrantyPeriods) => {
    expect(thrownCode(() => resolveRepairPolicy({ warrantyPeriods } as never))).toBe(
      "REP_WARRANTY_BELOW_NATIONAL_MINIMUM",
    );
  });
});

describe("R-REP-3 overriding a warranty decision records who and why", () => {
  const expired = decideRepairWarranty({
    category: "plumbing",
    handoverDate: "2020-01-01",
    on: "2026-01-01",
  });
  const manager = { id: "m-1", role: "manager" };
  const at = new Date("2026-01-01T03:00:00Z");

  it("a goodwill repair is recorded with the previous status, the actor and the reason", () => {
    const goodwill = overrideRepairWarranty(expired, {
      status: "inWarranty",
      actor: manager,
      at,
      reason: "Goodwill",
    });
    expect(goodwill.status).toBe("inWarranty");
    expect(goodwill.override).toEqual({ from: "expired", actor: manager, at, reason: "Goodwill" });
    expect(expired.override).toBeUndefined();
    expect(goodwill.explanation.en).toBe(
      `${expired.explanation.en}. Changed by m-1 (manager) from out of warranty to in warranty, repaired free of charge; reason: Goodwill`,
    );
    expect(goodwill.explanation.zh).toBe(
      `${expired.explanation.zh}；经m-1（manager）改判为在保修期内，免费维修（原判定：已过保修期），理由：Goodwill`,
    );
  });

  it("refuses an override without a reason", () => {
    expect(
      thrownCode(() =>
        overrideRepairWarranty(expired, { status: "inWarranty", actor: manager, at, reason: " " }),
      ),
    ).toBe("REP_FIELD_REQUIRED");
  });
});
