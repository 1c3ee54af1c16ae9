import type { ViewerRole } from "../src/auth/index.ts";
import { globalId, STAFF_ROLES, type World } from "./support/world.ts";

/**
 * The authorization matrix: EVERY Query, Mutation and Subscription field of the schema, with the
 * roles allowed to call it and a sample document. `authorization-matrix.test.ts` fails when a
 * field has no entry here, and runs each sample over HTTP as every role, asserting "allowed"
 * (no FORBIDDEN / AUTH_REQUIRED error) or "denied".
 *
 * "Allowed" is about the operation: an allowed owner may still get `NotFoundError` for a record
 * that is not theirs — row-level visibility is tested with each area.
 *
 * To add an operation: add `"Type.field": { allowed, document, variables? }` below.
 */
export interface MatrixEntry {
  readonly allowed: readonly ViewerRole[];
  readonly document: string;
  readonly variables?: (world: World) => Record<string, unknown>;
}

const everyone: readonly ViewerRole[] = [...STAFF_ROLES, "owner", "tenant", "apiKey", "anonymous"];
const signedIn: readonly ViewerRole[] = [...STAFF_ROLES, "owner", "tenant", "apiKey"];

export const AUTHORIZATION_MATRIX: Readonly<Record<string, MatrixEntry>> = {
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
