import type {
  Renovation,
  RenovationCompletionInspection,
  RenovationEntryInspection,
  RenovationInspectingDepartment,
  RenovationSignature,
  WorkerPass,
} from "@wuye/domain";
import { isUniqueViolation, type WuyeTx } from "../../db/index.ts";
import { ValidationError } from "../../errors/index.ts";
import { dateColumn } from "../estate-dates.ts";
import type { ServiceContext } from "../support.ts";
import { type RenovationStepInput, runRenovationStep } from "./run-step.ts";

/**
 * The renovation's steps without money (R-REN-3, R-REN-6, R-REN-8): review, decision, owner's
 * confirmation, permit, entry inspection, completion acceptance and its re-inspection loop. Each
 * hands the domain what the form says and projects the outcome onto the rows that list it.
 */

/** A signature as the API receives it; it is dated now unless the form says otherwise. */
export interface SignatureInput {
  readonly name: string;
  readonly signedAt?: Date | null;
}

export function signed(input: SignatureInput | null | undefined, now: Date): RenovationSignature | undefined {
  return input ? { name: input.name, signedAt: input.signedAt ?? now } : undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The department a staff member inspects for: their role in the estate (R-REN-7, R-REN-8). */
function departmentOf(role: string): RenovationInspectingDepartment {
  return role === "engineering" || role === "security" ? role : "customer_service";
}

/** R-REN-1/R-REN-3: customer service compiles a complete file; the decision clock starts. */
export function startRenovationReview(sc: ServiceContext, input: RenovationStepInput) {
  return runRenovationStep(sc, input, {
    action: "startReview",
    data: () => undefined,
    effects: (_loaded, renovation) => ({
      columns: { decisionDueAt: renovation.review?.deadline.due ?? null },
    }),
  });
}

export interface RenovationDecisionInput extends RenovationStepInput {
  readonly customerServiceHead?: SignatureInput | null;
  readonly engineeringHead?: SignatureInput | null;
}

/** R-REN-3: both department heads' signatures, kept as the file's review approvals. */
function decisionRows(renovation: Renovation, sc: ServiceContext) {
  const decision = renovation.decision;
  return async (tx: WuyeTx) => {
    if (!decision) return;
    const heads = {
      customerServiceReview: decision.customerServiceHead,
      engineeringReview: decision.engineeringHead,
    };
    await tx.renovationApproval.createMany({
      data: (["customerServiceReview", "engineeringReview"] as const).map((kind) => ({
        applicationId: renovation.id,
        kind,
        decision: decision.outcome,
        decidedAt: decision.decidedAt,
        // The engineering reviewer acts in the API; the customer-service head signs on paper.
        signedById: kind === "engineeringReview" ? (sc.viewer.userId ?? null) : null,
        note: heads[kind].name,
      })),
      skipDuplicates: true,
    });
  };
}

/** R-REN-1/2/3/4: engineering approves a file that is complete, approved and allowed. */
export function approveRenovation(sc: ServiceContext, input: RenovationDecisionInput) {
  return runRenovationStep(sc, input, {
    action: "approve",
    data: () => ({
      ...optionalSignature("customerServiceHead", signed(input.customerServiceHead, sc.now)),
      ...optionalSignature("engineeringHead", signed(input.engineeringHead, sc.now)),
    }),
    effects: (_loaded, renovation) => ({
      columns: { decidedAt: sc.now },
      write: decisionRows(renovation, sc),
    }),
  });
}

/** R-REN-3: engineering rejects, with the reason and both heads' signatures. */
export function rejectRenovation(
  sc: ServiceContext,
  input: RenovationDecisionInput & { readonly reason: string },
) {
  return runRenovationStep(sc, input, {
    action: "reject",
    data: () => ({
      reason: input.reason,
      ...optionalSignature("customerServiceHead", signed(input.customerServiceHead, sc.now)),
      ...optionalSignature("engineeringHead", signed(input.engineeringHead, sc.now)),
    }),
    effects: (_loaded, renovation) => ({
      columns: { decidedAt: sc.now },
      write: decisionRows(renovation, sc),
    }),
  });
}

function optionalSignature<K extends string>(key: K, signature: RenovationSignature | undefined) {
  return (signature ? { [key]: signature } : {}) as { [P in K]?: RenovationSignature };
}

/** R-REN-3: the owner signs the decision (approval → confirmed, rejection → closed). */
export function confirmRenovationDecision(
  sc: ServiceContext,
  input: RenovationStepInput & { readonly ownerSignature?: SignatureInput | null },
) {
  return runRenovationStep(sc, input, {
    action: "confirmDecision",
    data: () => optionalSignature("ownerSignature", signed(input.ownerSignature, sc.now)),
    effects: (loaded) => ({
      write: async (tx) => {
        await tx.renovationApproval.createMany({
          data: {
            applicationId: loaded.row.id,
            kind: "ownerConfirmation",
            decision: loaded.renovation.decision?.outcome ?? "approved",
            decidedAt: sc.now,
            note: input.ownerSignature?.name ?? null,
          },
          skipDuplicates: true,
        });
      },
    }),
  });
}

export interface RenovationIssuePermitInput extends RenovationStepInput {
  readonly permitNumber: string;
  readonly servicePhone: string;
  readonly workerPasses: readonly WorkerPass[];
  readonly departmentsNotified: readonly RenovationInspectingDepartment[];
}

/** R-REN-6: the construction permit with the service phone, worker passes, departments told. */
export async function issueRenovationPermit(sc: ServiceContext, input: RenovationIssuePermitInput) {
  try {
    return await runRenovationStep(sc, input, {
      action: "issuePermit",
      data: () => ({
        permitNumber: input.permitNumber,
        servicePhone: input.servicePhone,
        workerPasses: input.workerPasses.map((p) => ({ passNumber: p.passNumber, workerName: p.workerName })),
        departmentsNotified: [...new Set(input.departmentsNotified)],
      }),
      effects: () => ({ columns: { permitNumber: input.permitNumber.trim(), permitIssuedAt: sc.now } }),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const path = ["input", "permitNumber"];
    throw new ValidationError([{ path, message: `Permit number ${input.permitNumber} is already in use` }]);
  }
}

export interface RenovationStartWorkInput extends RenovationStepInput {
  readonly entryInspection: {
    readonly inspectedOn: Date;
    readonly contractorSignature?: SignatureInput | null;
    readonly staffSignature?: SignatureInput | null;
    readonly existingDamage?: readonly { readonly location: string; readonly description: string }[] | null;
  };
}

/** R-REN-6: the entry inspection signed with the contractor; the site becomes active. */
export function startRenovationWork(sc: ServiceContext, input: RenovationStartWorkInput) {
  const entry = input.entryInspection;
  const contractorSignature = signed(entry.contractorSignature, sc.now);
  const staffSignature = signed(entry.staffSignature, sc.now);
  const inspection: RenovationEntryInspection = {
    inspectedOn: isoDate(entry.inspectedOn),
    ...(contractorSignature ? { contractorSignature } : {}),
    ...(staffSignature ? { staffSignature } : {}),
    existingDamage: (entry.existingDamage ?? []).map((d) => ({
      location: d.location,
      description: d.description,
    })),
  };
  return runRenovationStep(sc, input, {
    action: "startWork",
    data: () => ({ entryInspection: inspection }),
    effects: (loaded) => ({
      write: async (tx) => {
        await tx.renovationInspection.create({
          data: {
            applicationId: loaded.row.id,
            kind: "entry",
            department: departmentOf(
              sc.viewer.actorIn(loaded.row.estateId, ["customer_service", "engineering"]).role,
            ),
            inspectedOn: entry.inspectedOn,
            inspectedAt: sc.now,
            inspectorId: sc.viewer.userId ?? "",
            passed: true,
            findings:
              inspection.existingDamage.map((d) => `${d.location}: ${d.description}`).join("; ") || null,
          },
        });
      },
    }),
  });
}

/** R-REN-8: the owner applies for acceptance (or re-inspection) on an agreed date. */
export function applyForRenovationCompletion(
  sc: ServiceContext,
  input: RenovationStepInput & { readonly agreedInspectionDate: Date },
  action: "applyForCompletion" | "reapplyForInspection" = "applyForCompletion",
) {
  return runRenovationStep(sc, input, {
    action,
    data: () => ({ agreedInspectionDate: isoDate(input.agreedInspectionDate) }),
  });
}

export interface RenovationInspectionInput extends RenovationStepInput {
  readonly inspection: {
    readonly inspectedOn: Date;
    readonly inspectors: readonly {
      readonly department: RenovationInspectingDepartment;
      readonly name: string;
    }[];
    readonly failures?: readonly { readonly item: string; readonly rectificationRequired: string }[] | null;
  };
}

/**
 * R-REN-8: engineering and security inspect the finished work. No failure → accepted, and the
 * deposit's refund date is set (R-REN-9); failures → each with the rectification it requires.
 */
export function inspectRenovationCompletion(
  sc: ServiceContext,
  input: RenovationInspectionInput,
  action: "accept" | "requireRectification",
) {
  const inspection: RenovationCompletionInspection = {
    inspectedOn: isoDate(input.inspection.inspectedOn),
    inspectors: input.inspection.inspectors.map((i) => ({ department: i.department, name: i.name })),
    failures: (input.inspection.failures ?? []).map((f) => ({
      item: f.item,
      rectificationRequired: f.rectificationRequired,
    })),
  };
  return runRenovationStep(sc, input, {
    action,
    data: () => ({ inspection }),
    effects: (loaded, renovation) => ({
      columns:
        action === "accept" && renovation.acceptedOn ? { acceptedOn: dateColumn(renovation.acceptedOn) } : {},
      write: async (tx) => {
        const earlier = loaded.renovation.completion?.inspections.length ?? 0;
        await tx.renovationInspection.create({
          data: {
            applicationId: loaded.row.id,
            kind: earlier === 0 ? "completion" : "reinspection",
            department: departmentOf(
              sc.viewer.actorIn(loaded.row.estateId, ["engineering", "security"]).role,
            ),
            inspectedOn: input.inspection.inspectedOn,
            inspectedAt: sc.now,
            inspectorId: sc.viewer.userId ?? "",
            passed: action === "accept",
            findings:
              inspection.failures.map((f) => `${f.item} → ${f.rectificationRequired}`).join("; ") || null,
          },
        });
      },
    }),
  });
}
