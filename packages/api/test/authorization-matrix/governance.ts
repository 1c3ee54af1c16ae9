import type { ViewerRole } from "../../src/auth/index.ts";
import { globalId, STAFF_ROLES } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/**
 * Owners' self-governance (R-GOV-1/2): votes, ballots, the maintenance fund and its uses. Steps
 * act on records nobody can see (allowed → `NotFoundError`, denied → `ForbiddenError`);
 * governance.test.ts covers visibility and the rules.
 */

const NO_VOTE = globalId("AssemblyVote", "00000000-0000-7000-8000-000000000021");
const NO_USE = globalId("MaintenanceFundUse", "00000000-0000-7000-8000-000000000022");
const NO_FACILITY = globalId("Facility", "00000000-0000-7000-8000-000000000023");
const fundReaders: readonly ViewerRole[] = ["manager", "finance", "cashier", "archivist", "owner", "tenant"];

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const mutation = (field: string, allowed: readonly ViewerRole[], input: () => Record<string, unknown>) => ({
  allowed,
  document: `mutation ($input: ${upperFirst(field)}Input!) { ${field}(input: $input) { __typename } }`,
  variables: () => ({ input: input() }),
});

export const GOVERNANCE_MATRIX: MatrixRows = {
  "Query.assemblyVotes": {
    allowed: [...STAFF_ROLES, "owner", "tenant"],
    document: "{ assemblyVotes(first: 1) { totalCount } }",
  },
  "Query.maintenanceFundUses": {
    allowed: [...STAFF_ROLES, "owner", "tenant"],
    document: "{ maintenanceFundUses(first: 1) { totalCount } }",
  },
  "Query.maintenanceFundEntries": {
    allowed: fundReaders,
    document:
      "query ($estateId: ID!) { maintenanceFundEntries(estateId: $estateId, first: 1) { totalCount } }",
    variables: (w) => ({ estateId: globalId("Estate", w.estateId) }),
  },
  "Query.maintenanceFundBalance": {
    allowed: fundReaders,
    document: "query ($estateId: ID!) { maintenanceFundBalance(estateId: $estateId) }",
    variables: (w) => ({ estateId: globalId("Estate", w.estateId) }),
  },
  "Mutation.assemblyVoteOpen": {
    allowed: ["manager"],
    document: "mutation ($input: AssemblyVoteOpenInput!) { assemblyVoteOpen(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.otherEstateId),
        title: "选聘物业服务企业",
        matter: "serviceProvider",
        opensOn: "2026-11-21",
        closesOn: "2026-11-30",
      },
    }),
  },
  "Mutation.assemblyVoteCast": mutation("assemblyVoteCast", ["owner"], () => ({
    voteId: NO_VOTE,
    choice: "for",
  })),
  "Mutation.assemblyVoteClose": mutation("assemblyVoteClose", ["manager"], () => ({ voteId: NO_VOTE })),
  "Mutation.maintenanceFundContribute": {
    allowed: ["finance", "manager"],
    document:
      "mutation ($input: MaintenanceFundContributeInput!) { maintenanceFundContribute(input: $input) { __typename } }",
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.otherEstateId), amount: "100.00", reason: "交存" },
    }),
  },
  "Mutation.maintenanceFundUsePropose": mutation(
    "maintenanceFundUsePropose",
    ["manager", "engineering"],
    () => ({
      facilityId: NO_FACILITY,
      amount: "100.00",
      purpose: "维修",
    }),
  ),
  "Mutation.maintenanceFundUseApprove": mutation("maintenanceFundUseApprove", ["manager"], () => ({
    fundUseId: NO_USE,
  })),
  "Mutation.maintenanceFundUsePay": mutation("maintenanceFundUsePay", ["finance"], () => ({
    fundUseId: NO_USE,
  })),
  "Mutation.maintenanceFundUsePublish": mutation(
    "maintenanceFundUsePublish",
    ["manager", "customer_service"],
    () => ({
      fundUseId: NO_USE,
      notice: "公示",
    }),
  ),
  "Mutation.maintenanceFundUseWithdraw": mutation("maintenanceFundUseWithdraw", ["manager"], () => ({
    fundUseId: NO_USE,
    reason: "撤回",
  })),
};
