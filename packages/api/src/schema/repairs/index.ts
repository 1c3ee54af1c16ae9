/**
 * Repairs 维修 (R-REP-1…5): the order and what hangs off it (types), the lists (queries), one
 * mutation per step (mutations), and what repairs are assigned and priced with (roster).
 */
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
import "./roster.ts";
