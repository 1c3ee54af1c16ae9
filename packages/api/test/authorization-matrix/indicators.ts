import { globalId } from "../support/world.ts";
import { type MatrixRows, signedIn } from "./types.ts";

/** Indicators (R-QLT-1) and the history of any record (R-QLT-2). */
export const INDICATORS_MATRIX: MatrixRows = {
  "Query.indicators": {
    allowed: ["manager", "finance", "archivist"],
    document: `query ($id: ID!) {
      indicators(estateId: $id, period: { from: "2026-01-01", to: "2026-01-31" }) { collectionRate { status } }
    }`,
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Query.recordHistory": {
    allowed: signedIn,
    document: "query ($id: ID!) { recordHistory(id: $id, first: 5) { edges { cursor } } }",
    variables: (w) => ({ id: globalId("Complaint", w.sampleComplaintId ?? "") }),
  },
};
