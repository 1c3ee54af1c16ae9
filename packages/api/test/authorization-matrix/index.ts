import { CORE_MATRIX } from "./core.ts";
import type { MatrixRows } from "./types.ts";

/**
 * The authorization matrix: EVERY Query, Mutation and Subscription field of the schema, with the
 * roles allowed to call it and a sample document. `authorization-matrix.test.ts` fails when a
 * field has no entry, and runs each sample over HTTP as every role, asserting "allowed" (no
 * FORBIDDEN / AUTH_REQUIRED error) or "denied".
 *
 * "Allowed" is about the operation: an allowed owner may still get `NotFoundError` for a record
 * that is not theirs — row-level visibility is tested with each area.
 *
 * Each area keeps its rows in `authorization-matrix/<area>.ts`; add the file's rows below.
 */
export const AUTHORIZATION_MATRIX: MatrixRows = {
  ...CORE_MATRIX,
};

export type { MatrixEntry, MatrixRows } from "./types.ts";
