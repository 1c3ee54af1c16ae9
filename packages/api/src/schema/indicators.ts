import {
  addDays,
  arrearsRecoveryRateIndicator,
  collectionRateIndicator,
  complaintMeanTimeToResolve,
  complaintOnTimeRate,
  drillCoverageIndicator,
  type IndicatorScope,
  maintenanceOnTimeRate,
  patrolCompleteness,
  repairCompletionRate,
  repairMeanResponseTime,
  repeatRepairRate,
  satisfactionRate,
  startOfBusinessDate,
} from "@wuye/domain";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf } from "../context.ts";
import { NotFoundError } from "../errors/index.ts";
import { isoOf } from "../services/estate-dates.ts";
import {
  arrearsRecords,
  complaintRecords,
  drillRecords,
  maintenanceRecords,
  patrolRecords,
  receivableRecords,
  repairRecords,
  satisfactionRecords,
} from "../services/indicators/records.ts";
import { callDomain } from "../services/support.ts";
import {
  CountRateIndicatorRef,
  DrillCoverageIndicatorRef,
  MeanDurationIndicatorRef,
  MoneyRateIndicatorRef,
  PatrolCompletenessIndicatorRef,
  RepairResponseIndicatorRef,
  SatisfactionIndicatorRef,
} from "./indicator-types.ts";

/**
 * Indicators 品质指标 (R-QLT-1): `indicators(estateId, period)` computes every indicator of the
 * domain's indicators area from the estate's records. Each field loads only what its indicator
 * needs and calls the domain's function; read mid-period, the reading is taken as of now (items
 * whose deadline is still ahead are not counted late). Managers, finance and the archivist only.
 */

/** Who reads the indicators. */
export const INDICATOR_ROLES = ["manager", "finance", "archivist"] as const;

interface IndicatorSource {
  readonly scope: IndicatorScope;
}

const IndicatorPeriodInput = builder.inputType("IndicatorPeriodInput", {
  description: "Business dates in the estate's time zone, both included.",
  fields: (t) => ({
    from: t.field({ type: "Date", required: true }),
    to: t.field({ type: "Date", required: true }),
  }),
});

const EstateIndicatorsRef = builder.objectRef<IndicatorSource>("EstateIndicators").implement({
  description: "Every indicator of R-QLT-1 for one estate and period.",
  fields: (t) => ({
    estate: t.prismaField({
      type: "Estate",
      nullable: true,
      resolve: (query, s, _args, context) =>
        prismaOf(context).estate.findUnique({ ...query, where: { id: s.scope.estateId } }),
    }),
    from: t.field({ type: "Date", resolve: (s) => new Date(`${s.scope.from}T00:00:00.000Z`) }),
    to: t.field({ type: "Date", resolve: (s) => new Date(`${s.scope.to}T00:00:00.000Z`) }),
    asOf: t.field({
      type: "DateTime",
      nullable: true,
      description: "Set when the period is not over yet: the reading is as of this instant.",
      resolve: (s) => s.scope.asOf ?? null,
    }),
    satisfaction: t.field({
      type: SatisfactionIndicatorRef,
      description: "Survey answers and complaints' satisfaction at close (R-COM-3, R-CMP-6).",
      resolve: async (s, _args, context) => {
        const records = await satisfactionRecords(prismaOf(context), s.scope);
        return callDomain(() => satisfactionRate(records, s.scope), []);
      },
    }),
    complaintOnTimeRate: t.field({
      type: CountRateIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await complaintRecords(prismaOf(context), s.scope);
        return callDomain(() => complaintOnTimeRate(records, s.scope), []);
      },
    }),
    complaintMeanTimeToResolve: t.field({
      type: MeanDurationIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await complaintRecords(prismaOf(context), s.scope);
        return callDomain(() => complaintMeanTimeToResolve(records, s.scope), []);
      },
    }),
    repairResponseTime: t.field({
      type: RepairResponseIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await repairRecords(prismaOf(context), s.scope);
        return callDomain(() => repairMeanResponseTime(records, s.scope), []);
      },
    }),
    repairCompletionRate: t.field({
      type: CountRateIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await repairRecords(prismaOf(context), s.scope);
        return callDomain(() => repairCompletionRate(records, s.scope), []);
      },
    }),
    repeatRepairRate: t.field({
      type: CountRateIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await repairRecords(prismaOf(context), s.scope);
        return callDomain(() => repeatRepairRate(records, s.scope), []);
      },
    }),
    collectionRate: t.field({
      type: MoneyRateIndicatorRef,
      description: "收缴率 (R-FEE-8).",
      resolve: async (s, _args, context) => {
        const records = await receivableRecords(prismaOf(context), s.scope);
        return callDomain(() => collectionRateIndicator(records, s.scope), []);
      },
    }),
    arrearsRecoveryRate: t.field({
      type: MoneyRateIndicatorRef,
      description: "清欠率 (R-FEE-8).",
      resolve: async (s, _args, context) => {
        const records = await arrearsRecords(prismaOf(context), s.scope);
        return callDomain(() => arrearsRecoveryRateIndicator(records, s.scope), []);
      },
    }),
    maintenanceOnTimeRate: t.field({
      type: CountRateIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await maintenanceRecords(prismaOf(context), s.scope);
        return callDomain(() => maintenanceOnTimeRate(records, s.scope), []);
      },
    }),
    drillCoverage: t.field({
      type: DrillCoverageIndicatorRef,
      resolve: async (s, _args, context) => {
        const { plans, drills } = await drillRecords(prismaOf(context), s.scope);
        const result = callDomain(() => drillCoverageIndicator(plans, drills, s.scope), []);
        const undrilled = new Set(result.undrilledPlanIds);
        return { ...result, undrilledPlans: plans.filter((p) => undrilled.has(p.id)) };
      },
    }),
    patrolCompleteness: t.field({
      type: PatrolCompletenessIndicatorRef,
      resolve: async (s, _args, context) => {
        const records = await patrolRecords(prismaOf(context), s.scope);
        return callDomain(() => patrolCompleteness(records, s.scope), []);
      },
    }),
  }),
});

builder.queryField("indicators", (t) =>
  t.field({
    type: EstateIndicatorsRef,
    nullable: true,
    description: "R-QLT-1: the estate's indicators for a period (managers, finance, the archivist).",
    authScopes: { staffRole: [...INDICATOR_ROLES] },
    args: {
      estateId: t.arg.globalID({ required: true }),
      period: t.arg({ type: IndicatorPeriodInput, required: true }),
    },
    resolve: async (_root, { estateId, period }, context) => {
      if (estateId.typename !== "Estate" || !context.viewer.isStaffIn(estateId.id, INDICATOR_ROLES)) {
        throw new NotFoundError("estate", ["estateId"]);
      }
      const estate = await prismaOf(context).estate.findUnique({
        where: { id: estateId.id },
        select: { id: true, timeZone: true },
      });
      if (!estate) throw new NotFoundError("estate", ["estateId"]);
      const now = servicesOf(context).now();
      const from = isoOf(period.from);
      const to = isoOf(period.to);
      const base: IndicatorScope = { estateId: estate.id, from, to, timeZone: estate.timeZone };
      // The domain checks the period once here, so a bad one is one error, not eleven.
      callDomain(() => collectionRateIndicator([], base), ["period"]);
      const over = now.getTime() >= startOfBusinessDate(addDays(to, 1), estate.timeZone).getTime();
      return { scope: over ? base : { ...base, asOf: now } };
    },
  }),
);
