import {
  type Deadline,
  RENOVATION_INSPECTING_DEPARTMENTS,
  REQUIRED_RENOVATION_DRAWINGS,
  type RenovationSignature,
  type SkippedDay,
} from "@wuye/domain";
import { z } from "zod";
import { builder, type WuyeSchemaTypes } from "../../builder.ts";
import {
  ApprovalDecision,
  RenovationApprovalKind,
  RenovationDocumentKind,
  RenovationInspectionKind,
  RenovationStatus,
} from "../../generated/prisma/enums.ts";
import { PaymentMethodEnum } from "../collection/payments.ts";

/**
 * The renovation area's shared types 装修管理 (R-REN-1…9): enums with the domain's names, what
 * the domain records on a renovation (decision, fees with their explanations, permit,
 * inspections, settlement) as output objects, and the inputs several mutations share.
 */

export const RenovationStatusEnum = builder.enumType(RenovationStatus, {
  name: "RenovationStatus",
  description: "Where a renovation stands (the domain's renovation workflow).",
});
export const RenovationDocumentKindEnum = builder.enumType(RenovationDocumentKind, {
  name: "RenovationDocumentKind",
});
export const RenovationApprovalKindEnum = builder.enumType(RenovationApprovalKind, {
  name: "RenovationApprovalKind",
  description:
    "The authority's approvals (R-REN-2), the heads' reviews and the owner's confirmation (R-REN-3).",
});
export const RenovationApprovalDecisionEnum = builder.enumType(ApprovalDecision, {
  name: "RenovationApprovalDecision",
});
export const RenovationInspectionKindEnum = builder.enumType(RenovationInspectionKind, {
  name: "RenovationInspectionKind",
});
/** How money changed hands: the ledger's methods, as the collection area names them. */
export const RenovationPaymentMethodEnum = PaymentMethodEnum;
export const RenovationPremisesEnum = builder.enumType("RenovationPremises", {
  description: "Commercial 商业 and key 重点部位 premises also need the designer's qualification (R-REN-1).",
  values: ["residential", "commercial", "key"] as const,
});
export const RenovationApplicantKindEnum = builder.enumType("RenovationApplicantKind", {
  description: "The owner, or an agent 代理人 holding the owner's power of attorney (R-REN-1).",
  values: ["owner", "agent"] as const,
});
export const RenovationDrawingKindEnum = builder.enumType("RenovationDrawingKind", {
  values: REQUIRED_RENOVATION_DRAWINGS,
});
export const RenovationAuthorityConcernEnum = builder.enumType("RenovationAuthorityConcern", {
  description: "Work that needs the competent authority's approval first (R-REN-2).",
  values: ["fireProtection", "buildingStructure", "gasLines"] as const,
});
export const RenovationWorkKindEnum = builder.enumType("RenovationWorkKind", {
  description:
    "Planned work as R-REN-4 sees it: prohibited, needing written consent or a permit, or general.",
  values: [
    "general",
    "facadeAlteration",
    "windowSecurityBars",
    "flammableMaterials",
    "bannedMaterials",
    "acetyleneCylinders",
    "weldingEquipment",
    "hotWork",
  ] as const,
});
export const RenovationDepartmentEnum = builder.enumType("RenovationDepartment", {
  description: "The departments that inspect renovation sites (R-REN-6/7/8).",
  values: RENOVATION_INSPECTING_DEPARTMENTS,
});
export const RenovationFeeItemEnum = builder.enumType("RenovationFeeItem", {
  values: ["deposit", "managementFee", "debrisRemovalFee", "passFee", "passDeposit"] as const,
});

/** A business date (`YYYY-MM-DD`) as the `Date` scalar's value. */
export const dateValue = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

export const RenovationSignatureRef = builder
  .objectRef<RenovationSignature>("RenovationSignature")
  .implement({
    description: "A signature on a paper form: who signed and when (the form is in the archive).",
    fields: (t) => ({
      name: t.exposeString("name"),
      signedAt: t.expose("signedAt", { type: "DateTime" }),
    }),
  });

const SkippedDayRef = builder.objectRef<SkippedDay>("RenovationSkippedDay").implement({
  description: "A day working-day counting passed over, and why (R-CAL-1).",
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (d) => dateValue(d.date) }),
    reason: t.exposeString("reason", { description: "`weekend` or `publicHoliday`." }),
    name: t.string({ nullable: true, resolve: (d) => d.name ?? null }),
    nameZh: t.string({ nullable: true, resolve: (d) => d.nameZh ?? null }),
  }),
});

export const RenovationDeadlineRef = builder
  .objectRef<{ deadline: Deadline; overdue: boolean }>("RenovationDeadline")
  .implement({
    description: "A deadline counted on the official calendar, with how it was counted (R-CAL-1, R-CAL-2).",
    fields: (t) => ({
      from: t.field({ type: "DateTime", resolve: (d) => d.deadline.from }),
      due: t.field({ type: "DateTime", resolve: (d) => d.deadline.due }),
      overdue: t.exposeBoolean("overdue", { description: "Past due and not yet met." }),
      provisional: t.boolean({
        description: "R-CAL-2: a day counted lies in a year the calendar data does not cover yet.",
        resolve: (d) => d.deadline.provisional,
      }),
      skipped: t.field({ type: [SkippedDayRef], resolve: (d) => [...d.deadline.skipped] }),
      calendar: t.string({ resolve: (d) => d.deadline.calendar }),
    }),
  });

// ── inputs shared by several mutations ──

export type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
  "InputObject"
>;

/** Free text; blank text the rules care about is refused by the domain with its own code. */
export const text = (max = 2000) => z.string().max(max);

export const RenovationSignatureInput = builder.inputType("RenovationSignatureInput", {
  description: "A signature: a blank name counts as unsigned. Dated now unless `signedAt` says otherwise.",
  fields: (t) => ({
    name: t.string({ required: true, validate: text(100) }),
    signedAt: t.field({ type: "DateTime", required: false }),
  }),
});

/** Which renovation a step acts on, and the version the client read. */
export function renovationStepFields(t: InputFields) {
  return {
    renovationId: t.globalID({ required: true }),
    expectedVersion: t.int({
      required: false,
      description: "The renovation's `version`; stale → ConflictError.",
    }),
  };
}
