import { ACCESS_MATRIX } from "./access.ts";
import { COMMUNITY_MATRIX } from "./community.ts";
import { COMPLAINTS_MATRIX } from "./complaints.ts";
import { CORE_MATRIX } from "./core.ts";
import { EMERGENCIES_MATRIX } from "./emergencies.ts";
import { FACILITIES_MATRIX } from "./facilities.ts";
import { FEES_MATRIX } from "./fees.ts";
import { GOVERNANCE_MATRIX } from "./governance.ts";
import { INDICATORS_MATRIX } from "./indicators.ts";
import { OCCUPANCY_MATRIX } from "./occupancy.ts";
import { RELEASE_MATRIX } from "./release.ts";
import { RENOVATION_MATRIX } from "./renovation.ts";
import { REPAIRS_MATRIX } from "./repairs.ts";
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
  ...COMPLAINTS_MATRIX,
  ...FEES_MATRIX,
  ...OCCUPANCY_MATRIX,
  ...ACCESS_MATRIX,
  ...COMMUNITY_MATRIX,
  ...INDICATORS_MATRIX,
  ...RENOVATION_MATRIX,
  ...RELEASE_MATRIX,
  ...REPAIRS_MATRIX,
  ...FACILITIES_MATRIX,
  ...EMERGENCIES_MATRIX,
  ...GOVERNANCE_MATRIX,
};

export type { MatrixEntry, MatrixRows } from "./types.ts";
