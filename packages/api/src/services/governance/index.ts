/**
 * Owners' self-governance 业主大会, the application service (R-GOV-1, R-GOV-2): assembly votes
 * opened, cast and closed with their tally; the maintenance fund's ledger and its uses.
 */
export {
  approveFundUse,
  contributeToFund,
  FUND_CONTRIBUTION_ROLES,
  FUND_PROPOSAL_ROLES,
  payFundUse,
  proposeFundUse,
  publishFundUse,
  withdrawFundUse,
} from "./fund.ts";
export { fundBalance } from "./load.ts";
export { ASSEMBLY_VOTE_ROLES, castBallot, closeVote, developerOf, openVote } from "./votes.ts";
