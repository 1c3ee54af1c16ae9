import type { ViewerRole } from "../../src/auth/index.ts";
import { globalId, STAFF_ROLES } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/**
 * Release passes: the list and one row per step. Steps act on a pass nobody can see (allowed →
 * `NotFoundError`, denied → `ForbiddenError`); release.test.ts covers visibility and the rules.
 */

const NO_PASS = globalId("ReleasePass", "00000000-0000-7000-8000-000000000003");
const desk: readonly ViewerRole[] = ["customer_service", "manager"];

const step = (field: string, allowed: readonly ViewerRole[], input: Record<string, unknown> = {}) => ({
  allowed,
  document: `mutation ($input: ${field.charAt(0).toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { __typename } }`,
  variables: () => ({ input: { passId: NO_PASS, ...input } }),
});

export const RELEASE_MATRIX: MatrixRows = {
  "Query.releasePasses": {
    allowed: [...STAFF_ROLES, "owner", "tenant"],
    document: "{ releasePasses(first: 1) { totalCount } }",
  },
  "Mutation.releasePassRequest": {
    allowed: [...desk, "owner", "tenant"],
    document:
      "mutation ($input: ReleasePassRequestInput!) { releasePassRequest(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        unitId: globalId("Unit", w.otherUnitId),
        carrier: { name: "赵敏", identityNumber: "310101199201011234", relation: "owner" },
        items: [{ description: "沙发", category: "furniture", quantity: 1 }],
        reason: "temporary",
      },
    }),
  },
  "Mutation.releasePassRecordConsent": step("releasePassRecordConsent", desk, {
    party: "owner",
    contactName: "王伟",
    phone: "13812345678",
    outcome: "agreed",
  }),
  "Mutation.releasePassApprove": step("releasePassApprove", desk),
  "Mutation.releasePassRefuse": step("releasePassRefuse", desk, { reason: "欠费未结清" }),
  "Mutation.releasePassRelease": step("releasePassRelease", ["security"], {
    blankLinesStruckThrough: true,
    itemsMatchPass: true,
  }),
  "Mutation.releasePassArchive": step("releasePassArchive", ["customer_service", "archivist"]),
};
