import { assertElectorate, formatArea, type IndexedElectorate } from "./electorate.ts";
import { governanceErrors } from "./errors.ts";
import {
  majorityFor,
  meetsThreshold,
  ORDINARY_MAJORITY,
  PARTICIPATION_THRESHOLD,
  SPECIAL_MAJORITY,
} from "./thresholds.ts";
import type {
  AssemblyBallot,
  AssemblyElectorate,
  AssemblyMatter,
  AssemblyTally,
  AssemblyThreshold,
  AssemblyVoter,
  BallotChoice,
  TallyCheck,
  TallyCheckKind,
  VoteCount,
} from "./types.ts";

const CHOICES: readonly BallotChoice[] = ["for", "against", "abstain"];

interface Sum {
  owners: bigint;
  area: bigint;
}

/** Percentage to two decimals, truncated: for people to read, never for deciding. */
function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return "0.00%";
  const hundredths = (part * 10_000n) / whole;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}%`;
}

const count = (sum: Sum): VoteCount => ({ owners: Number(sum.owners), area: formatArea(sum.area) });

function check(kind: TallyCheckKind, part: bigint, whole: bigint, threshold: AssemblyThreshold): TallyCheck {
  const measure = kind.endsWith("Area") ? "area" : "owners";
  const show = (value: bigint) => (measure === "area" ? formatArea(value) : value.toString());
  const met = meetsThreshold(part, whole, threshold);
  const pct = percent(part, whole);
  const verdict = met ? "met" : "not met";
  const verdictZh = met ? "符合" : "不符合";
  const texts: Record<TallyCheckKind, { en: string; zh: string }> = {
    participationArea: {
      en: `Owners holding ${show(part)} of ${show(whole)} m² of exclusive area took part (${pct}); ${threshold.en} is needed: ${verdict}`,
      zh: `参与表决的专有部分面积 ${show(part)}㎡，占总面积 ${show(whole)}㎡ 的 ${pct}（须${threshold.zh}）：${verdictZh}`,
    },
    participationOwners: {
      en: `${show(part)} of ${show(whole)} owners took part (${pct}); ${threshold.en} is needed: ${verdict}`,
      zh: `参与表决业主 ${show(part)} 人，占业主总人数 ${show(whole)} 人的 ${pct}（须${threshold.zh}）：${verdictZh}`,
    },
    approvalArea: {
      en: `Owners holding ${show(part)} of the ${show(whole)} m² that took part voted for (${pct}); ${threshold.en} is needed: ${verdict}`,
      zh: `同意的专有部分面积 ${show(part)}㎡，占参与表决面积 ${show(whole)}㎡ 的 ${pct}（须${threshold.zh}）：${verdictZh}`,
    },
    approvalOwners: {
      en: `${show(part)} of the ${show(whole)} owners who took part voted for (${pct}); ${threshold.en} is needed: ${verdict}`,
      zh: `同意的业主 ${show(part)} 人，占参与表决人数 ${show(whole)} 人的 ${pct}（须${threshold.zh}）：${verdictZh}`,
    },
  };
  return {
    rule: "R-GOV-1",
    check: kind,
    counted: show(part),
    outOf: show(whole),
    measure,
    threshold,
    met,
    message: texts[kind].en,
    messageZh: texts[kind].zh,
  };
}

/**
 * Matches ballots to the register: each ballot to its owner's voter, once. Throws for a ballot
 * from someone not on the register, a second ballot for the same voter (the same owner twice, or
 * two co-owners of one unit), or an unknown choice.
 */
export function ballotsByVoter(
  indexed: IndexedElectorate,
  ballots: readonly AssemblyBallot[],
): Map<AssemblyVoter, BallotChoice> {
  const choices = new Map<AssemblyVoter, BallotChoice>();
  ballots.forEach((ballot, index) => {
    const path = ["ballots", String(index)];
    if (!CHOICES.includes(ballot.choice)) {
      throw governanceErrors.GOV_UNKNOWN_CHOICE.error({ choice: String(ballot.choice) }, [...path, "choice"]);
    }
    const voter = indexed.voterOfOwner.get(ballot.ownerId);
    if (!voter)
      throw governanceErrors.GOV_NOT_IN_ELECTORATE.error({ ownerId: ballot.ownerId }, [...path, "ownerId"]);
    if (choices.has(voter)) {
      throw governanceErrors.GOV_ALREADY_VOTED.error(
        { ownerId: ballot.ownerId, units: voter.unitIds.join(", ") },
        [...path, "ownerId"],
      );
    }
    choices.set(voter, ballot.choice);
  });
  return choices;
}

/**
 * R-GOV-1 (Civil Code art. 278): counts an owners' assembly vote. Valid when owners holding at
 * least 2/3 of the exclusive area AND at least 2/3 of the owners take part (abstaining is taking
 * part). The maintenance fund, rebuilding and a change of use of common parts pass with at least
 * 3/4 of the participating area AND participating owners voting for; other matters with more than
 * half of both. Every comparison is exact (areas in 0.01 m², integer cross-multiplication).
 */
export function tallyAssemblyVote(
  electorate: AssemblyElectorate,
  ballots: readonly AssemblyBallot[],
  matter: AssemblyMatter,
): AssemblyTally {
  const majority = majorityFor(matter);
  const indexed = assertElectorate(electorate);
  const choices = ballotsByVoter(indexed, ballots);
  const sums: Record<BallotChoice, Sum> = {
    for: { owners: 0n, area: 0n },
    against: { owners: 0n, area: 0n },
    abstain: { owners: 0n, area: 0n },
  };
  for (const [voter, choice] of choices) {
    sums[choice].owners += 1n;
    sums[choice].area += indexed.areaOf.get(voter.id) ?? 0n;
  }
  const took: Sum = {
    owners: sums.for.owners + sums.against.owners + sums.abstain.owners,
    area: sums.for.area + sums.against.area + sums.abstain.area,
  };
  const totalOwners = BigInt(indexed.totalOwners);
  const approval = majority === "special" ? SPECIAL_MAJORITY : ORDINARY_MAJORITY;
  const participation = [
    check("participationArea", took.area, indexed.totalArea, PARTICIPATION_THRESHOLD),
    check("participationOwners", took.owners, totalOwners, PARTICIPATION_THRESHOLD),
  ];
  const approvals = [
    check("approvalArea", sums.for.area, took.area, approval),
    check("approvalOwners", sums.for.owners, took.owners, approval),
  ];
  const valid = participation.every((c) => c.met);
  const passed = valid && approvals.every((c) => c.met);
  const [message, messageZh] = passed
    ? [
        `Passed with ${approval.en} of the participating area and owners`,
        `表决通过（同意面积与人数均${approval.zh}）`,
      ]
    : valid
      ? [
          `Not passed: ${approval.en} of the participating area and owners is needed`,
          `表决未通过：同意面积与人数均须${approval.zh}`,
        ]
      : [
          "Not valid: fewer than 2/3 of the area or of the owners took part",
          "表决无效：参与表决的面积或人数不足三分之二",
        ];
  return {
    matter,
    majority,
    electorate: { owners: indexed.totalOwners, area: formatArea(indexed.totalArea) },
    participation: count(took),
    for: count(sums.for),
    against: count(sums.against),
    abstain: count(sums.abstain),
    valid,
    passed,
    checks: [...participation, ...approvals],
    rules: ["R-GOV-1"],
    message,
    messageZh,
  };
}
