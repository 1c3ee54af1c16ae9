import {
  assessPatrolRound,
  findingRaisesWorkOrder,
  type PatrolFinding,
  type PatrolFindingKind,
  type PatrolRound,
  type PatrolRoundAssessment,
  type PatrolRoute,
  type RepairComponentCategory,
  type RepairOrder,
  type RepairTrade,
  registerRepair,
  type WorkOrderRequest,
  workOrdersFromPatrolRound,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { estateScoped } from "../../auth/index.ts";
import { toJsonValue } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { PatrolKind } from "../../generated/prisma/enums.ts";
import { repairPolicyOf } from "../repairs/records.ts";
import { insertRepairOrder } from "../repairs/register.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Patrols 巡检 (R-FAC-3, R-FAC-4): routes of checkpoints, and rounds recorded against them. The
 * domain assesses each round (missed and out-of-order checkpoints, completeness) and turns its
 * findings into work-order requests; each request becomes a repair order 维修单 of the estate's
 * common parts, linked from the checkpoint it was found at, in the same transaction as the round.
 */

/** Who walks patrols: security patrols, engineering inspects the plant and the building fabric. */
export const PATROL_ROLES = ["security", "engineering", "manager"] as const;

export interface PatrolRouteCreateInput {
  readonly estateId: GlobalId;
  readonly kind: PatrolKind;
  readonly name: string;
  readonly frequencyMinutes: number;
  readonly ordered?: boolean | null;
  readonly checkpoints: readonly { name: string; location?: string | null }[];
}

/** R-FAC-3: a route of checkpoints, visited in position order when `ordered`. */
export async function createPatrolRoute(sc: ServiceContext, input: PatrolRouteCreateInput) {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  if (!sc.viewer.isStaffIn(estateId)) throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(estateId, PATROL_ROLES));
  return sc.prisma.patrolRoute.create({
    data: {
      estateId,
      kind: input.kind,
      name: input.name,
      frequencyMinutes: input.frequencyMinutes,
      ordered: input.ordered ?? true,
      checkpoints: {
        create: input.checkpoints.map((c, position) => ({
          position,
          name: c.name,
          location: c.location ?? null,
        })),
      },
    },
  });
}

export interface PatrolFindingInput {
  readonly checkpointId: GlobalId;
  readonly kind: PatrolFindingKind;
  readonly description: string;
  readonly at: Date;
  readonly trade?: RepairTrade | null;
  readonly category?: RepairComponentCategory | null;
  readonly workOrder?: boolean | null;
}

export interface PatrolRoundRecordInput {
  readonly routeId: GlobalId;
  readonly startedAt: Date;
  readonly finishedAt?: Date | null;
  readonly scans: readonly { checkpointId: GlobalId; at: Date }[];
  readonly findings?: readonly PatrolFindingInput[] | null;
}

/** What the round keeps of the domain's round beyond its rows. */
export interface PatrolRoundDetails {
  readonly scans: PatrolRound["scans"];
  readonly findings: readonly (PatrolFinding & { urgent?: boolean; repairOrderId?: string })[];
  readonly assessment: PatrolRoundAssessment;
}

/** A checkpoint id from a global id; an id of another type is kept as an unknown scan. */
function checkpointIdOf(id: GlobalId): string {
  return id.typename === "PatrolCheckpoint" ? id.id : `${id.typename}:${id.id}`;
}

/**
 * R-FAC-3/4: records a round: the domain's assessment, the work orders its findings raise (as
 * repair orders, category and trade as the inspector gave them), and a check per checkpoint
 * reached or found at, all in one transaction.
 */
export async function recordPatrolRound(sc: ServiceContext, input: PatrolRoundRecordInput) {
  const routeId = idOf(input.routeId, "PatrolRoute", "patrol route", ["input", "routeId"]);
  const row = await sc.prisma.patrolRoute.findFirst({
    where: { id: routeId, AND: [estateScoped<Prisma.PatrolRouteWhereInput>(sc.viewer)] },
    include: {
      checkpoints: { orderBy: { position: "asc" } },
      estate: { select: { id: true, timeZone: true, policy: true } },
    },
  });
  if (!row) throw new NotFoundError("patrol route", ["input", "routeId"]);
  ensure(sc.viewer.isStaffIn(row.estateId, PATROL_ROLES));
  const inspector = await sc.prisma.user.findUniqueOrThrow({
    where: { id: sc.viewer.userId ?? "" },
    select: { id: true, name: true, phone: true },
  });
  const route: PatrolRoute = {
    id: row.id,
    name: row.name,
    kind: row.kind === "buildingFabric" ? "fabricInspection" : "patrol",
    ordered: row.ordered,
    checkpoints: row.checkpoints.map((c) => ({ id: c.id, name: c.name })),
  };
  const findings = input.findings ?? [];
  const round: PatrolRound = {
    id: uuidv7(),
    routeId: row.id,
    inspector: inspector.name,
    startedAt: input.startedAt,
    scans: input.scans.map((s) => ({ checkpointId: checkpointIdOf(s.checkpointId), at: s.at })),
    findings: findings.map((f) => ({
      checkpointId: checkpointIdOf(f.checkpointId),
      kind: f.kind,
      description: f.description,
      at: f.at,
      ...(f.trade ? { trade: f.trade } : {}),
      ...(f.workOrder != null ? { workOrder: f.workOrder } : {}),
    })),
  };
  const assessment = callDomain(() => assessPatrolRound(route, round));
  const requests = callDomain(() => workOrdersFromPatrolRound(route, round));
  const policy = repairPolicyOf(row.estate);

  // The k-th finding that raises a work order gets the k-th request (the domain keeps the order).
  let next = 0;
  const orders: { index: number; request: WorkOrderRequest; order: RepairOrder }[] = [];
  round.findings.forEach((finding, index) => {
    if (!findingRaisesWorkOrder(finding)) return;
    const request = requests[next++];
    if (!request) return;
    const order = callDomain(
      () =>
        registerRepair({
          id: uuidv7(),
          unitId: row.estateId, // a common part of the estate (see `domainRepairOrder`)
          reportedBy: inspector.name,
          contact: inspector.phone ?? inspector.name,
          description: `${request.location}：${request.description}`,
          category: findings[index]?.category as RepairComponentCategory,
          trade: findings[index]?.trade ?? "general",
          requestedAt: request.reportedAt,
        }),
      ["input", "findings", String(index)],
    );
    orders.push({ index, request, order });
  });

  const actor = sc.viewer.actorIn(row.estateId, [...PATROL_ROLES]);
  const result = await sc.prisma.$transaction(async (tx) => {
    const repairIds = new Map<number, string>();
    for (const { index, request, order } of orders) {
      const created = await insertRepairOrder(tx, sc.now, {
        order,
        estateId: row.estateId,
        unitId: null,
        location: request.location,
        actor,
        details: { filedByUserId: inspector.id },
        policy,
        source: {
          source: request.source,
          findingKind: request.findingKind,
          urgent: request.urgent,
          rules: request.rules,
        },
      });
      repairIds.set(index, created.id);
    }
    const details: PatrolRoundDetails = {
      scans: round.scans,
      findings: round.findings.map((f, index) => ({
        ...f,
        ...(repairIds.has(index) ? { repairOrderId: repairIds.get(index), urgent: f.kind === "hazard" } : {}),
      })),
      assessment,
    };
    const created = await tx.patrolRound.create({
      data: {
        id: round.id,
        routeId: row.id,
        inspectorId: inspector.id,
        startedAt: input.startedAt,
        finishedAt: input.finishedAt ?? null,
        findings: round.findings.length === 0 ? null : round.findings.map((f) => f.description).join("；"),
        details: toJsonValue(details),
      },
    });
    // One check per route checkpoint reached (its first scan) or found at.
    for (const checkpoint of route.checkpoints) {
      const scans = round.scans.filter((s) => s.checkpointId === checkpoint.id).map((s) => s.at.getTime());
      const here = details.findings.filter((f) => f.checkpointId === checkpoint.id);
      if (scans.length === 0 && here.length === 0) continue;
      await tx.patrolCheck.create({
        data: {
          roundId: created.id,
          checkpointId: checkpoint.id,
          checkedAt: new Date(Math.min(...scans, ...here.map((f) => f.at.getTime()))),
          ok: here.every((f) => f.kind === "observation"),
          finding: here.length === 0 ? null : here.map((f) => f.description).join("；"),
          repairOrderId: here.find((f) => f.repairOrderId)?.repairOrderId ?? null,
        },
      });
    }
    return { round: created, repairOrderIds: [...repairIds.values()] };
  });
  for (const id of result.repairOrderIds) {
    sc.pubsub.publish("workflow:status", row.estateId, {
      workflow: "repair",
      recordId: id,
      estateId: row.estateId,
      action: "register",
      from: "registered",
      to: "registered",
      at: sc.now.toISOString(),
      filedByUserId: inspector.id,
    });
  }
  return result;
}
