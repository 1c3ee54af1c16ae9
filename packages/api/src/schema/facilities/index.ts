/**
 * Facilities 工程维保 · 巡检 (R-FAC-1…4): the ledger, maintenance and patrols (types), the lists
 * (queries), and their mutations.
 */
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
