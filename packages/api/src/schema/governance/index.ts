/**
 * Owners' self-governance 业主大会 (R-GOV-1, R-GOV-2): assembly votes with their register of
 * owners, ballots and tally; the special maintenance fund's ledger and its uses.
 */
import "./types.ts";
import "./votes.ts";
import "./fund.ts";
