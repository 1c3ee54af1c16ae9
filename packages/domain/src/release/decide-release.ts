import { businessDateOf } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { checkReleaseConsents, releaseConsentRequirements } from "./consent.ts";
import { releaseErrors } from "./errors.ts";
import { assertReleaseItems, itemNeedsReleasePass } from "./items.ts";
import { type ReleasePolicyInput, resolveReleasePolicy } from "./policy.ts";
import { checkSettledAccount } from "./settled-account.ts";
import type {
  ReleaseCarrier,
  ReleaseDecision,
  ReleaseHistoryEntry,
  ReleaseRequest,
  UnitAccountStatement,
} from "./types.ts";
import { detectUnusualRemoval } from "./unusual-removal.ts";

/** What the desk knows besides the request itself. */
export interface ReleaseDecisionContext {
  /** When the desk decides; the business date is read from it in the estate's time zone. */
  readonly at: Date;
  /** The cashier's statement of what the unit owes (R-REL-3); needed when moving out. */
  readonly accountStatement?: UnitAccountStatement;
  /** Passes already issued, for the unusual-removal flag (R-REL-2). */
  readonly history?: readonly ReleaseHistoryEntry[];
  readonly policy?: ReleasePolicyInput;
  /** The pass being decided, so a history that already holds it does not count it twice. */
  readonly passId?: string;
}

/** R-REL-2: the pass records who carries the items; a name and an identity number are both needed. */
export function checkCarrierIdentity(carrier: ReleaseCarrier): readonly Refusal[] {
  const missing = [
    carrier.name.trim() === "" ? "name" : undefined,
    carrier.identityNumber.trim() === "" ? "identityNumber" : undefined,
  ].filter((field): field is string => field !== undefined);
  return missing.length === 0
    ? []
    : [releaseErrors.REL_CARRIER_IDENTITY_MISSING.refuse({ missing: missing.join(", ") }, ["carrier"])];
}

/**
 * Decides a release request at the desk: allow, refuse with EVERY reason at once, or no pass
 * needed. Checks which items need a pass (R-REL-1), the carrier's identity (R-REL-2), a settled
 * account when moving out (R-REL-3) and the phoned consents (R-REL-4); flags frequent single-item
 * removals (R-REL-2) without refusing.
 */
export function decideRelease(request: ReleaseRequest, context: ReleaseDecisionContext): ReleaseDecision {
  const policy = resolveReleasePolicy(context.policy);
  assertReleaseItems(request.items);
  const date = businessDateOf(context.at, policy.timeZone);
  const itemsNeedingPass = request.items.filter((item) => itemNeedsReleasePass(item, policy));
  const consents = releaseConsentRequirements(request);
  const movingOut = request.reason === "movingOut";

  // R-REL-1: small items carried temporarily leave without a pass. Moving out always goes through
  // the desk, because R-REL-3 ties leaving the estate to a settled account.
  if (itemsNeedingPass.length === 0 && !movingOut) {
    return {
      outcome: "notRequired",
      refusals: [],
      date,
      itemsNeedingPass,
      requires: { ownerConsent: false, companyConsent: false, settledAccount: false },
      rules: ["R-REL-1"],
      flags: [],
    };
  }

  const refusals: Refusal[] = [
    ...checkCarrierIdentity(request.carrier),
    ...(movingOut ? checkSettledAccount(request.unitId, date, context.accountStatement) : []),
    ...checkReleaseConsents(request, context.at, date, policy.timeZone),
  ];
  const flag = detectUnusualRemoval(
    {
      id: context.passId ?? "(this request)",
      unitId: request.unitId,
      date,
      reason: request.reason,
      items: request.items,
    },
    context.history ?? [],
    policy,
  );
  const rules = [
    "R-REL-1",
    "R-REL-2",
    ...(movingOut ? ["R-REL-3"] : []),
    ...(consents.ownerConsent || consents.companyConsent ? ["R-REL-4"] : []),
  ];
  return {
    outcome: refusals.length === 0 ? "allow" : "refuse",
    refusals,
    date,
    itemsNeedingPass,
    requires: { ...consents, settledAccount: movingOut },
    rules,
    flags: flag ? [flag] : [],
  };
}
