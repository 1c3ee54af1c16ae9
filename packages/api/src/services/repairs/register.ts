import { randomBytes } from "node:crypto";
import {
  type Actor,
  businessDateOf,
  type RepairComponentCategory,
  type RepairOrder,
  type RepairPolicyOverrides,
  type RepairTrade,
  registerRepair,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import type { Viewer } from "../../auth/index.ts";
import { appendHistoryEvent, type WuyeTx } from "../../db/index.ts";
import { ForbiddenError, NotFoundError } from "../../errors/index.ts";
import type { RepairOrder as RepairOrderRow } from "../../generated/prisma/client.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { type RepairDetails, repairColumnsOf, repairJson, repairPolicyOf } from "./records.ts";

/** Staff who take repair requests down at the desk 报修登记 (R-REP-1). */
export const REPAIR_DESK_ROLES = ["customer_service", "manager"] as const;

/**
 * The actor a repair rule sees. An owner or tenant acts in their role for THIS unit (someone who
 * owns one flat and rents another is a tenant for the rented one), so "only the owner of the unit
 * accepts the quote" is the domain's role check; staff act in the first role the workflow allows.
 */
export function repairActorOf(
  viewer: Viewer,
  order: { estateId: string; unitId: string | null },
  allowed: readonly string[],
): Actor {
  if (viewer.kind !== "resident") return viewer.actorIn(order.estateId, allowed);
  const roles = viewer.units.filter((u) => u.unitId === order.unitId).map((u) => u.role as string);
  const role = roles.includes("owner") ? "owner" : (roles[0] ?? "none");
  return { id: viewer.userId ?? "anonymous", role, ...(viewer.name ? { name: viewer.name } : {}) };
}

function repairNumber(now: Date): string {
  return `R${businessDateOf(now).replaceAll("-", "")}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** A repair order to write: the domain's registered order and what the columns add. */
export interface NewRepairOrder {
  readonly order: RepairOrder;
  readonly estateId: string;
  readonly unitId: string | null;
  readonly location?: string | null;
  readonly actor: Actor;
  readonly details: RepairDetails;
  readonly policy: RepairPolicyOverrides;
  /** What the history line records besides the category and trade (e.g. the patrol finding). */
  readonly source?: Record<string, unknown>;
}

/**
 * Writes a newly registered order and its first history line, inside the caller's transaction
 * (the desk's registration, or a work order a patrol finding raised).
 */
export async function insertRepairOrder(
  tx: WuyeTx,
  now: Date,
  input: NewRepairOrder,
): Promise<RepairOrderRow> {
  const { order } = input;
  const row = await tx.repairOrder.create({
    data: {
      id: order.id,
      estateId: input.estateId,
      unitId: input.unitId,
      number: repairNumber(now),
      requesterName: order.reportedBy,
      requesterPhone: order.contact,
      location: input.location ?? null,
      description: order.description,
      trade: order.trade,
      category: order.category,
      status: order.status,
      requestedAt: order.requestedAt,
      ...callDomain(() => repairColumnsOf(order, input.details, input.policy, now)),
    },
  });
  await appendHistoryEvent(tx, order.id, {
    workflow: "repair",
    action: "register",
    from: order.status,
    to: order.status,
    actor: input.actor,
    at: now,
    data: repairJson({ category: order.category, trade: order.trade, ...input.source }),
  });
  return row;
}

export interface RepairRegisterInput {
  readonly estateId?: GlobalId | null;
  readonly unitId?: GlobalId | null;
  readonly description: string;
  readonly category: RepairComponentCategory;
  readonly trade: RepairTrade;
  readonly location?: string | null;
  readonly reporterName?: string | null;
  readonly contact?: string | null;
  readonly requestedAt?: Date | null;
}

/** Where the request is registered and who reports it: a resident as themself, the desk for anyone. */
async function intakeOf(sc: ServiceContext, input: RepairRegisterInput) {
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
    select: { id: true, companyId: true, timeZone: true, policy: true },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);

  if (viewer.kind === "resident") {
    // R-REP-1: an owner or tenant reports a repair of their own unit, as themself, now.
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
      reporter: person?.name ?? viewer.name ?? "",
      contact: person?.phone ?? input.contact ?? "",
      requestedAt: sc.now,
      reporterPersonId: viewer.personId,
    };
  }
  if (viewer.kind === "staff") {
    if (!viewer.isStaffIn(estate.id)) throw new NotFoundError("estate", ["input", "estateId"]);
    ensure(viewer.isStaffIn(estate.id, REPAIR_DESK_ROLES));
  } else if (viewer.kind === "apiKey") {
    if (estate.companyId !== viewer.companyId) throw new NotFoundError("estate", ["input", "estateId"]);
    ensure(viewer.hasApiScope("repairs:write") && viewer.userId !== undefined);
  } else {
    throw new ForbiddenError("AUTH_REQUIRED");
  }
  return {
    estate,
    unitId: unit?.id ?? null,
    reporter: input.reporterName ?? "",
    contact: input.contact ?? "",
    requestedAt: input.requestedAt ?? sc.now,
    reporterPersonId: undefined,
  };
}

/** R-REP-1: registers a repair request 报修 on the 维修登记表; the 15-minute response clock starts. */
export async function registerRepairOrder(sc: ServiceContext, input: RepairRegisterInput) {
  const intake = await intakeOf(sc, input);
  const actor = repairActorOf(sc.viewer, { estateId: intake.estate.id, unitId: intake.unitId }, [
    ...REPAIR_DESK_ROLES,
  ]);
  const order = callDomain(() =>
    registerRepair({
      id: uuidv7(),
      // A common-area request names the estate as its place (see `domainRepairOrder`).
      unitId: intake.unitId ?? intake.estate.id,
      reportedBy: intake.reporter,
      contact: intake.contact,
      description: input.description,
      category: input.category,
      trade: input.trade,
      requestedAt: intake.requestedAt,
    }),
  );
  const details: RepairDetails = {
    ...(sc.viewer.userId ? { filedByUserId: sc.viewer.userId } : {}),
    ...(intake.reporterPersonId ? { reporterPersonId: intake.reporterPersonId } : {}),
  };
  const row = await sc.prisma.$transaction((tx) =>
    insertRepairOrder(tx, sc.now, {
      order,
      estateId: intake.estate.id,
      unitId: intake.unitId,
      location: input.location ?? null,
      actor,
      details,
      policy: repairPolicyOf(intake.estate),
    }),
  );
  sc.pubsub.publish("workflow:status", row.estateId, {
    workflow: "repair",
    recordId: row.id,
    estateId: row.estateId,
    action: "register",
    from: row.status,
    to: row.status,
    at: sc.now.toISOString(),
    filedByUserId: details.filedByUserId ?? null,
  });
  return row;
}
