/**
 * Owners' self-governance 业主自治 (R-GOV-1, R-GOV-2): the register of owners, the count of an
 * owners' assembly vote under Civil Code art. 278, and the uses of the special maintenance fund.
 */
export {
  type AssemblyStepOptions,
  type AssemblyVoteCloseStep,
  type AssemblyVoteStep,
  closeAssemblyVote,
  openAssemblyVote,
} from "./assembly-vote.ts";
export { checkBallot } from "./ballot.ts";
export {
  assertElectorate,
  buildElectorate,
  centiSquareMetres,
  formatArea,
  type IndexedElectorate,
  voterOf,
} from "./electorate.ts";
export { governanceErrors } from "./errors.ts";
export {
  assertMaintenanceFundUse,
  checkFundBalance,
  checkWarranty,
  DEFAULT_MAINTENANCE_FUND_POLICY,
  decideMaintenanceFundUse,
  type MaintenanceFundPolicy,
  type MaintenanceFundPolicyInput,
  type MaintenanceFundUseContext,
  resolveMaintenanceFundPolicy,
} from "./fund-use.ts";
export { ballotsByVoter, tallyAssemblyVote } from "./tally.ts";
export {
  ASSEMBLY_MATTERS,
  isAssemblyMatter,
  majorityFor,
  meetsThreshold,
  ORDINARY_MAJORITY,
  PARTICIPATION_THRESHOLD,
  SPECIAL_MAJORITY,
} from "./thresholds.ts";
export type {
  AssemblyBallot,
  AssemblyElectorate,
  AssemblyMatter,
  AssemblyTally,
  AssemblyThreshold,
  AssemblyVote,
  AssemblyVoter,
  AssemblyVoteStatus,
  BackingVote,
  BallotChoice,
  CommonPart,
  MaintenanceFundUse,
  MaintenanceFundUseDecision,
  MaintenanceFundUseStatus,
  OwnedUnit,
  TallyCheck,
  TallyCheckKind,
  VoteCount,
} from "./types.ts";
export {
  type AssemblyVoteActions,
  assemblyVoteWorkflow,
  type MaintenanceFundUseActions,
  maintenanceFundUseWorkflow,
} from "./workflow.ts";
