import {
  type FacilityWarrantyStatus,
  facilityWarrantyStatus,
  type MaintenanceStatus,
  maintenanceStatus,
  type PatrolRoundAssessment,
} from "@wuye/domain";
import { estateScoped } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import { servicesOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { FacilityType, MaintenancePeriod, PatrolKind } from "../../generated/prisma/enums.ts";
import { dateColumn } from "../../services/estate-dates.ts";
import {
  domainFacility,
  domainMaintenancePlan,
  estateToday,
  facilityPolicyOf,
} from "../../services/facilities/ledger.ts";
import type { PatrolRoundDetails } from "../../services/facilities/patrols.ts";
import { reviveDomainData } from "../../services/support.ts";

/**
 * Facilities 工程维保 · 巡检 (R-FAC-1…4) as the client reads them: the ledger with warranty
 * status, maintenance plans with their next due date and overdue flag, patrol routes with their
 * checkpoints, and rounds with the domain's assessment and the work orders their findings raised.
 * The estate's staff see them; residents and API keys do not.
 */

builder.enumType(FacilityType, {
  name: "FacilityType",
  description: "A class of facility 设施设备 (R-FAC-1).",
});
builder.enumType(MaintenancePeriod, {
  name: "MaintenancePeriod",
  description: "How often maintenance repeats (R-FAC-2).",
});
builder.enumType(PatrolKind, {
  name: "PatrolKind",
  description:
    "Security patrol, engineering inspection, or building-fabric inspection 房屋本体巡查 (R-FAC-4).",
});
export const PatrolFindingKind = builder.enumType("PatrolFindingKind", {
  description: "What an inspector found: every kind but `observation` is a defect and raises a work order.",
  values: ["observation", "damage", "leak", "malfunction", "hazard"] as const,
});

const FacilityParameterRef = builder
  .objectRef<{ name: string; value: string }>("FacilityParameter")
  .implement({
    fields: (t) => ({
      name: t.string({ resolve: (p) => p.name }),
      value: t.string({ resolve: (p) => p.value }),
    }),
  });

const FacilityWarrantyRef = builder.objectRef<FacilityWarrantyStatus>("FacilityWarranty").implement({
  description: "Whether a fault goes to the supplier under warranty first (R-FAC-1).",
  fields: (t) => ({
    inWarranty: t.boolean({ resolve: (w) => w.inWarranty }),
    warrantyEndsOn: t.field({
      type: "Date",
      nullable: true,
      resolve: (w) => (w.warrantyEndsOn ? dateColumn(w.warrantyEndsOn) : null),
    }),
    daysLeft: t.int({ resolve: (w) => w.daysLeft }),
  }),
});

const MaintenanceStatusRef = builder.objectRef<MaintenanceStatus>("MaintenanceStatus").implement({
  description: "Where a plan stands today (R-FAC-2).",
  fields: (t) => ({
    nextDueOn: t.field({ type: "Date", resolve: (s) => dateColumn(s.nextDueOn) }),
    overdue: t.boolean({ resolve: (s) => s.overdue }),
    daysPastDue: t.int({ resolve: (s) => s.daysPastDue }),
  }),
});

const staffOnly = <W>(context: { viewer: Parameters<typeof estateScoped>[0] }) =>
  estateScoped<W>(context.viewer);
const estatePolicy = { estate: { select: { timeZone: true, policy: true } } } as const;

export const FacilityRef = builder.prismaNode("Facility", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [staffOnly<Prisma.FacilityWhereInput>(context)] }),
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.expose("type", { type: FacilityType }),
    model: t.exposeString("model", { nullable: true }),
    location: t.exposeString("location", { nullable: true }),
    parameters: t.field({
      type: [FacilityParameterRef],
      resolve: (f) =>
        Object.entries((f.parameters ?? {}) as Record<string, string>).map(([name, value]) => ({
          name,
          value,
        })),
    }),
    installedOn: t.expose("installedOn", { type: "Date", nullable: true }),
    warrantyUntil: t.expose("warrantyUntil", { type: "Date", nullable: true }),
    warranty: t.field({
      type: FacilityWarrantyRef,
      description: "Today, in the estate's time zone.",
      select: estatePolicy,
      resolve: (f, _args, context) =>
        facilityWarrantyStatus(domainFacility(f), estateToday(servicesOf(context).now(), f.estate.timeZone)),
    }),
    estate: t.relation("estate"),
    maintenancePlans: t.relation("maintenancePlans", {
      query: { where: { active: true }, orderBy: [{ nextDueOn: "asc" }, { id: "asc" }] },
    }),
    maintenanceRecords: t.relatedConnection("maintenanceRecords", {
      cursor: "id",
      description: "The facility's maintenance history, newest first (R-FAC-1).",
      query: () => ({ orderBy: [{ performedOn: "desc" }, { id: "desc" }] }),
    }),
  }),
});

export const MaintenancePlanRef = builder.prismaNode("MaintenancePlan", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [staffOnly<Prisma.MaintenancePlanWhereInput>(context)] }),
  fields: (t) => ({
    title: t.exposeString("title"),
    facilityType: t.expose("facilityType", { type: FacilityType }),
    facility: t.relation("facility", { nullable: true }),
    period: t.expose("period", { type: MaintenancePeriod }),
    lastDoneOn: t.expose("lastDoneOn", { type: "Date", nullable: true }),
    nextDueOn: t.expose("nextDueOn", { type: "Date" }),
    active: t.exposeBoolean("active"),
    status: t.field({
      type: MaintenanceStatusRef,
      description: "Today, with the estate's grace days (R-FAC-2).",
      select: estatePolicy,
      resolve: (p, _args, context) =>
        maintenanceStatus(
          domainMaintenancePlan(p),
          estateToday(servicesOf(context).now(), p.estate.timeZone),
          facilityPolicyOf(p.estate.policy),
        ),
    }),
    estate: t.relation("estate"),
  }),
});

builder.prismaObject("MaintenanceRecord", {
  description: "Maintenance done on a facility, kept for good (R-FAC-1).",
  fields: (t) => ({
    id: t.exposeID("id"),
    performedOn: t.expose("performedOn", { type: "Date" }),
    work: t.exposeString("findings", { nullable: true, description: "The work done and what was found." }),
    contractor: t.exposeString("contractor", { nullable: true }),
    performedByName: t.string({
      nullable: true,
      select: { performedBy: { select: { name: true } } },
      resolve: (r) => r.performedBy?.name ?? null,
    }),
    plan: t.relation("plan", { nullable: true }),
  }),
});

export const PatrolCheckpointRef = builder.prismaNode("PatrolCheckpoint", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, route: staffOnly<Prisma.PatrolRouteWhereInput>(context) }),
  fields: (t) => ({
    position: t.exposeInt("position"),
    name: t.exposeString("name"),
    location: t.exposeString("location", { nullable: true }),
  }),
});

export const PatrolRouteRef = builder.prismaNode("PatrolRoute", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [staffOnly<Prisma.PatrolRouteWhereInput>(context)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: PatrolKind }),
    name: t.exposeString("name"),
    frequencyMinutes: t.exposeInt("frequencyMinutes"),
    ordered: t.exposeBoolean("ordered", { description: "Checkpoints must be visited in position order." }),
    active: t.exposeBoolean("active"),
    estate: t.relation("estate"),
    checkpoints: t.relation("checkpoints", { query: { orderBy: { position: "asc" } } }),
    rounds: t.relatedConnection("rounds", {
      cursor: "id",
      query: () => ({ orderBy: [{ startedAt: "desc" }, { id: "desc" }] }),
    }),
  }),
});

/** A ratio of two counts as an exact percentage with two places, half up (`2/3` → `"66.67"`). */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "0.00";
  const basisPoints = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${basisPoints / 100n}.${String(basisPoints % 100n).padStart(2, "0")}`;
}

type CheckpointRow = Prisma.PatrolCheckpointGetPayload<object>;
type WithCheckpoints<T> = { readonly value: T; readonly checkpoints: ReadonlyMap<string, CheckpointRow> };
const checkpointsIn = (ids: readonly string[], map: ReadonlyMap<string, CheckpointRow>) =>
  ids.flatMap((id) => map.get(id) ?? []);

const PatrolAssessmentRef = builder
  .objectRef<WithCheckpoints<PatrolRoundAssessment>>("PatrolRoundAssessment")
  .implement({
    description: "How complete and orderly the round was (R-FAC-3), as the domain assessed it when recorded.",
    fields: (t) => ({
      checkpointCount: t.int({ resolve: (a) => a.value.checkpointCount }),
      visitedCount: t.int({ resolve: (a) => a.value.visitedCount }),
      completenessPercent: t.string({
        description: 'visited ÷ checkpoints, e.g. "66.67".',
        resolve: (a) => percent(a.value.visitedCount, a.value.checkpointCount),
      }),
      complete: t.boolean({ resolve: (a) => a.value.complete }),
      missed: t.field({
        type: [PatrolCheckpointRef],
        resolve: (a) => checkpointsIn(a.value.missed, a.checkpoints),
      }),
      outOfOrder: t.field({
        type: [PatrolCheckpointRef],
        description: "On an ordered route, the fewest checkpoints reached out of sequence.",
        resolve: (a) => checkpointsIn(a.value.outOfOrder, a.checkpoints),
      }),
      unknownScans: t.stringList({
        description: "Scanned ids that are not on the route.",
        resolve: (a) => [...a.value.unknownScans],
      }),
    }),
  });

type StoredFinding = PatrolRoundDetails["findings"][number];

const PatrolFindingRef = builder.objectRef<WithCheckpoints<StoredFinding>>("PatrolFinding").implement({
  fields: (t) => ({
    checkpoint: t.field({
      type: PatrolCheckpointRef,
      nullable: true,
      resolve: (f) => f.checkpoints.get(f.value.checkpointId) ?? null,
    }),
    kind: t.field({ type: PatrolFindingKind, resolve: (f) => f.value.kind }),
    description: t.string({ resolve: (f) => f.value.description }),
    at: t.field({ type: "DateTime", resolve: (f) => f.value.at }),
    urgent: t.boolean({
      description: "A hazard needs someone on site at once.",
      resolve: (f) => f.value.urgent ?? false,
    }),
    raisedWorkOrder: t.boolean({
      description: "Whether it raised a work order (see the round's `checks`).",
      resolve: (f) => f.value.repairOrderId !== undefined,
    }),
  }),
});

builder.prismaObject("PatrolCheck", {
  description: "A checkpoint reached (or found at) in a round; a defect links the work order it raised.",
  fields: (t) => ({
    id: t.exposeID("id"),
    checkpoint: t.relation("checkpoint"),
    checkedAt: t.expose("checkedAt", { type: "DateTime" }),
    ok: t.exposeBoolean("ok"),
    finding: t.exposeString("finding", { nullable: true }),
    repairOrder: t.relation("repairOrder", { nullable: true }),
  }),
});

const detailsOf = (round: { details: unknown }) =>
  reviveDomainData<PatrolRoundDetails | null>(round.details) ?? undefined;
// The same query as the route's `checkpoints` field, so Pothos merges the two selections.
const routeCheckpoints = { route: { select: { checkpoints: { orderBy: { position: "asc" } } } } } as const;
const checkpointMap = (round: { route: { checkpoints: CheckpointRow[] } }) =>
  new Map(round.route.checkpoints.map((c) => [c.id, c]));

export const PatrolRoundRef = builder.prismaNode("PatrolRound", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, route: staffOnly<Prisma.PatrolRouteWhereInput>(context) }),
  fields: (t) => ({
    route: t.relation("route"),
    inspectorName: t.string({
      select: { inspector: { select: { name: true } } },
      resolve: (r) => r.inspector.name,
    }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
    assessment: t.field({
      type: PatrolAssessmentRef,
      nullable: true,
      select: routeCheckpoints,
      resolve: (r) => {
        const details = detailsOf(r);
        return details ? { value: details.assessment, checkpoints: checkpointMap(r) } : null;
      },
    }),
    findings: t.field({
      type: [PatrolFindingRef],
      select: routeCheckpoints,
      resolve: (r) => {
        const checkpoints = checkpointMap(r);
        return (detailsOf(r)?.findings ?? []).map((value) => ({ value, checkpoints }));
      },
    }),
    checks: t.relation("checks", { query: { orderBy: [{ checkedAt: "asc" }, { id: "asc" }] } }),
  }),
});
