import type { ObjectFieldBuilder } from "@pothos/core";
import type {
  IndicatorHeader,
  IndicatorNoData,
  IndicatorRate,
  MeanDurationIndicator,
  Money,
  RateIndicator,
} from "@wuye/domain";
import { builder, type WuyeSchemaTypes } from "../builder.ts";
import { dateColumn } from "../services/estate-dates.ts";
import { LocalizedTextRef } from "./common.ts";

/**
 * The indicator results of R-QLT-1 as GraphQL types: every indicator says what it measures, the
 * period, its formula in English and Chinese and its rules; a rate gives the exact numerator and
 * denominator (counts, or `Money`) and the percentage written from them; a mean duration its exact
 * ratio and minutes/hours. No data is a status with a reason, never a number.
 */

const IndicatorStatus = builder.enumType("IndicatorStatus", {
  values: ["ok", "noData"] as const,
  description: "`noData` when there was nothing to measure in the period.",
});

type AnyIndicator = IndicatorHeader & ({ status: "ok" } | IndicatorNoData);

const IndicatorInterface = builder.interfaceRef<AnyIndicator>("Indicator").implement({
  description: "One indicator of R-QLT-1 for an estate and period.",
  fields: (t) => ({
    indicator: t.string({ description: "e.g. `collectionRate`.", resolve: (i) => i.indicator }),
    status: t.field({ type: IndicatorStatus, resolve: (i) => i.status }),
    from: t.field({ type: "Date", resolve: (i) => dateColumn(i.from) }),
    to: t.field({ type: "Date", resolve: (i) => dateColumn(i.to) }),
    formula: t.field({ type: LocalizedTextRef, resolve: (i) => i.formula }),
    rules: t.stringList({ resolve: (i) => [...i.rules] }),
    noDataReason: t.field({
      type: LocalizedTextRef,
      nullable: true,
      resolve: (i) => (i.status === "noData" ? i.reason : null),
    }),
  }),
});

const ok = <T>(i: { status: string }, pick: () => T): T | null => (i.status === "ok" ? pick() : null);

export type CountRate = RateIndicator<number>;

/** Rate fields on any indicator object whose source is a count rate. */
function countRateFields<T extends CountRate>(t: PothosFieldBuilder<T>) {
  return {
    numerator: t.int({ nullable: true, resolve: (i) => ok(i, () => (i as IndicatorRate).numerator) }),
    denominator: t.int({ nullable: true, resolve: (i) => ok(i, () => (i as IndicatorRate).denominator) }),
    percentage: t.string({
      nullable: true,
      description: "Written from the exact ratio, two places half up, e.g. `93.75%`.",
      resolve: (i) => ok(i, () => (i as IndicatorRate).percentage),
    }),
  };
}

type PothosFieldBuilder<T> = ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>, T>;

export const CountRateIndicatorRef = builder.objectRef<CountRate>("CountRateIndicator").implement({
  description: "A rate of counts: numerator ÷ denominator.",
  interfaces: [IndicatorInterface],
  fields: (t) => countRateFields(t),
});

export type MoneyRate = RateIndicator<Money>;

export const MoneyRateIndicatorRef = builder.objectRef<MoneyRate>("MoneyRateIndicator").implement({
  description: "A rate of amounts in CNY, exact to the fen.",
  interfaces: [IndicatorInterface],
  fields: (t) => ({
    numerator: t.field({
      type: "Money",
      nullable: true,
      resolve: (i) => ok(i, () => (i as IndicatorRate<Money>).numerator),
    }),
    denominator: t.field({
      type: "Money",
      nullable: true,
      resolve: (i) => ok(i, () => (i as IndicatorRate<Money>).denominator),
    }),
    percentage: t.string({
      nullable: true,
      resolve: (i) => ok(i, () => (i as IndicatorRate<Money>).percentage),
    }),
  }),
});

/** Mean-duration fields on any indicator object whose source is a mean duration. */
function meanFields<T extends MeanDurationIndicator>(t: PothosFieldBuilder<T>) {
  const mean = (i: T) => {
    const indicator: MeanDurationIndicator = i;
    return indicator.status === "ok" ? indicator : null;
  };
  return {
    count: t.int({ nullable: true, resolve: (i) => mean(i)?.count ?? null }),
    meanMs: t.string({
      nullable: true,
      description: "The exact mean in milliseconds as a ratio `total/count`.",
      resolve: (i) => {
        const m = mean(i);
        return m ? `${m.meanMs.num}/${m.meanMs.den}` : null;
      },
    }),
    meanMinutes: t.string({ nullable: true, resolve: (i) => mean(i)?.meanMinutes ?? null }),
    meanHours: t.string({ nullable: true, resolve: (i) => mean(i)?.meanHours ?? null }),
  };
}

export const MeanDurationIndicatorRef = builder
  .objectRef<MeanDurationIndicator>("MeanDurationIndicator")
  .implement({
    description: "A mean duration: the sum of the durations over their count.",
    interfaces: [IndicatorInterface],
    fields: (t) => meanFields(t),
  });

export type SatisfactionResult = CountRate & {
  readonly byServiceArea: readonly { readonly serviceArea: string; readonly rate: IndicatorRate }[];
};

const ServiceAreaSatisfactionRef = builder
  .objectRef<{ serviceArea: string; rate: IndicatorRate }>("ServiceAreaSatisfaction")
  .implement({
    fields: (t) => ({
      serviceArea: t.exposeString("serviceArea"),
      rate: t.field({ type: CountRateIndicatorRef, resolve: (s) => s.rate }),
    }),
  });

export const SatisfactionIndicatorRef = builder
  .objectRef<SatisfactionResult>("SatisfactionIndicator")
  .implement({
    description: "Satisfaction 满意率 overall and by service area (R-COM-3).",
    interfaces: [IndicatorInterface],
    fields: (t) => ({
      ...countRateFields(t),
      byServiceArea: t.field({ type: [ServiceAreaSatisfactionRef], resolve: (s) => [...s.byServiceArea] }),
    }),
  });

export type RepairResponseResult = MeanDurationIndicator & {
  readonly withinTarget: CountRate;
  readonly unanswered: number;
};

export const RepairResponseIndicatorRef = builder
  .objectRef<RepairResponseResult>("RepairResponseIndicator")
  .implement({
    description:
      "Repair response time (R-REP-1): the mean, the share answered within the target, those unanswered.",
    interfaces: [IndicatorInterface],
    fields: (t) => ({
      ...meanFields(t),
      withinTarget: t.field({ type: CountRateIndicatorRef, resolve: (r) => r.withinTarget }),
      unanswered: t.int({ resolve: (r) => r.unanswered }),
    }),
  });

export type DrillCoverageResult = CountRate & {
  readonly undrilledPlans: readonly { readonly id: string; readonly title: string; readonly type: string }[];
};

const UndrilledPlanRef = builder
  .objectRef<{ id: string; title: string; type: string }>("UndrilledEmergencyPlan")
  .implement({
    description: "An emergency plan 应急预案 not drilled in the period.",
    fields: (t) => ({ title: t.exposeString("title"), type: t.exposeString("type") }),
  });

export const DrillCoverageIndicatorRef = builder
  .objectRef<DrillCoverageResult>("DrillCoverageIndicator")
  .implement({
    description: "Drill coverage 演练覆盖率 (R-EMG-2), with the plans not drilled.",
    interfaces: [IndicatorInterface],
    fields: (t) => ({
      ...countRateFields(t),
      undrilledPlans: t.field({ type: [UndrilledPlanRef], resolve: (d) => [...d.undrilledPlans] }),
    }),
  });

export type PatrolResult = CountRate & { readonly missedRounds: number };

export const PatrolCompletenessIndicatorRef = builder
  .objectRef<PatrolResult>("PatrolCompletenessIndicator")
  .implement({
    description: "Patrol completeness 巡检完整率 (R-FAC-3), with the rounds in which nothing was visited.",
    interfaces: [IndicatorInterface],
    fields: (t) => ({
      ...countRateFields(t),
      missedRounds: t.int({ resolve: (p) => p.missedRounds }),
    }),
  });
