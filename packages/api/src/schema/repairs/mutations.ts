import { repairWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import type { WuyeContext } from "../../context.ts";
import { prismaOf } from "../../context.ts";
import { RepairComponentCategory, RepairTrade } from "../../generated/prisma/enums.ts";
import {
  acceptRepairJointly,
  acceptRepairQuote,
  agreeFreeRepairPlan,
  assignRepair,
  completeRepair,
  declineRepairQuote,
  quoteRepairWork,
  rejectRepairAtAcceptance,
  respondToRepair,
  returnVisitRepair,
  startRepair,
  withdrawRepair,
} from "../../services/repairs/actions.ts";
import { REPAIR_DESK_ROLES, registerRepairOrder } from "../../services/repairs/register.ts";
import type { RepairStepResult } from "../../services/repairs/steps.ts";
import { type ServiceContext, serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { RepairCause } from "./types.ts";

/**
 * One mutation per step of a repair order, named `repair<Action>`: each runs the domain's rule
 * (`advanceRepair`) and writes the state and its history together; each payload reloads the
 * order so the client's selection is honoured.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

function payloadType(name: string) {
  return builder.objectRef<{ repairOrderId: string }>(name).implement({
    fields: (t) => ({
      repairOrder: t.prismaField({
        type: "RepairOrder",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).repairOrder.findUnique({ ...query, where: { id: payload.repairOrderId } }),
      }),
    }),
  });
}

/** Runs a step and hands its order to the payload. */
async function run<I>(
  context: WuyeContext,
  input: I,
  step: (sc: ServiceContext, input: I) => Promise<RepairStepResult>,
): Promise<{ repairOrderId: string }> {
  const result = await step(serviceContext(context), input);
  return { repairOrderId: result.repairOrderId };
}

const rolesFor = (action: string) => staffRolesFor(repairWorkflow, action);

// ── register (R-REP-1) ──

const RepairRegisterInput = builder.inputType("RepairRegisterInput", {
  description:
    "An owner or tenant names their unit and reports as themself; the desk names the unit (or the estate, for a common area), the reporter and a contact.",
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    description: t.string({ required: true, validate: text(2000) }),
    category: t.field({ type: RepairComponentCategory, required: true }),
    trade: t.field({ type: RepairTrade, required: true }),
    location: t.string({ required: false, validate: text(200).optional() }),
    reporterName: t.string({ required: false, description: "Desk only.", validate: text(100).optional() }),
    contact: t.string({ required: false, validate: z.string().trim().max(30).optional() }),
    requestedAt: t.field({ type: "DateTime", required: false, description: "Desk only; default now." }),
  }),
});

builder.mutationField("repairRegister", (t) =>
  t.field({
    type: payloadType("RepairRegisterPayload"),
    description:
      "R-REP-1: register a repair request 报修; it starts `registered`, to be answered within 15 minutes.",
    authScopes: { $any: { staffRole: REPAIR_DESK_ROLES, resident: true, apiScope: "repairs:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairRegisterInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const row = await registerRepairOrder(serviceContext(context), input);
      return { repairOrderId: row.id };
    },
  }),
);

// ── the steps ──

const RepairRespondInput = builder.inputType("RepairRespondInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    onSiteNow: t.boolean({ required: true, description: "Whether someone goes on site at once." }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairRespond", (t) =>
  t.field({
    type: payloadType("RepairRespondPayload"),
    description:
      "R-REP-1: answer the request (due 15 minutes after it), deciding whether to go on site at once.",
    authScopes: { staffRole: rolesFor("respond") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairRespondInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, respondToRepair),
  }),
);

const RepairAssignInput = builder.inputType("RepairAssignInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    technicianId: t.globalID({
      required: true,
      description: "A `RepairTechnician` id (see `repairTechnicians`).",
    }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairAssign", (t) =>
  t.field({
    type: payloadType("RepairAssignPayload"),
    description: "R-REP-2: assign a technician of the repair's trade (again, for a second repair).",
    authScopes: { staffRole: rolesFor("assign") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairAssignInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, assignRepair),
  }),
);

const RepairAgreeFreePlanInput = builder.inputType("RepairAgreeFreePlanInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    plan: t.string({ required: true, validate: text(2000) }),
    cause: t.field({ type: RepairCause, required: false, description: "Default `defect`." }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairAgreeFreePlan", (t) =>
  t.field({
    type: payloadType("RepairAgreeFreePlanPayload"),
    description:
      "R-REP-3: within warranty (decided from the unit's handover to the day reported), free work on a plan agreed with the owner.",
    authScopes: { staffRole: rolesFor("agreeFreePlan") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairAgreeFreePlanInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, agreeFreeRepairPlan),
  }),
);

const RepairQuoteLineInput = builder.inputType("RepairQuoteLineInput", {
  fields: (t) => ({
    code: t.string({ required: true, description: "A price-list item code.", validate: text(40) }),
    quantity: t.string({
      required: true,
      description: 'A positive decimal with at most 3 places, e.g. "1.5".',
      validate: z
        .string()
        .trim()
        .regex(/^\d+(\.\d{1,3})?$/, "a decimal such as 1.5"),
    }),
  }),
});

const RepairQuoteInput = builder.inputType("RepairQuoteInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    lines: t.field({ type: [RepairQuoteLineInput], required: true, validate: z.array(z.unknown()).max(50) }),
    reason: t.string({ required: true, description: "Why the work is charged.", validate: text(1000) }),
    cause: t.field({ type: RepairCause, required: false, description: "Default `defect`." }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairQuote", (t) =>
  t.field({
    type: payloadType("RepairQuotePayload"),
    description:
      "R-REP-3: outside warranty, quote labour + materials from the estate's price list, each line explained, with the reason.",
    authScopes: { staffRole: rolesFor("quote") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairQuoteInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, quoteRepairWork),
  }),
);

const RepairAcceptQuoteInput = builder.inputType("RepairAcceptQuoteInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairAcceptQuote", (t) =>
  t.field({
    type: payloadType("RepairAcceptQuotePayload"),
    description:
      "R-REP-3: the owner of the unit accepts the quote (customer service records an acceptance given in person or by phone).",
    authScopes: { $any: { staffRole: rolesFor("acceptQuote"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairAcceptQuoteInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, acceptRepairQuote),
  }),
);

const RepairDeclineQuoteInput = builder.inputType("RepairDeclineQuoteInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    reason: t.string({ required: true, validate: text(1000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairDeclineQuote", (t) =>
  t.field({
    type: payloadType("RepairDeclineQuotePayload"),
    description: "R-REP-3: the owner declines the quote: no paid work, the order is withdrawn.",
    authScopes: { $any: { staffRole: rolesFor("declineQuote"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairDeclineQuoteInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, declineRepairQuote),
  }),
);

const RepairStartInput = builder.inputType("RepairStartInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairStart", (t) =>
  t.field({
    type: payloadType("RepairStartPayload"),
    description:
      "R-REP-3: start the work: free work on its agreed plan, paid work once the owner accepted the quote.",
    authScopes: { staffRole: rolesFor("start") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairStartInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, startRepair),
  }),
);

const RepairCompleteInput = builder.inputType("RepairCompleteInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    workDone: t.string({ required: true, description: "The repair record 维修记录.", validate: text(2000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairComplete", (t) =>
  t.field({
    type: payloadType("RepairCompletePayload"),
    description: "R-REP-2: the work is done (due 24 hours after the request).",
    authScopes: { staffRole: rolesFor("complete") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairCompleteInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, completeRepair),
  }),
);

const RepairAcceptJointlyInput = builder.inputType("RepairAcceptJointlyInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    ownerSignature: t.string({ required: true, validate: z.string().max(200) }),
    technicianSignature: t.string({ required: true, validate: z.string().max(200) }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairAcceptJointly", (t) =>
  t.field({
    type: payloadType("RepairAcceptJointlyPayload"),
    description: "R-REP-4: the owner and the technician check the work and sign together.",
    authScopes: { $any: { staffRole: rolesFor("acceptJointly"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairAcceptJointlyInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, acceptRepairJointly),
  }),
);

const RepairRejectAtAcceptanceInput = builder.inputType("RepairRejectAtAcceptanceInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    defects: t.string({ required: true, description: "What is unfinished.", validate: text(2000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairRejectAtAcceptance", (t) =>
  t.field({
    type: payloadType("RepairRejectAtAcceptancePayload"),
    description: "R-REP-4: the joint check finds the work unfinished; it goes back in progress.",
    authScopes: { $any: { staffRole: rolesFor("rejectAtAcceptance"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairRejectAtAcceptanceInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, rejectRepairAtAcceptance),
  }),
);

const RepairReturnVisitInput = builder.inputType("RepairReturnVisitInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    satisfied: t.boolean({ required: true }),
    comment: t.string({
      required: false,
      description: "What the owner said; required when not satisfied.",
      validate: z.string().max(2000).optional(),
    }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairReturnVisit", (t) =>
  t.field({
    type: payloadType("RepairReturnVisitPayload"),
    description:
      "R-REP-5: the return visit 回访, 1 to 3 days after completion. Satisfied closes the order; not satisfied reopens it for a second repair 二次维修 and the repeat count goes up.",
    authScopes: { staffRole: rolesFor("returnVisitSatisfied") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairReturnVisitInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, returnVisitRepair),
  }),
);

const RepairWithdrawInput = builder.inputType("RepairWithdrawInput", {
  fields: (t) => ({
    repairOrderId: t.globalID({ required: true }),
    reason: t.string({ required: true, validate: text(1000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("repairWithdraw", (t) =>
  t.field({
    type: payloadType("RepairWithdrawPayload"),
    description: "Withdraw the request before work starts (the reporter, or customer service).",
    authScopes: { $any: { staffRole: rolesFor("withdraw"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairWithdrawInput, required: true }) },
    resolve: (_root, { input }, context) => run(context, input, withdrawRepair),
  }),
);
