import type { ViewerRole } from "../../src/auth/index.ts";
import { globalId, STAFF_ROLES } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/**
 * Renovation: the list, the overdue authority reports, and one row per step. Steps act on a
 * renovation nobody can see, so an allowed role gets `NotFoundError` and a denied one
 * `ForbiddenError`: the rows test the scopes; visibility and the rules are tested in
 * renovation*.test.ts.
 */

const NO_RENOVATION = globalId("Renovation", "00000000-0000-7000-8000-000000000001");
const NO_VIOLATION = globalId("RenovationViolation", "00000000-0000-7000-8000-000000000002");
const residents: readonly ViewerRole[] = ["owner", "tenant"];
const signature = { name: "签名人" };

const mutation = (field: string, allowed: readonly ViewerRole[], input: Record<string, unknown>) => ({
  allowed,
  document: `mutation ($input: ${field.charAt(0).toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { __typename } }`,
  variables: () => ({ input }),
});

const step = (field: string, allowed: readonly ViewerRole[], input: Record<string, unknown> = {}) =>
  mutation(field, allowed, { renovationId: NO_RENOVATION, ...input });

const violationStep = (field: string, allowed: readonly ViewerRole[], input: Record<string, unknown> = {}) =>
  mutation(field, allowed, { violationId: NO_VIOLATION, ...input });

const inspectors: readonly ViewerRole[] = ["customer_service", "engineering", "security"];
const inspection = {
  inspectedOn: "2026-03-10",
  inspectors: [{ department: "engineering", name: "工程 王" }],
};

export const RENOVATION_MATRIX: MatrixRows = {
  "Query.renovations": {
    allowed: [...STAFF_ROLES, ...residents],
    document: "{ renovations(first: 1) { totalCount } }",
  },
  "Query.renovationOverdueAuthorityReports": {
    allowed: STAFF_ROLES,
    document: "{ renovationOverdueAuthorityReports { id } }",
  },
  "Mutation.renovationApply": {
    allowed: ["customer_service", ...residents],
    document: "mutation ($input: RenovationApplyInput!) { renovationApply(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        unitId: globalId("Unit", w.otherUnitId),
        applicant: { kind: "owner", name: "业主" },
        contractor: { name: "安居装饰", siteManager: { name: "李强" } },
        scope: "matrix sample",
      },
    }),
  },
  "Mutation.renovationAmend": step("renovationAmend", ["customer_service", ...residents], {
    scope: "amended",
  }),
  "Mutation.renovationStartReview": step("renovationStartReview", ["customer_service"]),
  "Mutation.renovationApprove": step("renovationApprove", ["engineering"]),
  "Mutation.renovationReject": step("renovationReject", ["engineering"], { reason: "图纸不全" }),
  "Mutation.renovationConfirmDecision": step(
    "renovationConfirmDecision",
    ["customer_service", ...residents],
    {
      ownerSignature: signature,
    },
  ),
  "Mutation.renovationPayFees": step("renovationPayFees", ["cashier"], {
    workers: 2,
    paid: "100.00",
    method: "cash",
    idempotencyKey: "matrix-sample-key",
  }),
  "Mutation.renovationIssuePermit": step("renovationIssuePermit", ["customer_service"], {
    permitNumber: "P-1",
    servicePhone: "400-000",
    workerPasses: [],
    departmentsNotified: ["customer_service"],
  }),
  "Mutation.renovationStartWork": step("renovationStartWork", ["customer_service", "engineering"], {
    entryInspection: { inspectedOn: "2026-03-02" },
  }),
  "Mutation.renovationInspectSite": mutation("renovationInspectSite", inspectors, {
    renovationId: NO_RENOVATION,
  }),
  "Mutation.renovationApplyForCompletion": step(
    "renovationApplyForCompletion",
    ["customer_service", ...residents],
    {
      agreedInspectionDate: "2026-03-10",
    },
  ),
  "Mutation.renovationReapplyForInspection": step(
    "renovationReapplyForInspection",
    ["customer_service", ...residents],
    { agreedInspectionDate: "2026-03-10" },
  ),
  "Mutation.renovationAccept": step("renovationAccept", ["engineering", "security"], { inspection }),
  "Mutation.renovationRequireRectification": step(
    "renovationRequireRectification",
    ["engineering", "security"],
    {
      inspection,
    },
  ),
  "Mutation.renovationSettleDeposit": step("renovationSettleDeposit", ["finance", "manager"], {
    refundMethod: "bankTransfer",
    idempotencyKey: "matrix-sample-key",
  }),
  "Mutation.renovationViolationRecord": mutation("renovationViolationRecord", inspectors, {
    renovationId: NO_RENOVATION,
    type: "windowSecurityBars",
    description: "matrix",
    rectificationRequired: "拆除",
    rectifyBy: "2026-03-10",
  }),
  "Mutation.renovationViolationGiveVerbalNotice": violationStep(
    "renovationViolationGiveVerbalNotice",
    inspectors,
  ),
  "Mutation.renovationViolationPhoneOwner": violationStep("renovationViolationPhoneOwner", inspectors),
  "Mutation.renovationViolationPhoneSiteManager": violationStep(
    "renovationViolationPhoneSiteManager",
    inspectors,
  ),
  "Mutation.renovationViolationSignNotice": violationStep("renovationViolationSignNotice", inspectors, {
    ownerSignature: signature,
    siteManagerSignature: signature,
  }),
  "Mutation.renovationViolationSignOff": violationStep("renovationViolationSignOff", ["manager"]),
  "Mutation.renovationViolationRectify": violationStep("renovationViolationRectify", inspectors, {
    rectifiedOn: "2026-03-10",
  }),
  "Mutation.renovationViolationReportToAuthority": violationStep(
    "renovationViolationReportToAuthority",
    ["manager", "engineering", "customer_service"],
    { authority: "住建局", reference: "JB-1" },
  ),
};
