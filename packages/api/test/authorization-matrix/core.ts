import { globalId } from "../support/world.ts";
import { everyone, type MatrixRows, signedIn } from "./types.ts";

/** Sign-in, Relay's `node`/`nodes`, estates, units and people, complaints. */
export const CORE_MATRIX: MatrixRows = {
  // ── auth ──
  "Query.viewer": { allowed: everyone, document: "{ viewer { role } }" },
  "Mutation.authLogin": {
    allowed: everyone,
    document: `mutation { authLogin(input: { phone: "13000000000", password: "wrong" }) { __typename } }`,
  },
  "Mutation.authRefresh": {
    allowed: everyone,
    document: `mutation { authRefresh(input: { refreshToken: "wyr_unknown-token" }) { __typename } }`,
  },
  "Mutation.authLogout": {
    allowed: everyone,
    document: "mutation { authLogout(input: {}) { __typename } }",
  },
  // ── relay ──
  "Query.node": {
    allowed: signedIn,
    document: "query ($id: ID!) { node(id: $id) { id } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Query.nodes": {
    allowed: signedIn,
    document: "query ($id: ID!) { nodes(ids: [$id]) { id } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  // ── occupancy: estates, units, people ──
  "Query.estates": { allowed: signedIn, document: "{ estates(first: 1) { totalCount } }" },
  "Query.units": { allowed: signedIn, document: "{ units(first: 1) { totalCount } }" },
  // ── complaints ──
  "Query.complaints": { allowed: signedIn, document: "{ complaints(first: 1) { edges { cursor } } }" },
  "Mutation.complaintFile": {
    allowed: ["customer_service", "manager", "owner", "tenant", "apiKey"],
    document: `mutation ($input: ComplaintFileInput!) { complaintFile(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { unitId: globalId("Unit", w.ownerUnitId), content: "matrix sample", complainantName: "甲" },
    }),
  },
  "Mutation.complaintClassify": {
    allowed: ["manager"],
    document: `mutation ($input: ComplaintClassifyInput!) { complaintClassify(input: $input) { __typename } }`,
    variables: (w) => ({
      input: { complaintId: globalId("Complaint", w.sampleComplaintId ?? ""), facts: {} },
    }),
  },
};
