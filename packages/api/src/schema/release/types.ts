import {
  type layoutReleasePassLines,
  type OutstandingCharge,
  type PhonedConsent,
  type ReleaseDecision,
  type ReleasePass,
  type ReleaseSignature,
  sumMoney,
  type UnitAccountStatement,
  type UnusualRemovalFlag,
} from "@wuye/domain";
import { phoneFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import {
  CarrierRelation,
  ConsentCallOutcome,
  ReleasePassStatus,
  ReleaseReason,
} from "../../generated/prisma/enums.ts";
import { releasePassFromHistory } from "../../services/release/index.ts";
import { loadHistory } from "../history.ts";

/**
 * The release area's types: enums with the domain's names, the pass as the domain knows it
 * (rebuilt once per request from the history loaded in one batch), and what the desk and the
 * gate wrote on it — consent calls, the decision, the account checked, signatures, printed lines.
 */

export const ReleasePassStatusEnum = builder.enumType(ReleasePassStatus, { name: "ReleasePassStatus" });
export const CarrierRelationEnum = builder.enumType(CarrierRelation, {
  name: "ReleaseCarrierRelation",
  description: "Who the carrier 携带人 is to the unit (R-REL-2).",
});
export const ReleaseReasonEnum = builder.enumType(ReleaseReason, {
  name: "ReleaseReason",
  description: "Moving out 搬家迁出 or carrying temporarily 临时携带 (R-REL-2).",
});
export const ConsentOutcomeEnum = builder.enumType(ConsentCallOutcome, { name: "ReleaseConsentOutcome" });
export const ReleaseItemCategoryEnum = builder.enumType("ReleaseItemCategory", {
  description: "Every category but `smallItem` is a large item that leaves only with a pass (R-REL-1).",
  values: [
    "furniture",
    "officeDesk",
    "computer",
    "appliance",
    "carton",
    "largeParcel",
    "largeBag",
    "smallItem",
  ] as const,
});

export type PassRow = { id: string; unitId: string; status: ReleasePassStatus; estateId: string };

/** The pass as the domain knows it, from the history the `history` field loads in one batch. */
const passes = new WeakMap<object, Map<string, Promise<ReleasePass | undefined>>>();
export function passOf(context: object, row: PassRow): Promise<ReleasePass | undefined> {
  let byId = passes.get(context);
  if (!byId) {
    byId = new Map();
    passes.set(context, byId);
  }
  const key = `${row.id}:${row.status}`;
  let pass = byId.get(key);
  if (!pass) {
    pass = loadHistory(context, "release pass", row.id).then((events) => releasePassFromHistory(row, events));
    byId.set(key, pass);
  }
  return pass;
}

export const SignatureRef = builder.objectRef<ReleaseSignature>("ReleaseSignature").implement({
  fields: (t) => ({ name: t.exposeString("name"), signedAt: t.expose("signedAt", { type: "DateTime" }) }),
});

export const ConsentRef = builder
  .objectRef<{ consent: PhonedConsent; row: PassRow }>("ReleaseConsentCall")
  .implement({
    description: "A consent phoned for and written on the pass (R-REL-4): when, whom, the answer.",
    fields: (t) => ({
      calledAt: t.field({ type: "DateTime", resolve: ({ consent }) => consent.calledAt }),
      calledBy: t.string({ resolve: ({ consent }) => consent.calledBy }),
      contactName: t.string({ resolve: ({ consent }) => consent.contactName }),
      phone: t.string({
        nullable: true,
        description: "Masked unless the viewer is staff who need it (R-ARC-3).",
        resolve: ({ consent, row }, _args, context) =>
          phoneFor(context.viewer, consent.phone, { estateIds: [row.estateId] }),
      }),
      outcome: t.field({ type: ConsentOutcomeEnum, resolve: ({ consent }) => consent.outcome }),
      answer: t.string({ nullable: true, resolve: ({ consent }) => consent.answer ?? null }),
    }),
  });

export const FlagRef = builder.objectRef<UnusualRemovalFlag>("ReleaseUnusualRemovalFlag").implement({
  description: "R-REL-2: frequent single-item removals from one unit — for attention, never a refusal.",
  fields: (t) => ({
    count: t.exposeInt("count"),
    since: t.field({ type: "Date", resolve: (f) => new Date(`${f.since}T00:00:00.000Z`) }),
    until: t.field({ type: "Date", resolve: (f) => new Date(`${f.until}T00:00:00.000Z`) }),
    message: t.exposeString("message"),
    messageZh: t.exposeString("messageZh"),
  }),
});

export const DecisionRef = builder.objectRef<ReleaseDecision>("ReleaseDecision").implement({
  description: "The desk's decision: what was required, the rules applied, any flag.",
  fields: (t) => ({
    outcome: t.exposeString("outcome", {
      description: "`allow` or `notRequired` (only small items, carried temporarily).",
    }),
    date: t.field({ type: "Date", resolve: (d) => new Date(`${d.date}T00:00:00.000Z`) }),
    rules: t.exposeStringList("rules"),
    ownerConsentRequired: t.boolean({ resolve: (d) => d.requires.ownerConsent }),
    companyConsentRequired: t.boolean({ resolve: (d) => d.requires.companyConsent }),
    settledAccountRequired: t.boolean({ resolve: (d) => d.requires.settledAccount }),
    flags: t.field({ type: [FlagRef], resolve: (d) => [...d.flags] }),
  }),
});

export const OutstandingRef = builder.objectRef<OutstandingCharge>("ReleaseOutstandingCharge").implement({
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "`propertyFee`, `utility` or `other`." }),
    label: t.exposeString("label"),
    amount: t.field({ type: "Money", resolve: (c) => c.amount }),
  }),
});

export const StatementRef = builder.objectRef<UnitAccountStatement>("ReleaseAccountStatement").implement({
  description: "R-REL-3: what the unit owed up to the day of a move-out's approval (settled: nothing).",
  fields: (t) => ({
    asOf: t.field({ type: "Date", resolve: (s) => new Date(`${s.asOf}T00:00:00.000Z`) }),
    outstanding: t.field({ type: [OutstandingRef], resolve: (s) => [...s.outstanding] }),
    total: t.field({ type: "Money", resolve: (s) => sumMoney(s.outstanding.map((c) => c.amount)) }),
  }),
});

export const PrintedLineRef = builder
  .objectRef<ReturnType<typeof layoutReleasePassLines>[number]>("ReleasePassPrintedLine")
  .implement({
    description: "R-REL-5: a line of the printed form — an item, or a blank line struck through.",
    fields: (t) => ({
      line: t.exposeInt("line"),
      struckThrough: t.boolean({ resolve: (l) => l.kind === "struckThrough" }),
      description: t.string({ nullable: true, resolve: (l) => (l.kind === "item" ? l.description : null) }),
      quantity: t.int({ nullable: true, resolve: (l) => (l.kind === "item" ? l.quantity : null) }),
    }),
  });
