import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { defineWorkflow, type TransitionRequest, type WorkflowEvent } from "../workflow/index.ts";
import type { RenovationSignature } from "./application.ts";
import { assertRenovationDate } from "./dates.ts";
import { renovationErrors } from "./errors.ts";
import type { RenovationViolation, RenovationViolationStatus } from "./violation.ts";

/** Data each step of a violation notice carries. */
export interface RenovationViolationActionData {
  giveVerbalNotice: undefined;
  phoneOwner: undefined;
  phoneSiteManager: undefined;
  signNotice: {
    readonly ownerSignature?: RenovationSignature;
    readonly siteManagerSignature?: RenovationSignature;
  };
  signOff: undefined;
  rectify: { readonly rectifiedOn: IsoDate };
}

export type RenovationViolationAction = keyof RenovationViolationActionData;

const INSPECTORS = ["customer_service", "engineering", "security"];

function requireSeverity(violation: RenovationViolation, severity: "minor" | "serious"): Refusal | undefined {
  if (violation.classification.severity === severity) return undefined;
  return severity === "minor"
    ? renovationErrors.REN_SERIOUS_NEEDS_WRITTEN_NOTICE.refuse(undefined)
    : renovationErrors.REN_MINOR_GETS_VERBAL_NOTICE.refuse(undefined);
}

function signed(signature: RenovationSignature | undefined): boolean {
  return signature !== undefined && signature.name.trim() !== "";
}

/**
 * The rectification notice of one violation 违章整改 (R-REN-7): a minor violation gets a verbal
 * notice; a serious one a written notice — owner phoned first, then the contractor's site
 * manager, both sign, the project manager signs off and the penalty is filed — until rectified.
 */
export const renovationViolationWorkflow = defineWorkflow<
  RenovationViolationStatus,
  RenovationViolationActionData,
  RenovationViolation
>({
  name: "renovation violation",
  states: [
    "recorded",
    "verbalNoticeGiven",
    "ownerPhoned",
    "siteManagerPhoned",
    "noticeSigned",
    "filed",
    "rectified",
  ],
  initial: "recorded",
  final: ["rectified"],
  transitions: [
    {
      action: "giveVerbalNotice",
      from: "recorded",
      to: "verbalNoticeGiven",
      rules: ["R-REN-7"],
      roles: INSPECTORS,
      guard: ({ record }) => requireSeverity(record, "minor"),
      note: "minor violation: verbal rectification notice",
    },
    {
      action: "phoneOwner",
      from: "recorded",
      to: "ownerPhoned",
      rules: ["R-REN-7"],
      roles: INSPECTORS,
      guard: ({ record }) => requireSeverity(record, "serious"),
      note: "serious violation: the owner is phoned first",
    },
    {
      action: "phoneSiteManager",
      from: "ownerPhoned",
      to: "siteManagerPhoned",
      rules: ["R-REN-7"],
      roles: INSPECTORS,
      note: "then the contractor's site manager",
    },
    {
      action: "signNotice",
      from: "siteManagerPhoned",
      to: "noticeSigned",
      rules: ["R-REN-7"],
      roles: INSPECTORS,
      guard: ({ data }) => [
        ...(signed(data.ownerSignature)
          ? []
          : [renovationErrors.REN_NOTICE_NOT_SIGNED.refuse({ party: "owner" }, ["ownerSignature"])]),
        ...(signed(data.siteManagerSignature)
          ? []
          : [
              renovationErrors.REN_NOTICE_NOT_SIGNED.refuse({ party: "siteManager" }, [
                "siteManagerSignature",
              ]),
            ]),
      ],
      note: "owner and site manager sign the written notice with its penalty",
    },
    {
      action: "signOff",
      from: "noticeSigned",
      to: "filed",
      rules: ["R-REN-7"],
      roles: ["manager"],
      note: "project manager signs off; penalty filed in the owner's archive for deduction",
    },
    {
      action: "rectify",
      from: ["verbalNoticeGiven", "filed"],
      to: "rectified",
      rules: ["R-REN-7"],
      roles: INSPECTORS,
      guard: ({ record, data }) => {
        assertRenovationDate(data.rectifiedOn, ["rectifiedOn"]);
        return data.rectifiedOn < record.observedOn
          ? renovationErrors.REN_RECTIFIED_BEFORE_OBSERVED.refuse(
              { rectifiedOn: data.rectifiedOn, observedOn: record.observedOn },
              ["rectifiedOn"],
            )
          : undefined;
      },
      note: "rectification checked on site; the daily penalty stops",
    },
  ],
});

export type AdvanceRenovationViolationResult<A extends RenovationViolationAction> =
  | {
      readonly ok: true;
      readonly violation: RenovationViolation;
      readonly event: WorkflowEvent<RenovationViolationStatus, A>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** Takes one step of a violation's notice and returns the updated violation with its history event. */
export function advanceRenovationViolation<A extends RenovationViolationAction>(
  violation: RenovationViolation,
  request: TransitionRequest<A, RenovationViolationActionData[A]>,
): AdvanceRenovationViolationResult<A> {
  const result = renovationViolationWorkflow.transition(violation.status, violation, request);
  if (!result.ok) return result;
  const data = request.data as RenovationViolationActionData[RenovationViolationAction];
  let changes: Partial<RenovationViolation> = {};
  if (request.action === "signNotice") {
    const signatures = data as RenovationViolationActionData["signNotice"];
    changes = {
      noticeSignatures: { owner: signatures.ownerSignature!, siteManager: signatures.siteManagerSignature! },
    };
  } else if (request.action === "signOff") {
    changes = { signedOff: { by: request.actor, at: request.at } };
  } else if (request.action === "rectify") {
    changes = { rectifiedOn: (data as RenovationViolationActionData["rectify"]).rectifiedOn };
  }
  return {
    ok: true,
    violation: {
      ...violation,
      ...changes,
      status: result.state,
      history: [...violation.history, result.event],
    },
    event: result.event,
  };
}
