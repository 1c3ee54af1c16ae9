import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Money } from "../money/index.ts";

/**
 * What an owners' assembly 业主大会 decides (Civil Code art. 278). Raising or using the special
 * maintenance fund 专项维修资金, rebuilding 改建重建 and changing the use of common parts
 * 改变共有部分用途 need the special majority; everything else the ordinary one (R-GOV-1).
 */
export type AssemblyMatter =
  | "maintenanceFund"
  | "rebuilding"
  | "commonPartsUse"
  | "serviceProvider"
  | "committeeElection"
  | "other";

/** How an owner votes: for 同意, against 反对, or abstaining 弃权 (which still counts as taking part). */
export type BallotChoice = "for" | "against" | "abstain";

/** A unit 专有部分 on the register of owners, with its building area and its current owners. */
export interface OwnedUnit {
  readonly unitId: string;
  /** m² from the property certificate, at most two decimals, e.g. `"89.37"`. */
  readonly buildingArea: string;
  /** Every current owner of the unit (co-owners 共有人 included); at least one. */
  readonly ownerIds: readonly string[];
}

/**
 * One vote on the register: the owners who count as ONE owner, with the units they hold and the
 * area they weigh. Owners linked through a co-owned unit form one voter, so each owner counts once
 * however many units they hold, and co-owners of a unit vote once for it (R-GOV-1).
 */
export interface AssemblyVoter {
  /** Stable key: the smallest unit id of the group. */
  readonly id: string;
  readonly ownerIds: readonly string[];
  readonly unitIds: readonly string[];
  /** The group's exclusive area in m², two decimals. */
  readonly area: string;
}

/** Who may vote, fixed when the vote opens (the register of owners 业主名册 on that day). */
export interface AssemblyElectorate {
  readonly voters: readonly AssemblyVoter[];
}

/** A ballot as an owner casts it; a co-owner casts the group's one ballot. */
export interface AssemblyBallot {
  readonly ownerId: string;
  readonly choice: BallotChoice;
}

/** A number of owners and the exclusive area they hold. */
export interface VoteCount {
  readonly owners: number;
  /** m², two decimals. */
  readonly area: string;
}

/** A fraction the law names: `at least num/den`, or `more than num/den` when `strict`. */
export interface AssemblyThreshold {
  readonly num: bigint;
  readonly den: bigint;
  readonly strict: boolean;
  readonly en: string;
  readonly zh: string;
}

/** Which of the four R-GOV-1 tests a check is. */
export type TallyCheckKind = "participationArea" | "participationOwners" | "approvalArea" | "approvalOwners";

/** One test of R-GOV-1 with its exact figures, so a disputed result can be read out. */
export interface TallyCheck {
  readonly rule: "R-GOV-1";
  readonly check: TallyCheckKind;
  /** What is counted against `outOf`: m² (two decimals) or a number of owners. */
  readonly counted: string;
  readonly outOf: string;
  readonly measure: "area" | "owners";
  readonly threshold: AssemblyThreshold;
  readonly met: boolean;
  readonly message: string;
  readonly messageZh: string;
}

/** The result of a vote: participation, validity, how owners voted, and whether it passed. */
export interface AssemblyTally {
  readonly matter: AssemblyMatter;
  /** `special`: 3/4 of the participating area and owners; `ordinary`: more than half of both. */
  readonly majority: "special" | "ordinary";
  readonly electorate: VoteCount;
  readonly participation: VoteCount;
  readonly for: VoteCount;
  readonly against: VoteCount;
  readonly abstain: VoteCount;
  /** At least 2/3 of the area and 2/3 of the owners took part. */
  readonly valid: boolean;
  readonly passed: boolean;
  /** The participation checks, then the approval checks. */
  readonly checks: readonly TallyCheck[];
  readonly rules: readonly string[];
  readonly message: string;
  readonly messageZh: string;
}

/** An assembly vote's life: prepared, open for ballots, closed with its tally. */
export type AssemblyVoteStatus = "draft" | "voting" | "closed";

/** An owners' assembly vote as the workflow sees it. */
export interface AssemblyVote {
  readonly id: string;
  readonly matter: AssemblyMatter;
  readonly title: string;
  /** Ballots are accepted from `opensOn` to `closesOn`, inclusive (business dates). */
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
  readonly status: AssemblyVoteStatus;
  readonly electorate: AssemblyElectorate;
  readonly ballots: readonly AssemblyBallot[];
  readonly tally?: AssemblyTally;
}

/** A part of the estate the owners hold in common 共有部分 (a facility, the roof, an elevator). */
export interface CommonPart {
  readonly id: string;
  readonly name: string;
  /** Last day of the developer's or supplier's warranty 保修期; absent when none is recorded. */
  readonly warrantyUntil?: IsoDate;
}

/** A maintenance-fund use's life: proposed, approved, paid, published — or withdrawn. */
export type MaintenanceFundUseStatus = "proposed" | "approved" | "paid" | "published" | "withdrawn";

/** A use of the special maintenance fund 专项维修资金 (R-GOV-2). */
export interface MaintenanceFundUse {
  readonly id: string;
  readonly status: MaintenanceFundUseStatus;
  readonly commonPart: CommonPart;
  readonly amount: Money;
  readonly purpose: string;
  /** Emergency use 应急使用 (a lift stopped, a roof leaking…) as local rules allow: why. */
  readonly emergency?: { readonly reason: string };
}

/** The assembly vote a fund use rests on, as closed. */
export interface BackingVote {
  readonly id: string;
  readonly matter: AssemblyMatter;
  readonly status: AssemblyVoteStatus;
  readonly passed: boolean;
}

/** Whether and on what basis a fund use may be approved. */
export interface MaintenanceFundUseDecision {
  readonly outcome: "approve" | "refuse";
  /** What authorises the use: a passed assembly vote, or emergency use under local rules. */
  readonly basis: "assemblyVote" | "emergency" | "none";
  readonly refusals: readonly Refusal[];
  /** Every use is published to the owners, an emergency use afterwards (R-GOV-2). */
  readonly publicationRequired: true;
  readonly rules: readonly string[];
}
