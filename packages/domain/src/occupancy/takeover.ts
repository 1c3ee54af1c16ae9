import type { Refusal } from "../errors/index.ts";
import { type Actor, defineWorkflow, type WorkflowEvent } from "../workflow/index.ts";
import { occupancyErrors } from "./errors.ts";
import { DEFAULT_OCCUPANCY_POLICY, type OccupancyPolicy } from "./policy.ts";
import type {
  OccupancyCheck,
  TakeoverDefect,
  TakeoverDefectStatus,
  TakeoverInspection,
  TakeoverScope,
} from "./types.ts";

/** How the takeover scopes are named, in English and in Chinese. */
export const TAKEOVER_SCOPE_NAMES: Record<TakeoverScope, { scope: string; scopeZh: string }> = {
  civilWorks: { scope: "civil works", scopeZh: "土建" },
  plumbing: { scope: "plumbing", scopeZh: "给排水" },
  electrical: { scope: "electrical systems", scopeZh: "电气" },
  fire: { scope: "fire protection", scopeZh: "消防" },
  smartSystems: { scope: "smart systems", scopeZh: "智能化系统" },
  greening: { scope: "greening", scopeZh: "绿化" },
};

export interface TakeoverDefectActions {
  /** The defect goes to the developer in a written report. */
  report: { readonly reportRef: string };
  /** The developer says it is rectified. */
  rectify: { readonly note?: string };
  /** Re-inspected and accepted. */
  accept: undefined;
  /** Re-inspected and still wrong: back to the developer. */
  reopen: { readonly finding: string };
}

/**
 * A takeover defect 承接查验问题 (R-HND-1): recorded, reported to the developer in writing,
 * rectified, and closed only when re-inspection accepts it; a failed re-inspection reopens it.
 */
export const takeoverDefectWorkflow = defineWorkflow<
  TakeoverDefectStatus,
  TakeoverDefectActions,
  TakeoverDefect
>({
  name: "takeover defect",
  states: ["recorded", "reported", "rectified", "closed"],
  initial: "recorded",
  final: ["closed"],
  transitions: [
    {
      action: "report",
      from: "recorded",
      to: "reported",
      rules: ["R-HND-1"],
      roles: ["engineering", "manager"],
      note: "in a written report to the developer",
      guard: ({ data }) =>
        data.reportRef.trim() === ""
          ? occupancyErrors.OCC_DEFECT_REPORT_MISSING.refuse(undefined, ["reportRef"])
          : undefined,
    },
    {
      action: "rectify",
      from: "reported",
      to: "rectified",
      rules: ["R-HND-1"],
      roles: ["engineering", "manager"],
      note: "the developer reports the work done",
    },
    {
      action: "accept",
      from: "rectified",
      to: "closed",
      rules: ["R-HND-1"],
      roles: ["engineering", "manager"],
      note: "re-inspection accepts the rectification",
    },
    {
      action: "reopen",
      from: "rectified",
      to: "reported",
      rules: ["R-HND-1"],
      roles: ["engineering", "manager"],
      note: "re-inspection fails; the finding is recorded",
      guard: ({ data }) =>
        data.finding.trim() === ""
          ? occupancyErrors.OCC_DEFECT_FINDING_MISSING.refuse(undefined, ["finding"])
          : undefined,
    },
  ],
});

export type TakeoverDefectStep<A extends keyof TakeoverDefectActions> =
  | {
      readonly ok: true;
      readonly defect: TakeoverDefect;
      readonly event: WorkflowEvent<TakeoverDefectStatus, A>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** Moves a takeover defect one step and records what the step carries (report, finding). */
export function advanceTakeoverDefect<A extends keyof TakeoverDefectActions>(
  defect: TakeoverDefect,
  action: A,
  data: TakeoverDefectActions[A],
  options: { readonly actor: Actor; readonly at: Date },
): TakeoverDefectStep<A> {
  const result = takeoverDefectWorkflow.transition(defect.status, defect, { action, data, ...options });
  if (!result.ok) return result;
  const carried = (data ?? {}) as Partial<TakeoverDefectActions["report"] & TakeoverDefectActions["reopen"]>;
  return {
    ok: true,
    event: result.event,
    defect: {
      ...defect,
      status: result.state,
      ...(carried.reportRef ? { reportRef: carried.reportRef } : {}),
      ...(carried.finding ? { findings: [...(defect.findings ?? []), carried.finding] } : {}),
    },
  };
}

/**
 * R-HND-1: takeover is complete when every scope was inspected and every defect found is closed
 * (rectified and accepted). Returns every scope and defect still open.
 */
export function checkTakeoverCompletion(
  inspection: TakeoverInspection,
  policy: Pick<OccupancyPolicy, "takeoverScopes"> = DEFAULT_OCCUPANCY_POLICY,
): OccupancyCheck & { readonly openDefects: readonly TakeoverDefect[] } {
  const missing: Refusal[] = policy.takeoverScopes
    .filter((scope) => !inspection.scopesInspected.includes(scope))
    .map((scope) =>
      occupancyErrors.OCC_TAKEOVER_SCOPE_NOT_INSPECTED.refuse(TAKEOVER_SCOPE_NAMES[scope], [
        "scopesInspected",
      ]),
    );
  const openDefects = inspection.defects.filter((defect) => defect.status !== "closed");
  for (const defect of openDefects) {
    missing.push(
      occupancyErrors.OCC_TAKEOVER_DEFECT_OPEN.refuse({ id: defect.id, status: defect.status }, [
        "defects",
        defect.id,
      ]),
    );
  }
  return { complete: missing.length === 0, missing, openDefects, rules: ["R-HND-1"] };
}
