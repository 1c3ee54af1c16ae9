import { businessDateOf, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { releaseErrors } from "./errors.ts";
import type { CarrierRelation, PhonedConsent, ReleaseRequest } from "./types.ts";

/** How the pass names the carrier's relation, in English and in Chinese. */
export const CARRIER_RELATION_NAMES: Record<CarrierRelation, { relation: string; relationZh: string }> = {
  owner: { relation: "owner", relationZh: "业主" },
  tenant: { relation: "tenant", relationZh: "租户" },
  familyMember: { relation: "family member", relationZh: "家属" },
  domesticWorker: { relation: "domestic worker", relationZh: "保姆/家政" },
  companyEmployee: { relation: "company employee", relationZh: "单位职员" },
};

/** Whose phoned agreement a request needs (R-REL-4). */
export interface ConsentRequirements {
  /** The carrier is not the owner (tenant, family member, nanny, employee). */
  readonly ownerConsent: boolean;
  /** Company goods carried by an employee: the company's contact must agree as well. */
  readonly companyConsent: boolean;
}

export function releaseConsentRequirements(
  request: Pick<ReleaseRequest, "carrier" | "companyGoods">,
): ConsentRequirements {
  const companyGoods = request.companyGoods ?? request.carrier.relation === "companyEmployee";
  return { ownerConsent: request.carrier.relation !== "owner", companyConsent: companyGoods };
}

const PARTIES = {
  owner: {
    zh: "业主",
    unreachable: releaseErrors.REL_OWNER_UNREACHABLE,
    declined: releaseErrors.REL_OWNER_DECLINED,
  },
  company: {
    zh: "单位负责人",
    unreachable: releaseErrors.REL_COMPANY_UNREACHABLE,
    declined: releaseErrors.REL_COMPANY_DECLINED,
  },
} as const;

type Party = keyof typeof PARTIES;

function invalid(party: Party, problem: string, problemZh: string, field: string): Error {
  return releaseErrors.REL_INVALID_CONSENT.error({ party, partyZh: PARTIES[party].zh, problem, problemZh }, [
    `${party}Consent`,
    field,
  ]);
}

function assertConsent(party: Party, consent: PhonedConsent, at: Date): void {
  const time = consent.calledAt instanceof Date ? consent.calledAt.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw invalid(party, "the call time is not a date", "去电时间无效", "calledAt");
  if (time > at.getTime()) {
    throw invalid(party, "the call is dated after the decision", "去电时间晚于审批时间", "calledAt");
  }
  for (const field of ["calledBy", "contactName", "phone"] as const) {
    if (consent[field].trim() === "") throw invalid(party, `${field} is blank`, `${field} 为空`, field);
  }
  if (!["agreed", "declined", "unreachable"].includes(consent.outcome)) {
    throw invalid(
      party,
      `unknown outcome "${consent.outcome}"`,
      `未知核实结果「${consent.outcome}」`,
      "outcome",
    );
  }
}

function checkOne(
  party: Party,
  consent: PhonedConsent | undefined,
  missing: Refusal,
  context: { at: Date; date: IsoDate; timeZone: string },
): readonly Refusal[] {
  const { at, date, timeZone } = context;
  const kinds = PARTIES[party];
  const path = [`${party}Consent`];
  if (!consent) return [missing];
  assertConsent(party, consent, at);
  const calledAt = consent.calledAt.toISOString();
  const refusals: Refusal[] = [];
  if (consent.outcome === "unreachable") refusals.push(kinds.unreachable.refuse({ calledAt }, path));
  if (consent.outcome === "declined") {
    const answer = consent.answer?.trim() || "no reason given";
    refusals.push(kinds.declined.refuse({ calledAt, answer }, path));
  }
  // The call is about this pass: an agreement from another day does not carry over.
  const calledOn = businessDateOf(consent.calledAt, timeZone);
  if (calledOn !== date) {
    refusals.push(
      releaseErrors.REL_CONSENT_NOT_TODAY.refuse({ party, partyZh: kinds.zh, calledOn, date }, [
        ...path,
        "calledAt",
      ]),
    );
  }
  return refusals;
}

/**
 * R-REL-4: a carrier who is not the owner needs the owner phoned and agreeing, company goods the
 * company contact as well; owner unreachable means no pass. Returns every reason, not the first.
 */
export function checkReleaseConsents(
  request: ReleaseRequest,
  at: Date,
  date: IsoDate,
  timeZone: string,
): readonly Refusal[] {
  const needs = releaseConsentRequirements(request);
  const context = { at, date, timeZone };
  const refusals: Refusal[] = [];
  if (needs.ownerConsent) {
    const missing = releaseErrors.REL_OWNER_CONSENT_MISSING.refuse(
      CARRIER_RELATION_NAMES[request.carrier.relation],
      ["ownerConsent"],
    );
    refusals.push(...checkOne("owner", request.ownerConsent, missing, context));
  }
  if (needs.companyConsent) {
    const missing = releaseErrors.REL_COMPANY_CONSENT_MISSING.refuse(undefined, ["companyConsent"]);
    refusals.push(...checkOne("company", request.companyConsent, missing, context));
  }
  return refusals;
}
