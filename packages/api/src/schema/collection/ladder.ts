import type { CollectionAttempt, CollectionCase, CollectionOutlook } from "@wuye/domain";
import { z } from "zod";
import { visibleCollectionAttempts } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { CollectionOutcome, CollectionStep } from "../../generated/prisma/enums.ts";
import { collectionCaseOf, recordAttempt } from "../../services/collection/attempts.ts";
import { COLLECTION_ROLES } from "../../services/fees/access.ts";
import { dateColumn } from "../../services/fees/records.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { ReminderChannelEnum } from "../fees/bills.ts";

/**
 * The lawful collection ladder 催缴 (R-FEE-5, R-FEE-10): reminder → call or visit → written demand
 * → referral to arbitration or court. A unit's case is rebuilt from its arrears and the attempts
 * recorded; the domain judges each new attempt. Cutting water, power, heating or gas is not on the
 * ladder: asking for it is always refused (Civil Code art. 944).
 */

const CollectionStepEnum = builder.enumType(CollectionStep, {
  name: "CollectionStep",
  description: "A lawful collection step (R-FEE-10), from the mildest up.",
});
const CollectionOutcomeEnum = builder.enumType(CollectionOutcome, { name: "CollectionOutcome" });
const CollectionStageEnum = builder.enumType("CollectionStage", {
  description: "Where a unit's collection stands on the ladder (R-FEE-10).",
  values: ["inArrears", "reminded", "contacted", "demanded", "referred"] as const,
});
const CollectionMeasureEnum = builder.enumType("CollectionMeasure", {
  description:
    "What staff ask to do. Only the ladder's steps can be allowed: cutting water, power, heating or gas is unlawful (Civil Code art. 944) and always refused with COL_UTILITY_CUTOFF_FORBIDDEN.",
  values: [
    "reminder",
    "call",
    "visit",
    "writtenDemand",
    "referral",
    "cutWater",
    "cutPower",
    "cutHeating",
    "cutGas",
  ] as const,
});

const LadderAttemptRef = builder.objectRef<CollectionAttempt>("CollectionCaseAttempt").implement({
  fields: (t) => ({
    step: t.field({ type: CollectionStepEnum, resolve: (a) => a.step }),
    on: t.field({ type: "Date", resolve: (a) => dateColumn(a.on) }),
    at: t.field({ type: "DateTime", resolve: (a) => a.at }),
    outcome: t.field({ type: CollectionOutcomeEnum, resolve: (a) => a.outcome }),
    channel: t.field({ type: ReminderChannelEnum, nullable: true, resolve: (a) => a.channel ?? null }),
    note: t.string({ nullable: true, resolve: (a) => a.note ?? null }),
    promisedBy: t.field({
      type: "Date",
      nullable: true,
      resolve: (a) => (a.promisedBy ? dateColumn(a.promisedBy) : null),
    }),
    deadline: t.field({
      type: "Date",
      nullable: true,
      resolve: (a) => (a.deadline ? dateColumn(a.deadline) : null),
    }),
  }),
});

const NextStepsRef = builder.objectRef<CollectionOutlook>("CollectionNextSteps").implement({
  description: "What the ladder allows next, and from when (R-FEE-10).",
  fields: (t) => ({
    escalation: t.field({
      type: [CollectionStepEnum],
      description: "The step(s) that move the case up; empty once referred.",
      resolve: (o) => [...(o.escalation?.steps ?? [])],
    }),
    earliest: t.field({
      type: "Date",
      nullable: true,
      resolve: (o) => (o.escalation ? dateColumn(o.escalation.earliest) : null),
    }),
    repeatable: t.field({ type: [CollectionStepEnum], resolve: (o) => [...o.repeatable] }),
  }),
});

const CollectionCaseRef = builder
  .objectRef<{ unitId: string; collectionCase: CollectionCase; outlook: CollectionOutlook }>("CollectionCase")
  .implement({
    description:
      "A unit's collection 催缴 on the lawful ladder, rebuilt from its arrears and attempts (R-FEE-10).",
    fields: (t) => ({
      unit: t.prismaField({
        type: "Unit",
        nullable: true,
        resolve: (query, c, _args, context) =>
          prismaOf(context).unit.findUnique({ ...query, where: { id: c.unitId } }),
      }),
      stage: t.field({ type: CollectionStageEnum, resolve: (c) => c.collectionCase.stage }),
      arrearsSince: t.field({
        type: "Date",
        description: "The day after the oldest unpaid due date.",
        resolve: (c) => dateColumn(c.collectionCase.arrearsSince),
      }),
      stageSince: t.field({
        type: "Date",
        nullable: true,
        resolve: (c) => (c.collectionCase.stageSince ? dateColumn(c.collectionCase.stageSince) : null),
      }),
      demandDeadline: t.field({
        type: "Date",
        nullable: true,
        resolve: (c) =>
          c.collectionCase.demandDeadline ? dateColumn(c.collectionCase.demandDeadline) : null,
      }),
      promisedBy: t.field({
        type: "Date",
        nullable: true,
        resolve: (c) => (c.collectionCase.promisedBy ? dateColumn(c.collectionCase.promisedBy) : null),
      }),
      attempts: t.field({ type: [LadderAttemptRef], resolve: (c) => [...c.collectionCase.attempts] }),
      next: t.field({ type: NextStepsRef, resolve: (c) => c.outlook }),
    }),
  });

export const CollectionAttemptRef = builder.prismaNode("CollectionAttempt", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleCollectionAttempts(context.viewer)] }),
  description: "A reminder or collection attempt 催缴记录 (R-FEE-5, R-FEE-10).",
  fields: (t) => ({
    step: t.expose("step", { type: CollectionStepEnum }),
    channel: t.expose("channel", { type: ReminderChannelEnum, nullable: true }),
    attemptedAt: t.expose("attemptedAt", { type: "DateTime" }),
    outcome: t.expose("outcome", { type: CollectionOutcomeEnum }),
    note: t.exposeString("note", { nullable: true }),
    deadline: t.expose("deadline", {
      type: "Date",
      nullable: true,
      description: "A written demand's deadline, or the date the owner promised to pay by.",
    }),
    attemptedByName: t.string({
      select: { attemptedBy: { select: { name: true } } },
      resolve: (a) => a.attemptedBy.name,
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit"),
    bill: t.relation("bill", { nullable: true }),
  }),
});

const CollectionAttemptFilter = builder.inputType("CollectionAttemptFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    step: t.field({ type: [CollectionStepEnum], required: false }),
  }),
});

const collectorScopes = { $any: { staffRole: [...COLLECTION_ROLES], apiScope: "fees:read" as const } };

builder.queryFields((t) => ({
  collectionCase: t.field({
    type: CollectionCaseRef,
    nullable: true,
    description: "R-FEE-10: a unit's collection case and the steps the ladder allows next.",
    authScopes: { staffRole: [...COLLECTION_ROLES] },
    args: { unitId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, context) => collectionCaseOf(serviceContext(context), args.unitId),
  }),
  collectionAttempts: t.prismaConnection({
    type: "CollectionAttempt",
    cursor: "id",
    nullable: true,
    description: "Reminders and collection attempts (R-FEE-5, R-FEE-10), newest first.",
    authScopes: collectorScopes,
    args: { filter: t.arg({ type: CollectionAttemptFilter, required: false }) },
    resolve: (query, _root, { filter }, context) => {
      const where: Prisma.CollectionAttemptWhereInput = {
        AND: [
          visibleCollectionAttempts(context.viewer),
          {
            ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
            ...(filter?.unitId ? { unitId: filter.unitId.id } : {}),
            ...(filter?.step ? { step: { in: filter.step } } : {}),
          },
        ],
      };
      return prismaOf(context).collectionAttempt.findMany({
        ...query,
        where,
        orderBy: [{ attemptedAt: "desc" }, { id: "desc" }],
      });
    },
  }),
}));

const CollectionAttemptRecordInput = builder.inputType("CollectionAttemptRecordInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    measure: t.field({ type: CollectionMeasureEnum, required: true }),
    outcome: t.field({ type: CollectionOutcomeEnum, required: true }),
    channel: t.field({ type: ReminderChannelEnum, required: false, description: "How a reminder went out." }),
    note: t.string({ required: false, validate: z.string().trim().max(1000) }),
    promisedBy: t.field({ type: "Date", required: false, description: "Required with `promisedToPay`." }),
    attemptedAt: t.field({
      type: "DateTime",
      required: false,
      description: "Default now; never in the future.",
    }),
  }),
});

const CollectionAttemptRecordPayload = builder
  .objectRef<{ attemptId: string; unitId: string; stage: string; deadline: string | null }>(
    "CollectionAttemptRecordPayload",
  )
  .implement({
    fields: (t) => ({
      attempt: t.prismaField({
        type: "CollectionAttempt",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).collectionAttempt.findUnique({ ...query, where: { id: p.attemptId } }),
      }),
      stage: t.field({
        type: CollectionStageEnum,
        resolve: (p) => p.stage as "inArrears" | "reminded" | "contacted" | "demanded" | "referred",
      }),
      deadline: t.field({
        type: "Date",
        nullable: true,
        description: "A written demand's deadline to pay.",
        resolve: (p) => (p.deadline ? dateColumn(p.deadline) : null),
      }),
    }),
  });

builder.mutationFields((t) => ({
  collectionAttemptRecord: t.field({
    type: CollectionAttemptRecordPayload,
    description:
      "R-FEE-5/10: record a reminder, call, visit, written demand or referral, as the ladder allows; a utility cut-off is refused.",
    authScopes: { staffRole: [...COLLECTION_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: CollectionAttemptRecordInput, required: true }) },
    resolve: (_root, { input }, context) => recordAttempt(serviceContext(context), input),
  }),
}));
