import {
  type Actor,
  approveComplaintResult,
  assignComplaint,
  type Complaint,
  type ComplaintEvent,
  type ComplaintSatisfaction,
  closeComplaint,
  closeInvalidComplaint,
  complaintWorkflow,
  declareComplaintInvalid,
  type Refusal,
  recordComplaintHandling,
  recordComplaintReturnVisit,
  replyToComplainant,
  reportComplaintBack,
  returnComplaintToDepartment,
} from "@wuye/domain";
import { staffRolesFor } from "../auth/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Department } from "../generated/prisma/enums.ts";
import {
  complaintColumnsOf,
  type LoadedComplaint,
  loadDomainComplaint,
  writeComplaintStep,
} from "./complaint-store.ts";
import { accepted, callDomain, type GlobalId, type ServiceContext } from "./support.ts";

/**
 * The complaint flow of R-CMP-2/5/6 after classification, one function per step of the domain's
 * `complaintWorkflow`: load the complaint the viewer may see, run the domain's step as the
 * viewer's role in that estate, write state, columns and history together, then publish.
 */

/** What every step's input carries: which complaint, and the version the client read. */
export interface ComplaintStepInput {
  readonly complaintId: GlobalId;
  readonly expectedVersion?: number | null;
}

type Accepted = { readonly ok: true; readonly complaint: Complaint; readonly event: ComplaintEvent };
type Outcome<O extends Accepted> = O | { readonly ok: false; readonly refusals: readonly Refusal[] };

export interface ComplaintStepRun<O extends Accepted> {
  /** The staff roles that may take the step (the domain checks them again). */
  readonly roles: readonly string[];
  readonly run: (loaded: LoadedComplaint, by: { readonly actor: Actor; readonly at: Date }) => Outcome<O>;
  /** Columns the step sets besides the domain's stored record (department, reply time…). */
  readonly columns?: (outcome: O) => Prisma.ComplaintUncheckedUpdateManyInput;
  /** The criteria to store when the step re-classified the severity. */
  readonly classification?: (outcome: O) => Parameters<typeof complaintColumnsOf>[2];
}

/** Takes one step on a complaint: the shared load → domain → write → publish of every step. */
export async function takeComplaintStep<O extends Accepted>(
  sc: ServiceContext,
  input: ComplaintStepInput,
  step: ComplaintStepRun<O>,
): Promise<{ readonly complaintId: string; readonly outcome: O }> {
  const loaded = await loadDomainComplaint(sc, input.complaintId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, step.roles);
  const outcome = accepted(callDomain(() => step.run(loaded, { actor, at: sc.now })));
  const complaintId = await writeComplaintStep(sc, {
    loaded,
    event: outcome.event,
    expectedVersion: input.expectedVersion,
    changes: {
      ...complaintColumnsOf(outcome.complaint, loaded.row, step.classification?.(outcome)),
      ...step.columns?.(outcome),
    },
  });
  return { complaintId, outcome };
}

/** The roles the domain's transition table gives an action. */
const rolesOf = (action: Parameters<typeof staffRolesFor>[1]) => staffRolesFor(complaintWorkflow, action);

/** R-CMP-2: the supervisor judges the complaint invalid, saying why. */
export function declareComplaintInvalidStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { reason: string },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("declareInvalid"),
    run: ({ domain }, by) => declareComplaintInvalid(domain, { ...by, reason: input.reason }),
    columns: () => ({ invalidReason: input.reason }),
  });
}

/** R-CMP-2: an invalid complaint closes once the polite explanation is recorded. */
export function closeInvalidComplaintStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { explanation: string },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("closeInvalid"),
    run: ({ domain }, by) => closeInvalidComplaint(domain, { ...by, explanation: input.explanation }),
    columns: () => ({ closedAt: sc.now }),
  });
}

/** R-CMP-5: the classified complaint goes to the responsible department. */
export function assignComplaintStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { department: Department },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("assign"),
    run: ({ domain }, by) => assignComplaint(domain, { ...by, department: input.department }),
    columns: () => ({ department: input.department }),
  });
}

/** R-CMP-5: the department records how it handled the complaint. */
export function recordComplaintHandlingStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { handling: string },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("handle"),
    run: ({ domain }, by) => recordComplaintHandling(domain, { ...by, handling: input.handling }),
  });
}

/** R-CMP-5: the department reports the result back to customer service. */
export function reportComplaintBackStep(sc: ServiceContext, input: ComplaintStepInput & { result: string }) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("reportBack"),
    run: ({ domain }, by) => reportComplaintBack(domain, { ...by, result: input.result }),
    columns: () => ({ resolution: input.result }),
  });
}

/** R-CMP-5: the customer-service manager agrees the result; the reply is due the same day. */
export function approveComplaintResultStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { note?: string | null },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("approveResult"),
    run: ({ domain, policy }, by) =>
      approveComplaintResult(domain, { ...by, ...(input.note != null ? { note: input.note } : {}) }, policy),
  });
}

/** R-CMP-5: the manager does not agree the result and sends it back, saying why. */
export function returnComplaintToDepartmentStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { reason: string },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("returnToDepartment"),
    run: ({ domain }, by) => returnComplaintToDepartment(domain, { ...by, reason: input.reason }),
    columns: () => ({ resolution: null }),
  });
}

/** R-CMP-5: the result is replied to the customer (意见受理回复表). */
export function replyToComplainantStep(sc: ServiceContext, input: ComplaintStepInput & { reply: string }) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("reply"),
    run: ({ domain }, by) => replyToComplainant(domain, { ...by, reply: input.reply }),
    columns: () => ({ repliedAt: sc.now }),
  });
}

/** R-CMP-5: customer service calls or visits the customer back. */
export function recordComplaintReturnVisitStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { notes: string },
) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("recordReturnVisit"),
    run: ({ domain }, by) => recordComplaintReturnVisit(domain, { ...by, notes: input.notes }),
  });
}

export interface ComplaintCloseInput extends ComplaintStepInput {
  readonly satisfaction: ComplaintSatisfaction;
  readonly customerConfirmation: string;
  readonly causes?: readonly string[] | null;
}

/** R-CMP-6: closed with the customer's satisfaction, confirmation and causes. */
export function closeComplaintStep(sc: ServiceContext, input: ComplaintCloseInput) {
  return takeComplaintStep(sc, input, {
    roles: rolesOf("close"),
    run: ({ domain }, by) =>
      closeComplaint(domain, {
        ...by,
        satisfaction: input.satisfaction,
        customerConfirmation: input.customerConfirmation,
        causes: [...(input.causes ?? [])],
      }),
    columns: () => ({ closedAt: sc.now, satisfaction: input.satisfaction }),
  });
}
