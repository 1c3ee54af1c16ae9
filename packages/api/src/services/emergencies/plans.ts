import {
  checkEmergencyPlan,
  drillCoverage,
  type EmergencyPlan,
  type EmergencyPolicy,
  type EmergencyResponsiblePerson,
  type EmergencyType,
  reviewEmergencyPlans,
} from "@wuye/domain";
import { estateScoped } from "../../auth/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import type { EmergencyPlan as EmergencyPlanRow, Prisma } from "../../generated/prisma/client.ts";
import { dateColumn, isoOf } from "../estate-dates.ts";
import { estateToday } from "../facilities/ledger.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Emergency plans 应急预案 and drills 演练 (R-EMG-1, R-EMG-2). The manager keeps the plans (a plan
 * may be saved incomplete: what it lacks comes back from the domain's plan check); drills are
 * recorded by the manager or security; the review and the drill coverage are the domain's.
 */

export const PLAN_KEEPER_ROLES = ["manager"] as const;
export const DRILL_ROLES = ["manager", "security"] as const;

/** Routes and assembly points are kept one per line. */
const lines = (text: string | null) => (text ?? "").split("\n").filter((line) => line.trim() !== "");

/** The domain's plan for a plan row. */
export function domainEmergencyPlan(row: EmergencyPlanRow): EmergencyPlan {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    responsiblePeople: (row.contacts ?? []) as unknown as EmergencyResponsiblePerson[],
    evacuationRoutes: lines(row.evacuationRoutes),
    assemblyPoints: lines(row.assemblyPoints),
  };
}

/** The estate's emergency policy (required plan types, drill periods). */
export function emergencyPolicyOf(policy: unknown): Partial<EmergencyPolicy> {
  return ((policy ?? {}) as { emergencies?: Partial<EmergencyPolicy> }).emergencies ?? {};
}

export interface EmergencyPlanContent {
  readonly type: EmergencyType;
  readonly title: string;
  readonly responsiblePeople: readonly EmergencyResponsiblePerson[];
  readonly evacuationRoutes: readonly string[];
  readonly assemblyPoints: readonly string[];
}

function columnsOf(content: EmergencyPlanContent) {
  const clean = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== "");
  return {
    type: content.type,
    title: content.title,
    contacts: content.responsiblePeople.map((p) => ({ name: p.name, duty: p.duty, phone: p.phone })),
    evacuationRoutes: clean(content.evacuationRoutes).join("\n"),
    assemblyPoints: clean(content.assemblyPoints).join("\n"),
  };
}

async function refuseDuplicate(
  sc: ServiceContext,
  estateId: string,
  content: EmergencyPlanContent,
  except?: string,
) {
  const same = await sc.prisma.emergencyPlan.findFirst({
    where: { estateId, type: content.type, title: content.title, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (same) {
    throw new ValidationError([
      { path: ["input", "title"], message: "The estate already has a plan of this type with this title" },
    ]);
  }
}

/** R-EMG-1: a plan per emergency type; what it lacks comes back with it (`checkEmergencyPlan`). */
export async function createEmergencyPlan(
  sc: ServiceContext,
  input: EmergencyPlanContent & { estateId: GlobalId },
) {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  if (!sc.viewer.isStaffIn(estateId)) throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(estateId, PLAN_KEEPER_ROLES));
  await refuseDuplicate(sc, estateId, input);
  const estate = await sc.prisma.estate.findUniqueOrThrow({
    where: { id: estateId },
    select: { timeZone: true },
  });
  const row = await sc.prisma.emergencyPlan.create({
    data: { estateId, ...columnsOf(input), reviewedOn: dateColumn(estateToday(sc.now, estate.timeZone)) },
  });
  return { row, gaps: callDomain(() => checkEmergencyPlan(domainEmergencyPlan(row))) };
}

async function loadPlan(sc: ServiceContext, planId: GlobalId) {
  const id = idOf(planId, "EmergencyPlan", "emergency plan", ["input", "planId"]);
  const row = await sc.prisma.emergencyPlan.findFirst({
    where: { id, AND: [estateScoped<Prisma.EmergencyPlanWhereInput>(sc.viewer)] },
    include: { estate: { select: { timeZone: true } } },
  });
  if (!row) throw new NotFoundError("emergency plan", ["input", "planId"]);
  return row;
}

/** R-EMG-1: the plan revised (its content replaced) and marked reviewed today. */
export async function reviseEmergencyPlan(
  sc: ServiceContext,
  input: EmergencyPlanContent & { planId: GlobalId },
) {
  const plan = await loadPlan(sc, input.planId);
  ensure(sc.viewer.isStaffIn(plan.estateId, PLAN_KEEPER_ROLES));
  await refuseDuplicate(sc, plan.estateId, input, plan.id);
  const row = await sc.prisma.emergencyPlan.update({
    where: { id: plan.id },
    data: { ...columnsOf(input), reviewedOn: dateColumn(estateToday(sc.now, plan.estate.timeZone)) },
  });
  return { row, gaps: callDomain(() => checkEmergencyPlan(domainEmergencyPlan(row))) };
}

export interface EmergencyDrillRecordInput {
  readonly planId: GlobalId;
  readonly heldOn: Date;
  readonly participants?: number | null;
  readonly summary?: string | null;
}

/** R-EMG-2: a drill held under a plan (it covers the plan for the policy's period). */
export async function recordEmergencyDrill(sc: ServiceContext, input: EmergencyDrillRecordInput) {
  const plan = await loadPlan(sc, input.planId);
  ensure(sc.viewer.isStaffIn(plan.estateId, DRILL_ROLES));
  return sc.prisma.emergencyDrill.create({
    data: {
      planId: plan.id,
      heldOn: input.heldOn,
      participants: input.participants ?? null,
      summary: input.summary ?? null,
      recordedById: sc.viewer.userId ?? "",
    },
  });
}

/** The estate's plans and drills, for the review and the coverage. */
async function estatePlans(sc: ServiceContext, estateId: GlobalId) {
  const id = idOf(estateId, "Estate", "estate", ["estateId"]);
  if (!sc.viewer.isStaffIn(id)) throw new NotFoundError("estate", ["estateId"]);
  const estate = await sc.prisma.estate.findUniqueOrThrow({
    where: { id },
    select: { id: true, timeZone: true, policy: true },
  });
  const plans = await sc.prisma.emergencyPlan.findMany({
    where: { estateId: id },
    orderBy: [{ type: "asc" }, { title: "asc" }, { id: "asc" }],
    include: { drills: { select: { id: true, planId: true, heldOn: true } } },
  });
  return { estate, plans };
}

/** R-EMG-1: which required plan types are missing, and what each plan lacks. */
export async function reviewEstateEmergencyPlans(sc: ServiceContext, estateId: GlobalId) {
  const { estate, plans } = await estatePlans(sc, estateId);
  const review = callDomain(
    () => reviewEmergencyPlans(plans.map(domainEmergencyPlan), emergencyPolicyOf(estate.policy)),
    ["estateId"],
  );
  return { review, plans: new Map(plans.map((plan) => [plan.id, plan])) };
}

/** R-EMG-2: drill coverage on `asOf` (default today in the estate's time zone). */
export async function estateDrillCoverage(sc: ServiceContext, estateId: GlobalId, asOf?: Date | null) {
  const { estate, plans } = await estatePlans(sc, estateId);
  const day = asOf ? isoOf(asOf) : estateToday(sc.now, estate.timeZone);
  const drills = plans.flatMap((plan) =>
    plan.drills.map((drill) => ({ id: drill.id, planId: drill.planId, heldOn: isoOf(drill.heldOn) })),
  );
  const coverage = callDomain(
    () => drillCoverage(plans.map(domainEmergencyPlan), drills, day, emergencyPolicyOf(estate.policy)),
    ["asOf"],
  );
  return { coverage, plans: new Map(plans.map((plan) => [plan.id, plan])) };
}
