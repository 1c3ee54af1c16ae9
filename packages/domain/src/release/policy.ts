import { DEFAULT_TIME_ZONE } from "../calendar/index.ts";
import { releaseErrors } from "./errors.ts";
import type { ReleaseItemCategory } from "./types.ts";

/** An estate's settings for item release; every field has a documented default. */
export interface ReleasePolicy {
  /**
   * The categories that leave only with a pass (R-REL-1).
   * @default every category but `smallItem`
   */
  readonly passRequiredFor: readonly ReleaseItemCategory[];
  /**
   * R-REL-2: flag a unit when this many single-item temporary passes fall within `withinDays`
   * days (the current one included).
   * @default { passes: 3, withinDays: 30 }
   */
  readonly unusualRemoval: { readonly passes: number; readonly withinDays: number };
  /**
   * Item lines printed on one pass form; unused lines are struck through (R-REL-5).
   * @default 5
   */
  readonly formItemLines: number;
  /** @default "Asia/Shanghai" */
  readonly timeZone: string;
}

export const DEFAULT_RELEASE_POLICY: ReleasePolicy = {
  passRequiredFor: ["furniture", "officeDesk", "computer", "appliance", "carton", "largeParcel", "largeBag"],
  unusualRemoval: { passes: 3, withinDays: 30 },
  formItemLines: 5,
  timeZone: DEFAULT_TIME_ZONE,
};

/** An estate's overrides merged over the defaults, checked once. */
export type ReleasePolicyInput = Partial<ReleasePolicy>;

export function resolveReleasePolicy(input: ReleasePolicyInput = {}): ReleasePolicy {
  const policy: ReleasePolicy = { ...DEFAULT_RELEASE_POLICY, ...input };
  const counts: [string, number][] = [
    ["unusualRemoval.passes", policy.unusualRemoval.passes],
    ["unusualRemoval.withinDays", policy.unusualRemoval.withinDays],
    ["formItemLines", policy.formItemLines],
  ];
  for (const [field, value] of counts) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw releaseErrors.REL_INVALID_POLICY.error({ field, value: String(value) }, [field]);
    }
  }
  return policy;
}
