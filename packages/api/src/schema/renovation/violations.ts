import {
  businessDateOf,
  formatQuantity,
  overdueViolationAuthorityReports,
  type RenovationViolation,
  type RenovationViolationPenaltyAmount,
  renovationViolationPenalty,
  violationAuthorityReportStatus,
} from "@wuye/domain";
import { visibleRenovationViolations } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf, servicesOf } from "../../context.ts";
import { RenovationViolationStatus, ViolationSeverity } from "../../generated/prisma/enums.ts";
import { LocalizedTextRef } from "../common.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";
import { violationOf } from "./records.ts";
import { dateValue, RenovationDeadlineRef, RenovationSignatureRef } from "./types.ts";

/**
 * Violations 违章 found on renovation sites (R-REN-7), with their notice workflow, penalty and
 * the duty to report illegal work to the competent authority. Visible with their renovation.
 */

export const RenovationViolationStatusEnum = builder.enumType(RenovationViolationStatus, {
  name: "RenovationViolationStatus",
  description:
    "Minor: recorded → verbalNoticeGiven → rectified. Serious: recorded → ownerPhoned → siteManagerPhoned → noticeSigned → filed → rectified.",
});
export const RenovationViolationSeverityEnum = builder.enumType(ViolationSeverity, {
  name: "RenovationViolationSeverity",
});
const AuthorityReportStatusEnum = builder.enumType("RenovationAuthorityReportStatus", {
  values: ["notRequired", "due", "overdue", "reportedOnTime", "reportedLate"] as const,
});

const PenaltyTermsRef = builder
  .objectRef<RenovationViolation["penalty"]>("RenovationViolationPenaltyTerms")
  .implement({
    description: "The penalty 违约金 on the written notice (R-REN-7); zero for a minor violation.",
    fields: (t) => ({
      base: t.field({
        type: "Money",
        description: "One-off amount, repeat multiplier applied.",
        resolve: (p) => p.base,
      }),
      listed: t.field({ type: "Money", resolve: (p) => p.listed }),
      repeat: t.exposeBoolean("repeat", { description: "The same renovation had this type before." }),
      multiplier: t.string({
        nullable: true,
        resolve: (p) => (p.multiplier ? formatQuantity(p.multiplier) : null),
      }),
      dailyAmount: t.field({ type: "Money", resolve: (p) => p.dailyAmount }),
      explanation: t.field({ type: LocalizedTextRef, resolve: (p) => p.explanation }),
    }),
  });

const PenaltyToDateRef = builder
  .objectRef<RenovationViolationPenaltyAmount>("RenovationViolationPenaltyToDate")
  .implement({
    description:
      "The penalty run up so far: the one-off amount plus each day unrectified after the rectify-by date.",
    fields: (t) => ({
      base: t.field({ type: "Money", resolve: (p) => p.base }),
      daysUnrectified: t.exposeInt("daysUnrectified"),
      daily: t.field({ type: "Money", resolve: (p) => p.daily }),
      total: t.field({ type: "Money", resolve: (p) => p.total }),
      explanation: t.field({ type: LocalizedTextRef, resolve: (p) => p.explanation }),
    }),
  });

const AuthorityReportRef = builder
  .objectRef<{ violation: RenovationViolation; now: Date }>("RenovationAuthorityReport")
  .implement({
    description:
      "R-REN-7: illegal work is reported to the competent authority within the window (24 h by default).",
    fields: (t) => ({
      status: t.field({
        type: AuthorityReportStatusEnum,
        resolve: ({ violation, now }) => violationAuthorityReportStatus(violation, now),
      }),
      deadline: t.field({
        type: RenovationDeadlineRef,
        nullable: true,
        resolve: ({ violation, now }) => {
          const duty = violation.authorityReport;
          if (!duty) return null;
          return {
            deadline: duty.deadline,
            overdue: violationAuthorityReportStatus(violation, now) === "overdue",
          };
        },
      }),
      authority: t.string({
        nullable: true,
        resolve: ({ violation }) => violation.authorityReport?.report?.authority ?? null,
      }),
      reference: t.string({
        nullable: true,
        resolve: ({ violation }) => violation.authorityReport?.report?.reference ?? null,
      }),
      reportedAt: t.field({
        type: "DateTime",
        nullable: true,
        resolve: ({ violation }) => violation.authorityReport?.report?.reportedAt ?? null,
      }),
    }),
  });

/** Reads a field of the domain's violation (null for a violation not recorded through the API). */
const select = { application: { select: { unitId: true, estate: { select: { timeZone: true } } } } } as const;

export const RenovationViolationRef = builder.prismaNode("RenovationViolation", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleRenovationViolations(context.viewer)] }),
  fields: (t) => ({
    renovation: t.relation("application"),
    type: t.exposeString("violationType", { description: "The key in the estate's penalty catalogue." }),
    severity: t.expose("severity", { type: RenovationViolationSeverityEnum }),
    status: t.expose("status", { type: RenovationViolationStatusEnum }),
    description: t.exposeString("description"),
    foundAt: t.expose("foundAt", { type: "DateTime" }),
    version: t.exposeInt("version"),
    label: t.field({
      type: LocalizedTextRef,
      nullable: true,
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.label ?? null,
    }),
    notice: t.string({
      nullable: true,
      description: "`verbal` (minor) or `written` (serious).",
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.classification.notice ?? null,
    }),
    illegal: t.boolean({
      nullable: true,
      description: "Work that breaks the law: also reported to the authority.",
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.classification.illegal ?? null,
    }),
    severityOverrideReason: t.string({
      nullable: true,
      select,
      resolve: async (v, _args, context) =>
        (await violationOf(context, v))?.classification.override?.reason ?? null,
    }),
    rectificationRequired: t.string({
      nullable: true,
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.rectificationRequired ?? null,
    }),
    rectifyBy: t.field({
      type: "Date",
      nullable: true,
      select,
      resolve: async (v, _args, context) => {
        const by = (await violationOf(context, v))?.rectifyBy;
        return by ? dateValue(by) : null;
      },
    }),
    rectifiedOn: t.field({
      type: "Date",
      nullable: true,
      select,
      resolve: async (v, _args, context) => {
        const on = (await violationOf(context, v))?.rectifiedOn;
        return on ? dateValue(on) : null;
      },
    }),
    penaltyTerms: t.field({
      type: PenaltyTermsRef,
      nullable: true,
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.penalty ?? null,
    }),
    penaltyToDate: t.field({
      type: PenaltyToDateRef,
      nullable: true,
      description: "R-REN-7: what the penalty amounts to today (fixed once rectified).",
      select,
      resolve: async (v, _args, context) => {
        const violation = await violationOf(context, v);
        if (!violation) return null;
        return renovationViolationPenalty(
          violation,
          businessDateOf(servicesOf(context).now(), v.application.estate.timeZone),
        );
      },
    }),
    authorityReport: t.field({
      type: AuthorityReportRef,
      nullable: true,
      select,
      resolve: async (v, _args, context) => {
        const violation = await violationOf(context, v);
        return violation ? { violation, now: servicesOf(context).now() } : null;
      },
    }),
    ownerSignature: t.field({
      type: RenovationSignatureRef,
      nullable: true,
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.noticeSignatures?.owner ?? null,
    }),
    siteManagerSignature: t.field({
      type: RenovationSignatureRef,
      nullable: true,
      select,
      resolve: async (v, _args, context) =>
        (await violationOf(context, v))?.noticeSignatures?.siteManager ?? null,
    }),
    signedOffAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The project manager's sign-off that filed the penalty.",
      select,
      resolve: async (v, _args, context) => (await violationOf(context, v))?.signedOff?.at ?? null,
    }),
    penalties: t.relation("penalties", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of the notice, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (v, args, context) => resolveHistory(context, "renovation violation", v.id, args),
    }),
  }),
});

builder.queryField("renovationOverdueAuthorityReports", (t) =>
  t.prismaField({
    type: ["RenovationViolation"],
    description:
      "R-REN-7: illegal work not reported to the competent authority within its deadline, for the manager's list.",
    authScopes: { staff: true },
    args: { estateId: t.arg.globalID({ required: false }) },
    resolve: async (query, _root, args, context) => {
      const prisma = prismaOf(context);
      // Candidates: serious violations not reported; the domain says which are illegal and late.
      const candidates = await prisma.renovationViolation.findMany({
        where: {
          AND: [
            visibleRenovationViolations(context.viewer),
            args.estateId ? { application: { estateId: args.estateId.id } } : {},
            { reportedToAuthorityAt: null, severity: "serious" },
          ],
        },
        select: { id: true, applicationId: true, status: true, application: { select: { unitId: true } } },
      });
      const domain = await Promise.all(candidates.map((row) => violationOf(context, row)));
      const overdue = overdueViolationAuthorityReports(
        domain.filter((v): v is RenovationViolation => v !== undefined),
        servicesOf(context).now(),
      ).map((v) => v.id);
      return prisma.renovationViolation.findMany({
        ...query,
        where: { id: { in: overdue } },
        orderBy: [{ foundAt: "asc" }, { id: "asc" }],
      });
    },
  }),
);
