import { businessDateOf } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { defineWorkflow } from "../workflow/index.ts";
import { decideRelease } from "./decide-release.ts";
import { releaseErrors } from "./errors.ts";
import { type ReleasePolicyInput, resolveReleasePolicy } from "./policy.ts";
import { checkReleaseSignOff } from "./sign-off.ts";
import type {
  ReleaseHistoryEntry,
  ReleasePass,
  ReleasePassSignOff,
  ReleasePassStatus,
  UnitAccountStatement,
} from "./types.ts";

/** What the desk brings to an approval. */
export interface ApproveReleaseData {
  readonly accountStatement?: UnitAccountStatement;
  readonly history?: readonly ReleaseHistoryEntry[];
  readonly policy?: ReleasePolicyInput;
}

/** Why the desk refuses: a sentence for the carrier, and the refusals it rests on. */
export interface RefuseReleaseData {
  readonly reason: string;
  readonly refusals?: readonly Refusal[];
}

/** What the gate records when the items leave. */
export interface ReleaseAtGateData {
  readonly signOff: ReleasePassSignOff;
  /** The guard compared the items carried with the lines on the pass (R-ACC-2). */
  readonly itemsMatchPass: boolean;
  readonly policy?: ReleasePolicyInput;
}

export interface ReleasePassActions {
  approve: ApproveReleaseData;
  refuse: RefuseReleaseData;
  release: ReleaseAtGateData;
  archive: undefined;
}

/**
 * The release pass 物品放行条 (R-REL-1…5): requested at the customer-service desk, approved or
 * refused there, released at the gate by security once signed, then archived (R-QLT-2).
 */
export const releasePassWorkflow = defineWorkflow<ReleasePassStatus, ReleasePassActions, ReleasePass>({
  name: "release pass",
  states: ["requested", "approved", "refused", "released", "archived"],
  initial: "requested",
  final: ["archived"],
  transitions: [
    {
      action: "approve",
      from: "requested",
      to: "approved",
      rules: ["R-REL-1", "R-REL-2", "R-REL-3", "R-REL-4"],
      roles: ["customer_service", "manager"],
      note: "identity recorded, account settled when moving out, owner/company consent phoned",
      guard: ({ record, data, at }) => {
        const policy = { timeZone: record.timeZone, ...data.policy };
        const decision = decideRelease(record, { ...data, at, passId: record.id, policy });
        return decision.refusals.length > 0 ? decision.refusals : undefined;
      },
    },
    {
      action: "refuse",
      from: "requested",
      to: "refused",
      rules: ["R-REL-3", "R-REL-4"],
      roles: ["customer_service", "manager"],
      note: "the reason is written down",
      guard: ({ data }) =>
        data.reason.trim() === "" && (data.refusals ?? []).length === 0
          ? releaseErrors.REL_REFUSAL_REASON_MISSING.refuse(undefined, ["reason"])
          : undefined,
    },
    {
      action: "release",
      from: "approved",
      to: "released",
      rules: ["R-REL-3", "R-REL-5"],
      roles: ["security"],
      note: "signed by desk, carrier and owner (or phoned consent), blank lines struck, items match",
      guard: ({ record, data, at }) => {
        const policy = resolveReleasePolicy({ timeZone: record.timeZone, ...data.policy });
        const refusals: Refusal[] = [...checkReleaseSignOff(record, data.signOff, policy)];
        if (!data.itemsMatchPass)
          refusals.push(releaseErrors.REL_ITEMS_DO_NOT_MATCH.refuse(undefined, ["items"]));
        // R-REL-3 "截止当日": the account was settled up to the approval day, not the day after.
        const today = businessDateOf(at, record.timeZone);
        const approvedOn = record.decision?.date ?? businessDateOf(record.requestedAt, record.timeZone);
        if (record.reason === "movingOut" && approvedOn !== today) {
          refusals.push(
            releaseErrors.REL_APPROVAL_OUTDATED.refuse({ approvedOn, date: today }, ["decision"]),
          );
        }
        return refusals;
      },
    },
    {
      action: "archive",
      from: ["released", "refused"],
      to: "archived",
      rules: ["R-REL-5", "R-QLT-2"],
      roles: ["customer_service", "archivist"],
      note: "the signed pass, or the refusal, is filed",
    },
  ],
});
