import type { AssemblyTally, TallyCheck, VoteCount } from "@wuye/domain";
import { builder } from "../../builder.ts";
import {
  AssemblyMatter,
  AssemblyVoteStatus,
  BallotChoice,
  MaintenanceFundEntryKind,
  MaintenanceFundUseStatus,
} from "../../generated/prisma/enums.ts";

/**
 * The governance area's enums (the domain's names) and the tally of a vote as the domain counted
 * it: participation, how owners voted, and each R-GOV-1 test with its exact figures.
 */

export const AssemblyMatterEnum = builder.enumType(AssemblyMatter, {
  name: "AssemblyMatter",
  description:
    "What the owners' assembly decides (Civil Code art. 278). `maintenanceFund`, `rebuilding` and `commonPartsUse` need 3/4 of the participating area and owners; the others more than half (R-GOV-1).",
});
export const AssemblyVoteStatusEnum = builder.enumType(AssemblyVoteStatus, { name: "AssemblyVoteStatus" });
export const BallotChoiceEnum = builder.enumType(BallotChoice, {
  name: "BallotChoice",
  description: "For 同意, against 反对, or abstain 弃权 (abstaining still counts as taking part).",
});
export const FundUseStatusEnum = builder.enumType(MaintenanceFundUseStatus, {
  name: "MaintenanceFundUseStatus",
});
export const FundEntryKindEnum = builder.enumType(MaintenanceFundEntryKind, {
  name: "MaintenanceFundEntryKind",
  description: "`contribution`: money the owners paid in 交存; `use`: money paid out on an approved use.",
});

export const VoteCountRef = builder.objectRef<VoteCount>("AssemblyVoteCount").implement({
  description: "A number of owners (each counted once) and the exclusive area they hold.",
  fields: (t) => ({
    owners: t.exposeInt("owners"),
    area: t.exposeString("area", { description: "m², two decimals." }),
  }),
});

const TallyCheckRef = builder.objectRef<TallyCheck>("AssemblyTallyCheck").implement({
  description: "One test of R-GOV-1 with its exact figures.",
  fields: (t) => ({
    check: t.exposeString("check", {
      description: "`participationArea`, `participationOwners`, `approvalArea` or `approvalOwners`.",
    }),
    measure: t.exposeString("measure", { description: "`area` (m²) or `owners`." }),
    counted: t.exposeString("counted"),
    outOf: t.exposeString("outOf"),
    threshold: t.string({
      resolve: (c) => c.threshold.en,
      description: "e.g. `at least 2/3`, `more than half`.",
    }),
    met: t.exposeBoolean("met"),
    rule: t.exposeString("rule"),
    message: t.exposeString("message"),
    messageZh: t.exposeString("messageZh"),
  }),
});

export const TallyRef = builder.objectRef<AssemblyTally>("AssemblyTally").implement({
  description:
    "R-GOV-1: a vote is valid when owners of at least 2/3 of the exclusive area and 2/3 of the owners took part; it passes with the matter's majority of the participating area and owners.",
  fields: (t) => ({
    majority: t.exposeString("majority", { description: "`special` (3/4) or `ordinary` (more than half)." }),
    electorate: t.field({ type: VoteCountRef, resolve: (tally) => tally.electorate }),
    participation: t.field({ type: VoteCountRef, resolve: (tally) => tally.participation }),
    for: t.field({ type: VoteCountRef, resolve: (tally) => tally.for }),
    against: t.field({ type: VoteCountRef, resolve: (tally) => tally.against }),
    abstain: t.field({ type: VoteCountRef, resolve: (tally) => tally.abstain }),
    valid: t.exposeBoolean("valid"),
    passed: t.exposeBoolean("passed"),
    checks: t.field({ type: [TallyCheckRef], resolve: (tally) => [...tally.checks] }),
    rules: t.exposeStringList("rules"),
    message: t.exposeString("message"),
    messageZh: t.exposeString("messageZh"),
  }),
});
