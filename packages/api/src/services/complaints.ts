import { randomBytes } from "node:crypto";
import {
  businessDateOf,
  type ComplaintChannel,
  type ComplaintFacts,
  classifyComplaint,
  complaintWorkflow,
  recordComplaint,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../auth/index.ts";
import { appendHistoryEvent } from "../db/index.ts";
import { ForbiddenError, NotFoundError } from "../errors/index.ts";
import type { Complaint as ComplaintRow } from "../generated/prisma/client.ts";
import {
  complaintColumnsOf,
  loadDomainComplaint,
  publishComplaintChange,
  writeComplaintStep,
} from "./complaint-store.ts";
import { accepted, callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "./support.ts";

/**
 * Complaints 投诉, the application service: load the record, apply the domain's rule
 * (`recordComplaint`, `classifyComplaint`), write the new state and its history line in one
 * transaction. No rule is decided here; the API only decides who may ask.
 */

/** Staff who take complaints down at the desk (the customer-service centre and its manager). */
export const COMPLAINT_DESK_ROLES = ["customer_service", "manager"] as const;

export interface ComplaintFileInput {
  readonly estateId?: GlobalId | null;
  readonly unitId?: GlobalId | null;
  readonly channel?: ComplaintChannel | null;
  readonly content: string;
  readonly complainantName?: string | null;
  readonly complainantPhone?: string | null;
  readonly receivedAt?: Date | null;
}

/** Where the complaint is filed: the unit's estate, or the estate given; and who complains. */
async function intakeOf(sc: ServiceContext, input: ComplaintFileInput) {
  const { prisma, viewer } = sc;
  const unitId = input.unitId ? idOf(input.unitId, "Unit", "unit", ["input", "unitId"]) : undefined;
  const unit = unitId
    ? await prisma.unit.findUnique({ where: { id: unitId }, select: { id: true, estateId: true } })
    : undefined;
  if (unitId && !unit) throw new NotFoundError("unit", ["input", "unitId"]);
  const estateId =
    unit?.estateId ??
    (input.estateId ? idOf(input.estateId, "Estate", "estate", ["input", "estateId"]) : undefined);
  if (!estateId) throw new NotFoundError("estate", ["input", "estateId"]);
  const estate = await prisma.estate.findUnique({
    where: { id: estateId },
    select: { id: true, companyId: true },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);

  if (viewer.kind === "resident") {
    // An owner or tenant files online, about a unit of their own, as themself.
    if (!unit || !viewer.livesIn(unit.id)) throw new NotFoundError("unit", ["input", "unitId"]);
    const person = viewer.personId
      ? await prisma.person.findUnique({
          where: { id: viewer.personId },
          select: { name: true, phone: true },
        })
      : null;
    return {
      estate,
      unitId: unit.id,
      personId: viewer.personId ?? null,
      channel: "online" as const,
      name: person?.name ?? viewer.name ?? "",
      phone: person?.phone ?? undefined,
      receivedAt: sc.now,
    };
  }
  if (viewer.kind === "staff") {
    if (!viewer.isStaffIn(estate.id)) throw new NotFoundError("estate", ["input", "estateId"]);
    ensure(viewer.isStaffIn(estate.id, COMPLAINT_DESK_ROLES));
  } else if (viewer.kind === "apiKey") {
    if (estate.companyId !== viewer.companyId) throw new NotFoundError("estate", ["input", "estateId"]);
    ensure(viewer.hasApiScope("complaints:write") && viewer.userId !== undefined);
  } else {
    throw new ForbiddenError("AUTH_REQUIRED");
  }
  return {
    estate,
    unitId: unit?.id ?? null,
    personId: null,
    channel: input.channel ?? "hotline",
    name: input.complainantName ?? "",
    phone: input.complainantPhone ?? undefined,
    receivedAt: input.receivedAt ?? sc.now,
  };
}

function complaintNumber(sc: ServiceContext): string {
  const day = businessDateOf(sc.now).replaceAll("-", "");
  return `C${day}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** R-CMP-1: records a complaint from any channel; it starts `received`. */
export async function fileComplaint(sc: ServiceContext, input: ComplaintFileInput): Promise<ComplaintRow> {
  const intake = await intakeOf(sc, input);
  const recordedBy = sc.viewer.actorIn(intake.estate.id, [...COMPLAINT_DESK_ROLES]);
  const id = uuidv7();
  const complaint = callDomain(() =>
    recordComplaint({
      id,
      channel: intake.channel,
      content: input.content,
      complainant: {
        name: intake.name,
        ...(intake.unitId ? { unitId: intake.unitId } : {}),
        ...(intake.phone ? { phone: intake.phone } : {}),
      },
      receivedAt: intake.receivedAt,
      recordedBy,
    }),
  );
  const row = await sc.prisma.$transaction(async (tx) => {
    const created = await tx.complaint.create({
      data: {
        id,
        estateId: intake.estate.id,
        unitId: intake.unitId,
        personId: intake.personId,
        number: complaintNumber(sc),
        channel: complaint.channel,
        complainantName: complaint.complainant.name,
        complainantPhone: complaint.complainant.phone ?? null,
        content: complaint.content,
        receivedAt: complaint.receivedAt,
        status: complaint.status,
      },
    });
    await appendHistoryEvent(tx, id, {
      workflow: "complaint",
      action: "record",
      from: complaint.status,
      to: complaint.status,
      actor: recordedBy,
      at: sc.now,
      data: { channel: complaint.channel },
    });
    return created;
  });
  // Committed: the filer (and the estate's staff) hear of it on `complaintStatusChanged`.
  publishComplaintChange(sc, {
    recordId: id,
    estateId: row.estateId,
    action: "record",
    from: complaint.status,
    to: complaint.status,
    at: sc.now,
    filedByUserId: recordedBy.role === "system" ? null : recordedBy.id,
  });
  return row;
}

export interface ComplaintClassifyInput {
  readonly complaintId: GlobalId;
  readonly facts: ComplaintFacts;
  readonly urgent?: boolean | null;
  readonly expectedVersion?: number | null;
}

/**
 * R-CMP-2/3/4: the supervisor finds the complaint valid and classifies it; severity, criteria,
 * deadlines and reporting duties come from the domain and are stored with the history event.
 */
export async function classifyComplaintStep(sc: ServiceContext, input: ComplaintClassifyInput) {
  const loaded = await loadDomainComplaint(sc, input.complaintId);
  const { row, domain, policy } = loaded;
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(complaintWorkflow, "classify"));
  const outcome = accepted(
    callDomain(() =>
      classifyComplaint(
        domain,
        { actor, at: sc.now, facts: input.facts, ...(input.urgent != null ? { urgent: input.urgent } : {}) },
        policy,
      ),
    ),
  );
  const { complaint, classification, duties, event } = outcome;
  const complaintId = await writeComplaintStep(sc, {
    loaded,
    event,
    expectedVersion: input.expectedVersion,
    changes: complaintColumnsOf(complaint, row, classification),
  });
  return { complaintId, duties };
}
