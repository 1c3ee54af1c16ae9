import {
  advanceTakeoverDefect,
  checkTakeoverCompletion,
  type OccupancyPolicy,
  resolveOccupancyPolicy,
  type TakeoverDefect,
  type TakeoverDefectActions,
  type TakeoverScope,
  takeoverDefectWorkflow,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { estateScoped, staffRolesFor, type Viewer } from "../../auth/index.ts";
import { toJsonValue } from "../../db/index.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors/index.ts";
import type { Prisma, TakeoverDefect as TakeoverDefectRow } from "../../generated/prisma/client.ts";
import { areaPolicy, dateColumn, isoOf } from "../estate-dates.ts";
import { appendSideHistory } from "../side-history.ts";
import { accepted, callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Takeover inspection 承接查验 (R-HND-1), the application service: the scopes of common parts
 * inspected, and each defect found, reported to the developer in writing, rectified and closed
 * only when re-inspection accepts it (the domain's `takeoverDefectWorkflow`). State and history
 * are written together; a stale `expectedVersion` is a conflict.
 */

/** Who records takeover findings: the roles the domain lets report a defect. */
export const TAKEOVER_ROLES = staffRolesFor(takeoverDefectWorkflow, "report");

/** Takeover records: the estate's staff only. */
export function visibleTakeoverRecords(viewer: Viewer): { estateId?: unknown } {
  return estateScoped(viewer);
}

async function estateForTakeover(sc: ServiceContext, estateId: GlobalId) {
  const id = idOf(estateId, "Estate", "estate", ["input", "estateId"]);
  if (sc.viewer.kind !== "staff" || !sc.viewer.isStaffIn(id))
    throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(id, TAKEOVER_ROLES));
  const estate = await sc.prisma.estate.findUnique({ where: { id }, select: { id: true, policy: true } });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  return estate;
}

export async function recordTakeoverInspection(
  sc: ServiceContext,
  input: { estateId: GlobalId; scope: TakeoverScope; inspectedOn: Date; note?: string | null },
) {
  const estate = await estateForTakeover(sc, input.estateId);
  await sc.prisma.takeoverInspection.upsert({
    where: { estateId_scope: { estateId: estate.id, scope: input.scope } },
    create: {
      estateId: estate.id,
      scope: input.scope,
      inspectedOn: dateColumn(isoOf(input.inspectedOn)),
      note: input.note ?? null,
    },
    // A scope inspected again keeps the latest date and note.
    update: { inspectedOn: dateColumn(isoOf(input.inspectedOn)), note: input.note ?? null },
  });
  return { estateId: estate.id };
}

export async function recordTakeoverDefect(
  sc: ServiceContext,
  input: { estateId: GlobalId; scope: TakeoverScope; location: string; description: string },
) {
  const estate = await estateForTakeover(sc, input.estateId);
  const actor = sc.viewer.actorIn(estate.id, TAKEOVER_ROLES);
  const id = uuidv7();
  await sc.prisma.$transaction(async (tx) => {
    await tx.takeoverDefect.create({
      data: {
        id,
        estateId: estate.id,
        scope: input.scope,
        location: input.location,
        description: input.description,
      },
    });
    await appendSideHistory(tx, id, {
      workflow: "takeover defect",
      action: "record",
      from: "recorded",
      to: "recorded",
      actor,
      at: sc.now,
      data: { scope: input.scope, location: input.location },
    });
  });
  return { defectId: id };
}

function defectOf(row: TakeoverDefectRow): TakeoverDefect {
  const findings = Array.isArray(row.findings) ? row.findings.filter((f) => typeof f === "string") : [];
  return {
    id: row.id,
    scope: row.scope,
    location: row.location,
    description: row.description,
    status: row.status,
    ...(row.reportRef ? { reportRef: row.reportRef } : {}),
    findings,
  };
}

export interface TakeoverDefectStepInput<A extends keyof TakeoverDefectActions> {
  readonly defectId: GlobalId;
  readonly action: A;
  readonly data: TakeoverDefectActions[A];
  readonly expectedVersion?: number | null;
}

/** One step of a takeover defect (report, rectify, accept, reopen) through the domain. */
export async function advanceTakeoverDefectStep<A extends keyof TakeoverDefectActions>(
  sc: ServiceContext,
  input: TakeoverDefectStepInput<A>,
) {
  const id = idOf(input.defectId, "TakeoverDefect", "takeover defect", ["input", "defectId"]);
  const row = await sc.prisma.takeoverDefect.findFirst({
    where: { id, AND: [visibleTakeoverRecords(sc.viewer) as Prisma.TakeoverDefectWhereInput] },
  });
  if (!row) throw new NotFoundError("takeover defect", ["input", "defectId"]);
  if (sc.viewer.kind !== "staff") throw new ForbiddenError();
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(takeoverDefectWorkflow, input.action));
  const step = accepted(
    callDomain(() => advanceTakeoverDefect(defectOf(row), input.action, input.data, { actor, at: sc.now })),
  );
  const defect = step.defect;
  await sc.prisma.$transaction(async (tx) => {
    const moved = await tx.takeoverDefect.updateMany({
      where: {
        id,
        status: step.event.from,
        ...(input.expectedVersion != null ? { version: input.expectedVersion } : {}),
      },
      data: {
        status: defect.status,
        reportRef: defect.reportRef ?? null,
        findings: toJsonValue(defect.findings ?? []),
        version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw ConflictError.stale("takeover defect");
    await appendSideHistory(tx, id, {
      workflow: "takeover defect",
      action: step.event.action,
      from: step.event.from,
      to: step.event.to,
      actor,
      at: sc.now,
      ...(input.data === undefined ? {} : { data: input.data }),
    });
  });
  return { defectId: id };
}

/** R-HND-1: is the estate's takeover complete? Every scope inspected and every defect closed. */
export async function takeoverCompletionOf(
  prisma: ServiceContext["prisma"],
  estateId: string,
  policy: unknown,
) {
  const [inspections, defects] = await Promise.all([
    prisma.takeoverInspection.findMany({ where: { estateId }, select: { scope: true } }),
    prisma.takeoverDefect.findMany({ where: { estateId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  return checkTakeoverCompletion(
    { scopesInspected: inspections.map((i) => i.scope), defects: defects.map(defectOf) },
    resolveOccupancyPolicy(areaPolicy<OccupancyPolicy>(policy, "occupancy")),
  );
}
