import { governanceErrors } from "./errors.ts";
import type { AssemblyMatter, AssemblyThreshold } from "./types.ts";

/** Every matter an assembly decides, in the order of Civil Code art. 278. */
export const ASSEMBLY_MATTERS: readonly AssemblyMatter[] = [
  "maintenanceFund",
  "rebuilding",
  "commonPartsUse",
  "serviceProvider",
  "committeeElection",
  "other",
];

/** R-GOV-1: raising or using the maintenance fund, rebuilding, changing the use of common parts. */
const SPECIAL_MATTERS: ReadonlySet<AssemblyMatter> = new Set([
  "maintenanceFund",
  "rebuilding",
  "commonPartsUse",
]);

/** R-GOV-1: a vote is valid when owners of at least 2/3 of the area and 2/3 of the owners take part. */
export const PARTICIPATION_THRESHOLD: AssemblyThreshold = {
  num: 2n,
  den: 3n,
  strict: false,
  en: "at least 2/3",
  zh: "不少于三分之二",
};

/** R-GOV-1: the special majority, 3/4 of the participating area and participating owners. */
export const SPECIAL_MAJORITY: AssemblyThreshold = {
  num: 3n,
  den: 4n,
  strict: false,
  en: "at least 3/4",
  zh: "不少于四分之三",
};

/** R-GOV-1: the ordinary majority, more than half of the participating area and owners. */
export const ORDINARY_MAJORITY: AssemblyThreshold = {
  num: 1n,
  den: 2n,
  strict: true,
  en: "more than half",
  zh: "过半数",
};

export function isAssemblyMatter(value: unknown): value is AssemblyMatter {
  return typeof value === "string" && (ASSEMBLY_MATTERS as readonly string[]).includes(value);
}

/** R-GOV-1: which majority a matter needs. Throws on a matter the law does not list. */
export function majorityFor(matter: AssemblyMatter): "special" | "ordinary" {
  if (!isAssemblyMatter(matter)) throw governanceErrors.GOV_UNKNOWN_MATTER.error({ matter }, ["matter"]);
  return SPECIAL_MATTERS.has(matter) ? "special" : "ordinary";
}

/**
 * `part / whole` reaches the threshold, compared exactly in integers: `part × den ≥ num × whole`
 * (or `>` when strict). Nothing reaches a threshold out of nothing (`whole` 0).
 */
export function meetsThreshold(part: bigint, whole: bigint, threshold: AssemblyThreshold): boolean {
  if (whole <= 0n) return false;
  const left = part * threshold.den;
  const right = threshold.num * whole;
  return threshold.strict ? left > right : left >= right;
}
