import type { ViewerRole } from "../../src/auth/index.ts";
import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, type World } from "../support/world.ts";
import { type MatrixEntry, type MatrixRows, staff } from "./types.ts";

/**
 * The complaint flow after filing, calls and visits, the subscriptions and the audit log.
 * Samples act on the world's sample complaint (still `received`, so most steps are refused by the
 * workflow — allowed, as far as authorization goes) or on a call logged by the row itself.
 */

const desk: readonly ViewerRole[] = ["customer_service", "manager"];
const residentsAndStaff: readonly ViewerRole[] = [...staff, "owner", "tenant"];

const complaintStep = (
  name: string,
  allowed: readonly ViewerRole[],
  fields: Record<string, unknown>,
): MatrixEntry => {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return {
    allowed,
    document: `mutation ($input: ${type}Input!) { ${name}(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { complaintId: globalId("Complaint", w.sampleComplaintId ?? ""), ...fields },
    }),
  };
};

/** A call logged at the desk of the world's estate, for the service-request samples to act on. */
async function loggedCall(world: World, prisma: WuyeDb): Promise<string> {
  const row = await prisma.serviceRequest.create({
    data: {
      estateId: world.estateId,
      kind: "call",
      callerName: "matrix caller",
      subject: "matrix sample",
      receivedAt: new Date("2026-01-05T01:00:00Z"),
      takenById: world.userIds.customer_service!,
    },
  });
  return globalId("ServiceRequest", row.id);
}

const serviceStep = (name: string, fields: Record<string, unknown>): MatrixEntry => {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return {
    allowed: desk,
    document: `mutation ($input: ${type}Input!) { ${name}(input: $input) { __typename } }`,
    variables: async (w, prisma) => ({ input: { serviceRequestId: await loggedCall(w, prisma), ...fields } }),
  };
};

export const COMPLAINTS_MATRIX: MatrixRows = {
  // ── complaints: the flow (roles from the domain's transition table) ──
  "Mutation.complaintDeclareInvalid": complaintStep("complaintDeclareInvalid", ["manager"], { reason: "x" }),
  "Mutation.complaintCloseInvalid": complaintStep("complaintCloseInvalid", desk, { explanation: "x" }),
  "Mutation.complaintAssign": complaintStep("complaintAssign", desk, { department: "engineering" }),
  "Mutation.complaintHandle": complaintStep("complaintHandle", staff, { handling: "x" }),
  "Mutation.complaintReportBack": complaintStep("complaintReportBack", staff, { result: "x" }),
  "Mutation.complaintApproveResult": complaintStep("complaintApproveResult", ["manager"], {}),
  "Mutation.complaintReturnToDepartment": complaintStep("complaintReturnToDepartment", ["manager"], {
    reason: "x",
  }),
  "Mutation.complaintReply": complaintStep("complaintReply", desk, { reply: "x" }),
  "Mutation.complaintRecordReturnVisit": complaintStep("complaintRecordReturnVisit", desk, { notes: "x" }),
  "Mutation.complaintClose": complaintStep("complaintClose", desk, {
    satisfaction: "satisfied",
    customerConfirmation: "x",
  }),
  // ── complaints: records kept beside the flow ──
  "Mutation.complaintReevaluateSeverity": complaintStep("complaintReevaluateSeverity", desk, {}),
  "Mutation.complaintOverrideSeverity": complaintStep("complaintOverrideSeverity", ["manager"], {
    severity: "major",
    reason: "x",
  }),
  "Mutation.complaintApproveExtension": complaintStep("complaintApproveExtension", ["manager"], {
    extendByAmount: 1,
    extendByUnit: "calendarDays",
    reason: "x",
  }),
  "Mutation.complaintAgreeNextReply": complaintStep("complaintAgreeNextReply", desk, {
    replyBy: "2030-01-01T00:00:00.000Z",
    explanation: "x",
  }),
  // ── calls and visits ──
  "Query.serviceRequests": {
    allowed: residentsAndStaff,
    document: "{ serviceRequests(first: 1) { totalCount } }",
  },
  "Mutation.serviceRequestLog": {
    allowed: desk,
    document:
      "mutation ($input: ServiceRequestLogInput!) { serviceRequestLog(input: $input) { __typename } }",
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.estateId), kind: "visit", callerName: "甲", subject: "matrix" },
    }),
  },
  "Mutation.serviceRequestSettle": serviceStep("serviceRequestSettle", { answer: "x" }),
  "Mutation.serviceRequestForward": serviceStep("serviceRequestForward", {
    department: "engineering",
    handler: "x",
    replyBy: "2030-01-01T00:00:00.000Z",
  }),
  "Mutation.serviceRequestFollowUp": serviceStep("serviceRequestFollowUp", { note: "x" }),
  "Mutation.serviceRequestAnswer": serviceStep("serviceRequestAnswer", { answer: "x" }),
  "Mutation.serviceRequestClose": serviceStep("serviceRequestClose", {}),
  // ── subscriptions: authorized when subscribing (the matrix test reads the refusal at once) ──
  "Subscription.complaintStatusChanged": {
    allowed: residentsAndStaff,
    document: "subscription { complaintStatusChanged { action } }",
  },
  "Subscription.repairStatusChanged": {
    allowed: residentsAndStaff,
    document: "subscription { repairStatusChanged { action } }",
  },
  "Subscription.announcementPublished": {
    allowed: residentsAndStaff,
    document: "subscription { announcementPublished { title } }",
  },
  // ── audit log ──
  "Query.auditLog": { allowed: ["manager", "archivist"], document: "{ auditLog(first: 1) { totalCount } }" },
};
