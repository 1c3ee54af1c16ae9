/**
 * Item release 物品放行, the application service (R-REL-1…5): passes requested, consents phoned,
 * decided with every reason, released at the gate and archived.
 */
export { unitAccountStatement, unitReleaseHistory } from "./desk-checks.ts";
export { estateReleasePolicy, eventsOfPasses, type LoadedReleasePass, loadReleasePass } from "./load.ts";
export { approvePass, archivePass, refusePass, releasePassAtGate } from "./passes.ts";
export { releasePassFromHistory } from "./record.ts";
export { RELEASE_DESK_ROLES, recordPassConsent, requestPass } from "./request.ts";
