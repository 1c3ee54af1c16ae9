import { complaintWorkflow } from "@wuye/domain";
import { z } from "zod";
import { type StaffRole, staffRolesFor } from "../auth/index.ts";
import { builder, type WuyeSchemaTypes } from "../builder.ts";
import { prismaOf } from "../context.ts";
import {
  approveComplaintResultStep,
  assignComplaintStep,
  closeComplaintStep,
  closeInvalidComplaintStep,
  declareComplaintInvalidStep,
  recordComplaintHandlingStep,
  recordComplaintReturnVisitStep,
  replyToComplainantStep,
  reportComplaintBackStep,
  returnComplaintToDepartmentStep,
} from "../services/complaint-flow.ts";
import { type ServiceContext, serviceContext } from "../services/support.ts";
import { ComplaintSatisfactionEnum, DepartmentEnum } from "./complaint-types.ts";
import { mutationErrors } from "./errors.ts";

/**
 * The complaint flow after classification (R-CMP-2, R-CMP-5, R-CMP-6): one mutation per row of
 * the domain's `complaintWorkflow` table. Each input names the complaint, the version the client
 * read and the step's text; each payload returns the complaint reloaded with the client's
 * selection. Blank text is left to the domain, which refuses it with its own code
 * (`CMP_HANDLING_REQUIRED`…); only the length is limited here.
 */

/** Free text a step records: length-limited here, emptiness judged by the domain's rule. */
export const stepText = (max = 2000) => z.string().max(max);

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
  "InputObject"
>;

/** The fields every complaint step's input starts with. */
export function complaintStepFields(t: InputFields) {
  return {
    complaintId: t.globalID({ required: true }),
    expectedVersion: t.int({
      required: false,
      description: "The complaint's `version` as read; a stale one is a `ConflictError`.",
    }),
  };
}

/** The payload of a complaint step: the complaint, reloaded so the client's selection is honoured. */
export function complaintPayload(name: string) {
  return builder.objectRef<{ complaintId: string }>(name).implement({
    fields: (t) => ({
      complaint: t.prismaField({
        type: "Complaint",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).complaint.findUnique({ ...query, where: { id: payload.complaintId } }),
      }),
    }),
  });
}

/** Defines the mutation `field` for a flow step: typed errors, the roles, the service call. */
function complaintStepMutation<Input>(
  field: string,
  options: {
    readonly description: string;
    readonly roles: readonly StaffRole[];
    readonly input: PothosSchemaTypes.InputObjectRef<
      PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
      Input
    >;
    readonly run: (sc: ServiceContext, input: Input) => Promise<{ readonly complaintId: string }>;
  },
): void {
  const payload = complaintPayload(`${field.charAt(0).toUpperCase()}${field.slice(1)}Payload`);
  builder.mutationField(field, (t) =>
    t.field({
      type: payload,
      description: options.description,
      authScopes: { staffRole: [...options.roles] },
      errors: mutationErrors(),
      args: { input: t.arg({ type: options.input, required: true }) },
      // The generic input type is beyond Pothos' inference; `input` is the declared, required argument.
      resolve: (_root, args, context) =>
        options.run(serviceContext(context), (args as unknown as { input: Input }).input),
    }),
  );
}

const rolesOf = (action: string) => staffRolesFor(complaintWorkflow, action);

complaintStepMutation("complaintDeclareInvalid", {
  description: "R-CMP-2: the supervisor judges a received complaint invalid, saying why.",
  roles: rolesOf("declareInvalid"),
  input: builder.inputType("ComplaintDeclareInvalidInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      reason: t.string({ required: true, validate: stepText() }),
    }),
  }),
  run: declareComplaintInvalidStep,
});

complaintStepMutation("complaintCloseInvalid", {
  description:
    "R-CMP-2: an invalid complaint closes once the polite explanation to the customer is recorded.",
  roles: rolesOf("closeInvalid"),
  input: builder.inputType("ComplaintCloseInvalidInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      explanation: t.string({ required: true, validate: stepText() }),
    }),
  }),
  run: closeInvalidComplaintStep,
});

complaintStepMutation("complaintAssign", {
  description: "R-CMP-5: a classified complaint goes to the responsible department.",
  roles: rolesOf("assign"),
  input: builder.inputType("ComplaintAssignInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      department: t.field({ type: DepartmentEnum, required: true }),
    }),
  }),
  run: assignComplaintStep,
});

complaintStepMutation("complaintHandle", {
  description: "R-CMP-5: the department records how it handled the complaint.",
  roles: rolesOf("handle"),
  input: builder.inputType("ComplaintHandleInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      handling: t.string({ required: true, validate: stepText() }),
    }),
  }),
  run: recordComplaintHandlingStep,
});

complaintStepMutation("complaintReportBack", {
  description: "R-CMP-5: the department reports the result back to customer service.",
  roles: rolesOf("reportBack"),
  input: builder.inputType("ComplaintReportBackInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      result: t.string({ required: true, validate: stepText() }),
    }),
  }),
  run: reportComplaintBackStep,
});

complaintStepMutation("complaintApproveResult", {
  description:
    "R-CMP-5: the customer-service manager agrees the result; the complaint counts as resolved and the reply is due by the end of the day.",
  roles: rolesOf("approveResult"),
  input: builder.inputType("ComplaintApproveResultInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      note: t.string({ required: false, validate: stepText().optional() }),
    }),
  }),
  run: approveComplaintResultStep,
});

complaintStepMutation("complaintReturnToDepartment", {
  description:
    "R-CMP-5: the manager does not agree the result and sends it back to the department, saying why.",
  roles: rolesOf("returnToDepartment"),
  input: builder.inputType("ComplaintReturnToDepartmentInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      reason: t.string({ required: true, validate: stepText() }),
    }),
  }),
  run: returnComplaintToDepartmentStep,
});

complaintStepMutation("complaintReply", {
  description: "R-CMP-5: the result is replied to the customer (意见受理回复表), the same day.",
  roles: rolesOf("reply"),
  input: builder.inputType("ComplaintReplyInput", {
    fields: (t) => ({ ...complaintStepFields(t), reply: t.string({ required: true, validate: stepText() }) }),
  }),
  run: replyToComplainantStep,
});

complaintStepMutation("complaintRecordReturnVisit", {
  description: "R-CMP-5: customer service visits or calls the customer back (回访).",
  roles: rolesOf("recordReturnVisit"),
  input: builder.inputType("ComplaintRecordReturnVisitInput", {
    fields: (t) => ({ ...complaintStepFields(t), notes: t.string({ required: true, validate: stepText() }) }),
  }),
  run: recordComplaintReturnVisitStep,
});

complaintStepMutation("complaintClose", {
  description:
    "R-CMP-6: closed with the customer's satisfaction, their confirmation and the causes, then archived.",
  roles: rolesOf("close"),
  input: builder.inputType("ComplaintCloseInput", {
    fields: (t) => ({
      ...complaintStepFields(t),
      satisfaction: t.field({ type: ComplaintSatisfactionEnum, required: true }),
      customerConfirmation: t.string({ required: true, validate: stepText(500) }),
      causes: t.stringList({ required: false, validate: z.array(stepText(200)).max(20).optional() }),
    }),
  }),
  run: closeComplaintStep,
});
