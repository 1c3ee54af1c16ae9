/**
 * Item release 物品放行 (R-REL-1…5): which items need a pass, the desk's decision with every
 * reason, signatures, the unusual-removal flag and the release-pass workflow.
 */
export {
  CARRIER_RELATION_NAMES,
  type ConsentRequirements,
  checkReleaseConsents,
  releaseConsentRequirements,
} from "./consent.ts";
export { checkCarrierIdentity, decideRelease, type ReleaseDecisionContext } from "./decide-release.ts";
export { releaseErrors } from "./errors.ts";
export { assertReleaseItems, countReleasePieces, itemNeedsReleasePass } from "./items.ts";
export {
  DEFAULT_RELEASE_POLICY,
  type ReleasePolicy,
  type ReleasePolicyInput,
  resolveReleasePolicy,
} from "./policy.ts";
export {
  approveReleasePass,
  archiveReleasePass,
  type ReleasePassStep,
  type ReleaseStepOptions,
  refuseReleasePass,
  releaseAtGate,
  requestReleasePass,
} from "./release-pass.ts";
export { checkSettledAccount } from "./settled-account.ts";
export { checkReleaseSignOff, layoutReleasePassLines, type ReleasePassLine } from "./sign-off.ts";
export type {
  CarrierRelation,
  ConsentCallOutcome,
  OutstandingCharge,
  PhonedConsent,
  ReleaseCarrier,
  ReleaseDecision,
  ReleaseHistoryEntry,
  ReleaseItem,
  ReleaseItemCategory,
  ReleasePass,
  ReleasePassSignOff,
  ReleasePassStatus,
  ReleaseReason,
  ReleaseRequest,
  ReleaseSignature,
  UnitAccountStatement,
  UnusualRemovalFlag,
} from "./types.ts";
export { detectUnusualRemoval } from "./unusual-removal.ts";
export {
  type ApproveReleaseData,
  type RefuseReleaseData,
  type ReleaseAtGateData,
  type ReleasePassActions,
  releasePassWorkflow,
} from "./workflow.ts";
