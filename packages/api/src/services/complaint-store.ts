import type {
  Actor,
  Complaint,
  ComplaintEvent,
  ComplaintFacts,
  ComplaintPolicy,
  FiredComplaintCriterion,
} from "@wuye/domain";
import { visibleComplaints } from "../auth/index.ts";
import { recordTransition, toJsonValue, type WuyeDb } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";
import type { Complaint as ComplaintRow, Prisma } from "../generated/prisma/client.ts";
import type { WorkflowStatusChange } from "../pubsub/index.ts";
import { type GlobalId, idOf, reviveDomainData, type ServiceContext, writeStep } from "./support.ts";

/**
 * How a complaint's domain record is kept between requests. The row's columns hold what a client
 * lists and filters on (status, severity, department, due instants…); what the domain needs
 * beyond them — the facts, the severity history and every deadline with its extensions — is kept
 * as the domain produced it in the `classification` column, and the history table holds the rest
 * (who recorded it, each step's text). Nothing here decides a rule.
 */

/** What the service stores of the domain's record, to rebuild it later. */
export interface StoredComplaint {
  readonly facts?: ComplaintFacts;
  readonly urgent?: boolean;
  readonly classifiedAt?: Date;
  readonly resolvedAt?: Date;
  readonly severityHistory?: Complaint["severityHistory"];
  readonly deadlines?: Complaint["deadlines"];
  /** The R-CMP-3 criteria that fired when the severity was last set, and their rules. */
  readonly criteria?: readonly FiredComplaintCriterion[];
  readonly rules?: readonly string[];
}

export function storedComplaintOf(row: Pick<ComplaintRow, "classification">): StoredComplaint {
  return reviveDomainData<StoredComplaint | null>(row.classification) ?? {};
}

/** The estate's complaint policy overrides (`Estate.policy.complaints`), defaults otherwise. */
export function complaintPolicyOf(policy: unknown): Partial<ComplaintPolicy> {
  return ((policy ?? {}) as { complaints?: Partial<ComplaintPolicy> }).complaints ?? {};
}

/**
 * The domain's complaint from its row alone (for read-only measures such as overdue steps):
 * who recorded it and the last step's time come from history, so placeholders stand in here.
 */
export function domainComplaintOf(
  row: ComplaintRow,
  from: { readonly recordedBy?: Actor; readonly lastStepAt?: Date } = {},
): Complaint {
  const stored = storedComplaintOf(row);
  return {
    id: row.id,
    status: row.status,
    channel: row.channel,
    content: row.content,
    complainant: {
      name: row.complainantName,
      ...(row.unitId ? { unitId: row.unitId } : {}),
      ...(row.complainantPhone ? { phone: row.complainantPhone } : {}),
    },
    receivedAt: row.receivedAt,
    recordedBy: from.recordedBy ?? { id: "unknown", role: "unknown" },
    lastStepAt: from.lastStepAt ?? row.receivedAt,
    ...(stored.facts ? { facts: stored.facts } : {}),
    ...(stored.urgent !== undefined ? { urgent: stored.urgent } : {}),
    ...(row.severity ? { severity: row.severity } : {}),
    ...(stored.classifiedAt ? { classifiedAt: stored.classifiedAt } : {}),
    ...(stored.resolvedAt ? { resolvedAt: stored.resolvedAt } : {}),
    ...(row.department ? { department: row.department } : {}),
    severityHistory: stored.severityHistory ?? [],
    deadlines: stored.deadlines ?? [],
  };
}

export interface LoadedComplaint {
  readonly row: ComplaintRow;
  readonly domain: Complaint;
  readonly policy: Partial<ComplaintPolicy>;
  /** The user who filed it (the actor of its first history line): they follow it. */
  readonly filedByUserId: string | null;
}

/** Loads a complaint the viewer may see and rebuilds the domain's record; "not found" otherwise. */
export async function loadDomainComplaint(
  sc: ServiceContext,
  complaintId: GlobalId,
): Promise<LoadedComplaint> {
  const id = idOf(complaintId, "Complaint", "complaint", ["input", "complaintId"]);
  const found = await sc.prisma.complaint.findFirst({
    where: { id, AND: [visibleComplaints(sc.viewer)] },
    include: { estate: { select: { policy: true } } },
  });
  if (!found) throw new NotFoundError("complaint", ["input", "complaintId"]);
  return rebuildLoadedComplaint(sc.prisma, found);
}

/** The domain's record of a complaint row: who recorded it and its last step come from history. */
export async function rebuildLoadedComplaint(
  prisma: WuyeDb,
  found: ComplaintRow & { readonly estate: { readonly policy: unknown } },
): Promise<LoadedComplaint> {
  const events = await prisma.workflowEvent.findMany({
    where: { workflow: "complaint", recordId: found.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { actorId: true, actorRole: true, at: true },
  });
  const first = events[0];
  const recordedBy: Actor = first
    ? { id: first.actorId ?? "system", role: first.actorRole }
    : { id: "unknown", role: "unknown" };
  const { estate, ...row } = found;
  const lastStepAt = events.at(-1)?.at ?? row.receivedAt;
  return {
    row,
    domain: domainComplaintOf(row, { recordedBy, lastStepAt }),
    policy: complaintPolicyOf(estate.policy),
    filedByUserId: first?.actorId ?? null,
  };
}

/** The columns that follow from the domain's record after any step: stored state and due instants. */
export function complaintColumnsOf(
  complaint: Complaint,
  row: ComplaintRow,
  classification?: {
    readonly criteria: readonly FiredComplaintCriterion[];
    readonly rules: readonly string[];
  },
): Prisma.ComplaintUncheckedUpdateManyInput {
  const previous = storedComplaintOf(row);
  const due = (step: string) => complaint.deadlines.find((d) => d.step === step)?.deadline.due ?? null;
  const stored: StoredComplaint = {
    ...previous,
    facts: complaint.facts ?? {},
    urgent: complaint.urgent ?? false,
    ...(complaint.classifiedAt ? { classifiedAt: complaint.classifiedAt } : {}),
    ...(complaint.resolvedAt ? { resolvedAt: complaint.resolvedAt } : {}),
    severityHistory: complaint.severityHistory,
    deadlines: complaint.deadlines,
    ...(classification ? { criteria: classification.criteria, rules: classification.rules } : {}),
  };
  return {
    severity: complaint.severity ?? null,
    urgent: complaint.urgent ?? false,
    complainantCount: complaint.facts?.complainantsAboutSameEvent ?? row.complainantCount,
    classification: toJsonValue(stored),
    answerDueAt: due("answer"),
    resolveDueAt: due("resolution") ?? due("handling"),
    nextReplyAt: complaint.nextReply?.replyBy ?? null,
  };
}

export interface ComplaintStepWrite {
  readonly loaded: LoadedComplaint;
  readonly event: ComplaintEvent;
  readonly expectedVersion?: number | null | undefined;
  readonly changes: Prisma.ComplaintUncheckedUpdateManyInput;
}

/**
 * Writes a step — the new state, the columns and the history line — in one transaction; a record
 * someone else moved first is a `ConflictError`. Once committed, a change of status is published
 * to subscribers (the filer and the estate's staff); records kept beside the flow are not.
 */
export async function writeComplaintStep(
  sc: Pick<ServiceContext, "prisma" | "pubsub">,
  write: ComplaintStepWrite,
): Promise<string> {
  const { loaded, event } = write;
  const id = loaded.row.id;
  await writeStep("complaint", () =>
    sc.prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: id,
        event: { ...event, workflow: "complaint" },
        ...(write.expectedVersion != null ? { expectedVersion: write.expectedVersion } : {}),
        changes: write.changes,
      }),
    ),
  );
  if (event.from !== event.to) {
    publishComplaintChange(sc, {
      recordId: id,
      estateId: loaded.row.estateId,
      action: event.action,
      from: event.from,
      to: event.to,
      at: event.at,
      filedByUserId: loaded.filedByUserId,
    });
  }
  return id;
}

/** Publishes a committed complaint change on the event bus (see src/pubsub). */
export function publishComplaintChange(
  sc: Pick<ServiceContext, "pubsub">,
  change: Omit<WorkflowStatusChange, "workflow" | "at"> & { readonly at: Date },
): void {
  sc.pubsub.publish("workflow:status", change.estateId, {
    ...change,
    workflow: "complaint",
    at: change.at.toISOString(),
  });
}
