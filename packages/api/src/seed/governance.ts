import {
  type Actor,
  type AssemblyBallot,
  type AssemblyElectorate,
  type AssemblyMatter,
  type AssemblyVote,
  type AssemblyVoter,
  addDays,
  addMoney,
  assertElectorate,
  type BackingVote,
  type BallotChoice,
  buildElectorate,
  centiSquareMetres,
  checkBallot,
  closeAssemblyVote,
  decideMaintenanceFundUse,
  type FacilityType,
  formatArea,
  formatMoney,
  type IsoDate,
  type MaintenanceFundUse,
  type MaintenanceFundUseActions,
  type MaintenanceFundUseStatus,
  type Money,
  maintenanceFundUseWorkflow,
  moneyFromFen,
  openAssemblyVote,
  parseMoney,
  resolveMaintenanceFundPolicy,
  subtractMoney,
  ZERO_MONEY,
} from "@wuye/domain";
import { toJsonValue } from "../db/index.ts";
import { developerOf } from "../services/governance/votes.ts";
import { businessDate, instantOn } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { FacilitySeed } from "./facilities.ts";
import type { SeededRandom } from "./random.ts";
import { segmentOn, type UnitLife } from "./residents.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

/**
 * Owners' self-governance 业主自治 (R-GOV-1, R-GOV-2): each estate's special maintenance fund
 * 专项维修资金 with the first deposits paid at handover, and owners' assembly votes 业主大会表决
 * with their registers of owners and ballots, counted by the domain. Sunny Garden has a vote in
 * every state — a maintenance-fund vote passed, another matter void for want of owners, one open
 * (the demo owner has not voted yet), one in preparation — and fund uses in every state, resting
 * on the passed vote. Riverside Court, whose phase 2 is still being handed over, has its fund and
 * one open vote.
 */

/**
 * The first deposit 首期交存 per m² of building area, in yuan, paid before the keys are handed
 * over. Round figures for the demo, not a legal rate.
 */
const FIRST_DEPOSIT_PER_M2: Record<EstateSeed["key"], bigint> = { sunny: 700n, river: 1_000n };

/** How the owners take part in a vote. */
type Turnout =
  /** At least 4/5 of the owners and of the area, at least 86 % of both for: passes any matter. */
  | "passes"
  /** About 55 % of the owners and at most 58 % of the area: short of the 2/3 that makes it valid. */
  | "tooFew"
  /** About a third of the owners so far. */
  | "underWay"
  /** Not open yet. */
  | "none";

interface VoteStory {
  readonly key: string;
  readonly matter: AssemblyMatter;
  readonly title: string;
  readonly description: string;
  /** Days from today to the first day of voting. */
  readonly opensIn: number;
  readonly days: number;
  readonly status: AssemblyVote["status"];
  readonly turnout: Turnout;
}

const FUND_VOTE: VoteStory = {
  key: "fund",
  matter: "maintenanceFund",
  title: "关于使用专项维修资金维修更换共用设施设备的表决",
  description:
    "电梯、生活水泵、火灾自动报警系统、视频监控及园区路灯均已过保修期，拟使用本小区专项维修资金维修更换，按实际结算并公示。",
  opensIn: -75,
  days: 21,
  status: "closed",
  turnout: "passes",
};

const SUNNY_VOTES: readonly VoteStory[] = [
  {
    key: "lockers",
    matter: "other",
    title: "关于在东门增设智能快递柜的表决",
    description: "拟在东门岗亭旁增设智能快递柜两组，由快递柜运营商免费安装。",
    opensIn: -150,
    days: 30,
    status: "closed",
    turnout: "tooFew",
  },
  FUND_VOTE,
  {
    key: "charging",
    matter: "commonPartsUse",
    title: "关于在地面停车区增设电动自行车充电棚的表决",
    description: "拟将北侧地面停车区的一部分改建为电动自行车集中充电棚，杜绝入户充电。",
    opensIn: -6,
    days: 28,
    status: "voting",
    turnout: "underWay",
  },
  {
    key: "committee",
    matter: "committeeElection",
    title: "第二届业主委员会选举",
    description: "第一届业主委员会任期届满，选举第二届业主委员会委员五名。",
    opensIn: 25,
    days: 21,
    status: "draft",
    turnout: "none",
  },
];

const RIVER_VOTES: readonly VoteStory[] = [
  {
    key: "provider",
    matter: "serviceProvider",
    title: "关于续聘悦居物业为本小区物业服务企业的表决",
    description: "前期物业服务合同即将到期，拟续聘悦居物业，服务标准与收费标准不变。",
    opensIn: -10,
    days: 30,
    status: "voting",
    turnout: "underWay",
  },
];

interface FundUseStory {
  readonly part: FacilityType;
  readonly purpose: string;
  readonly amount: string;
  readonly target: MaintenanceFundUseStatus;
  /** Days from today of each step taken: propose, then approve, pay, publish (or withdraw). */
  readonly days: readonly number[];
}

/** Sunny Garden's uses of the fund, one in every state, all on the passed vote (R-GOV-2). */
const FUND_USES: readonly FundUseStory[] = [
  {
    part: "elevator",
    purpose: "更换曳引钢丝绳及门机系统",
    amount: "186400.00",
    target: "published",
    days: [-52, -48, -30, -27],
  },
  {
    part: "waterSupply",
    purpose: "更换生活水泵及配套控制柜",
    amount: "92800.00",
    target: "paid",
    days: [-50, -46, -12],
  },
  {
    part: "fireSystem",
    purpose: "更换火灾报警控制器主机及老化烟感探测器",
    amount: "158000.00",
    target: "approved",
    days: [-40, -33],
  },
  {
    part: "publicLighting",
    purpose: "园区路灯整体更换为 LED 灯具",
    amount: "45600.00",
    target: "withdrawn",
    days: [-49, -35],
  },
  {
    part: "cctv",
    purpose: "更换老化的监控摄像头及录像存储设备",
    amount: "68500.00",
    target: "proposed",
    days: [-4],
  },
];

/** The estates' owners' assemblies and maintenance funds (R-GOV-1, R-GOV-2). */
export function writeGovernance(
  ctx: SeedContext,
  lives: readonly UnitLife[],
  facilities: readonly FacilitySeed[],
): void {
  const demoOwnerId = lives.find((life) => life.plan.demo === "owner")?.owner?.id;
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`governance:${estate.key}`);
    const units = lives.filter((life) => life.estate === estate);
    const fund = new FundLedger(ctx, estate);
    writeFirstDeposits(fund, estate, units);
    const stories = estate.key === "sunny" ? SUNNY_VOTES : RIVER_VOTES;
    const closed = new Map<string, BackingVote>();
    for (const story of stories) {
      const vote = writeVote(ctx, estate, story, units, random.fork(`vote:${story.key}`), demoOwnerId);
      if (vote.status === "closed" && vote.tally) {
        closed.set(story.key, {
          id: vote.id,
          matter: vote.matter,
          status: vote.status,
          passed: vote.tally.passed,
        });
      }
    }
    const backing = closed.get(FUND_VOTE.key);
    if (!backing) continue;
    for (const story of FUND_USES) {
      const part = facilities.find((f) => f.estate === estate && f.type === story.part);
      if (!part) throw new Error(`seed: ${estate.name} has no ${story.part} for its fund use`);
      writeFundUse(ctx, estate, story, part, backing, fund);
    }
  }
}

/** The fund's ledger as it is written: the balance at any instant is the sum of the entries before it. */
class FundLedger {
  private readonly entries: { readonly at: Date; readonly amount: Money }[] = [];

  constructor(
    private readonly ctx: SeedContext,
    private readonly estate: EstateSeed,
  ) {}

  contribute(at: Date, amount: Money, reason: string): void {
    this.write("contribution", at, amount, null, reason);
    this.entries.push({ at, amount });
  }

  pay(at: Date, amount: Money, fundUseId: string, reason: string): void {
    this.write("use", at, amount, fundUseId, reason);
    this.entries.push({ at, amount: subtractMoney(ZERO_MONEY, amount) });
  }

  /** R-GOV-2: what the fund holds at `at`, as the API's `fundBalance` sums it. */
  balanceAt(at: Date): Money {
    let balance = ZERO_MONEY;
    for (const entry of this.entries) if (entry.at <= at) balance = addMoney(balance, entry.amount);
    return balance;
  }

  private write(
    kind: "contribution" | "use",
    at: Date,
    amount: Money,
    fundUseId: string | null,
    reason: string,
  ): void {
    this.ctx.writer.add("MaintenanceFundEntry", {
      id: this.ctx.ids.next(),
      estateId: this.estate.id,
      kind,
      amount: formatMoney(amount),
      fundUseId,
      reason,
      createdById: this.estate.staff.finance.id,
      createdAt: at,
    });
  }
}

/**
 * R-GOV-2: every unit's first deposit, paid before its keys are handed over; one ledger entry
 * per month of handovers, so the ledger stays short however many units there are.
 */
function writeFirstDeposits(fund: FundLedger, estate: EstateSeed, units: readonly UnitLife[]): void {
  const rate = FIRST_DEPOSIT_PER_M2[estate.key];
  const months = new Map<string, { units: number; centi: bigint; last: IsoDate }>();
  for (const { plan } of units) {
    if (!plan.handoverDate) continue;
    const month = plan.handoverDate.slice(0, 7);
    const entry = months.get(month) ?? { units: 0, centi: 0n, last: plan.handoverDate };
    entry.units += 1;
    entry.centi += centiSquareMetres(plan.area, plan.number);
    if (plan.handoverDate > entry.last) entry.last = plan.handoverDate;
    months.set(month, entry);
  }
  for (const [month, entry] of [...months].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Hundredths of a m² at `rate` yuan per m² are `rate` fen each.
    const amount = moneyFromFen(entry.centi * rate);
    const [year, mm] = month.split("-");
    fund.contribute(
      instantOn(entry.last, 9, 30),
      amount,
      `首期专项维修资金交存：${year}年${Number(mm)}月交房 ${entry.units} 套，建筑面积 ${formatArea(entry.centi)}㎡`,
    );
  }
}

/** The owner of record on `date` (after a sale, the buyer); none before handover. */
function ownerOn(life: UnitLife, date: IsoDate): string | undefined {
  return segmentOn(life, date)?.owner.id;
}

/**
 * R-GOV-1: the register of owners on `date`, as the API's `openVote` builds it: every unit of the
 * estate with its building area and its owner that day, units not yet handed over counting for
 * the developer as one owner.
 */
function registerOn(estate: EstateSeed, units: readonly UnitLife[], date: IsoDate): AssemblyElectorate {
  return buildElectorate(
    units.map((life) => ({
      unitId: life.plan.id,
      buildingArea: life.plan.area,
      ownerIds: [ownerOn(life, date) ?? developerOf(estate.id)],
    })),
  );
}

function writeVote(
  ctx: SeedContext,
  estate: EstateSeed,
  story: VoteStory,
  units: readonly UnitLife[],
  random: SeededRandom,
  demoOwnerId: string | undefined,
): AssemblyVote {
  const id = ctx.ids.next();
  const manager = actorOf(estate.staff.manager);
  const opensOn = addDays(ctx.today, story.opensIn);
  const closesOn = addDays(opensOn, story.days - 1);
  // The manager opens a vote the day before it runs (the register is fixed that day); a draft was
  // prepared two days ago.
  const preparedOn = story.status === "draft" ? addDays(ctx.today, -2) : addDays(opensOn, -1);
  const preparedAt = instantOn(preparedOn, 10);
  const electorate = registerOn(estate, units, preparedOn);
  const totals = assertElectorate(electorate);
  let vote: AssemblyVote = {
    id,
    matter: story.matter,
    title: story.title,
    opensOn,
    closesOn,
    status: "draft",
    electorate,
    ballots: [],
  };
  const voterRowIds = new Map<string, string>();
  for (const voter of electorate.voters) {
    const rowId = ctx.ids.next();
    voterRowIds.set(voter.id, rowId);
    ctx.writer.add("AssemblyVoter", {
      id: rowId,
      voteId: id,
      key: voter.id,
      ownerIds: [...voter.ownerIds],
      unitIds: [...voter.unitIds],
      area: voter.area,
    });
  }

  let version = 0;
  let updatedAt = preparedAt;
  let closedAt: Date | null = null;
  if (story.status !== "draft") {
    const opened = expectStep(openAssemblyVote(vote, { actor: manager, at: preparedAt }), story.title);
    vote = opened.vote;
    // The open line carries what the API's `openVote` writes with it.
    writeWorkflowEvent(ctx.writer, ctx.ids, id, opened.event, {
      title: story.title,
      matter: story.matter,
      opensOn,
      closesOn,
      electorate: { owners: totals.totalOwners, area: formatArea(totals.totalArea) },
    });
  }

  const lastBallotDay = story.status === "closed" ? closesOn : addDays(ctx.today, -1);
  const ballots: { ballot: AssemblyBallot; voter: AssemblyVoter; castAt: Date }[] = [];
  for (const [voter, choice] of chooseBallots(electorate, story.turnout, random, demoOwnerId)) {
    const span = Math.max(0, dayCount(opensOn, lastBallotDay));
    const castAt = instantOn(addDays(opensOn, random.int(0, span)), random.int(8, 21), random.int(0, 59));
    ballots.push({ ballot: { ownerId: random.pick(voter.ownerIds), choice }, voter, castAt });
  }
  ballots.sort((a, b) => a.castAt.getTime() - b.castAt.getTime());
  vote = { ...vote, ballots: ballots.map((b) => b.ballot) };
  for (const { ballot, voter, castAt } of ballots) {
    if (castAt >= ctx.now) throw new Error(`seed: a ballot on ${story.title} would be cast after now`);
    ctx.writer.add("AssemblyBallot", {
      id: ctx.ids.next(),
      voteId: id,
      voterId: voterRowIds.get(voter.id)!,
      personId: ballot.ownerId,
      choice: ballot.choice,
      castAt,
    });
  }

  if (story.status === "voting" && demoOwnerId && estate.key === "sunny") {
    // The demo owner (of Sunny Garden) has not voted yet: a newcomer casts her ballot in GraphiQL.
    const refusals = checkBallot(vote, { ownerId: demoOwnerId, choice: "for" }, ctx.today);
    if (refusals.length > 0) {
      throw new Error(
        `seed: the demo owner could not vote on ${story.title} (${refusals.map((r) => r.code)})`,
      );
    }
  }

  if (story.status === "closed") {
    const date = addDays(closesOn, 1);
    closedAt = instantOn(date, 10);
    const closing = expectStep(closeAssemblyVote(vote, { actor: manager, at: closedAt, date }), story.title);
    vote = closing.vote;
    writeWorkflowEvent(ctx.writer, ctx.ids, id, closing.event);
    version += 1;
    updatedAt = closedAt;
    const { tally } = closing;
    const expected = story.turnout === "passes" ? tally.passed : !tally.valid;
    if (!expected)
      throw new Error(`seed: ${story.title} did not come out as its story says (${tally.message})`);
  }
  if (updatedAt >= ctx.now) throw new Error(`seed: ${story.title} would change after now`);

  ctx.writer.add("AssemblyVote", {
    id,
    estateId: estate.id,
    title: story.title,
    description: story.description,
    matter: story.matter,
    opensOn,
    closesOn,
    status: vote.status,
    version,
    electorateOwners: totals.totalOwners,
    electorateArea: formatArea(totals.totalArea),
    tally: vote.tally ? toJsonValue(vote.tally) : null,
    valid: vote.tally ? vote.tally.valid : null,
    passed: vote.tally ? vote.tally.passed : null,
    closedAt,
    createdAt: preparedAt,
    updatedAt,
  });
  return vote;
}

function dayCount(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Who votes how. Owners are taken in a shuffled order; the developer never votes (it has no
 * ballot of its own in the API), nor, on an open vote, the demo owner. Shares are compared exactly,
 * in owners and in hundredths of a m², against the whole register (R-GOV-1).
 */
function chooseBallots(
  electorate: AssemblyElectorate,
  turnout: Turnout,
  random: SeededRandom,
  demoOwnerId: string | undefined,
): [AssemblyVoter, BallotChoice][] {
  if (turnout === "none") return [];
  const indexed = assertElectorate(electorate);
  const totalOwners = BigInt(indexed.totalOwners);
  const voters = electorate.voters.filter(
    (voter) =>
      !voter.ownerIds.some((owner) => owner.startsWith("developer:")) &&
      !(turnout === "underWay" && demoOwnerId && voter.ownerIds.includes(demoOwnerId)),
  );
  shuffle(voters, random);
  const areaOf = (voter: AssemblyVoter) => indexed.areaOf.get(voter.id) ?? 0n;
  /** `part / whole` against a percentage, exactly. */
  const reaches = (part: bigint, whole: bigint, percent: bigint) => part * 100n >= whole * percent;

  const taking: AssemblyVoter[] = [];
  let owners = 0n;
  let area = 0n;
  for (const voter of voters) {
    if (turnout === "passes") {
      if (reaches(owners, totalOwners, 80n) && reaches(area, indexed.totalArea, 80n)) break;
    } else if (turnout === "tooFew") {
      if (reaches(owners, totalOwners, 55n)) break;
      // Nobody whose ballot would lift either share past 58 %.
      if ((owners + 1n) * 100n > 58n * totalOwners) continue;
      if ((area + areaOf(voter)) * 100n > 58n * indexed.totalArea) continue;
    } else if (!random.chance(0.35)) {
      continue;
    }
    taking.push(voter);
    owners += 1n;
    area += areaOf(voter);
  }

  if (turnout !== "passes") {
    const weights: readonly (readonly [BallotChoice, number])[] =
      turnout === "tooFew"
        ? [
            ["for", 55],
            ["against", 30],
            ["abstain", 15],
          ]
        : [
            ["for", 62],
            ["against", 23],
            ["abstain", 15],
          ];
    return taking.map((voter) => [voter, random.weighted(weights)]);
  }
  // A clear special majority: owners vote for until 86 % of the owners and of the area taking
  // part have, then the rest against or abstaining.
  let forOwners = 0n;
  let forArea = 0n;
  return taking.map((voter): [AssemblyVoter, BallotChoice] => {
    if (!reaches(forOwners, owners, 86n) || !reaches(forArea, area, 86n)) {
      forOwners += 1n;
      forArea += areaOf(voter);
      return [voter, "for"];
    }
    return [voter, random.chance(0.6) ? "against" : "abstain"];
  });
}

function shuffle<T>(items: T[], random: SeededRandom): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const item = items[i]!;
    items[i] = items[j]!;
    items[j] = item;
  }
}

/**
 * R-GOV-2: a use of the fund walked through the domain's workflow — proposed by engineering,
 * approved by the manager on the passed vote within the balance, paid by finance out of the
 * ledger, published to the owners by the desk (or withdrawn by the manager) — each step's line
 * carrying the data the API's service writes with it.
 */
function writeFundUse(
  ctx: SeedContext,
  estate: EstateSeed,
  story: FundUseStory,
  part: FacilitySeed,
  vote: BackingVote,
  fund: FundLedger,
): void {
  const id = ctx.ids.next();
  const staff = estate.staff;
  const amount = parseMoney(story.amount);
  let use: MaintenanceFundUse = {
    id,
    status: "proposed",
    commonPart: {
      id: part.id,
      name: part.name,
      ...(part.warrantyUntil ? { warrantyUntil: part.warrantyUntil } : {}),
    },
    amount,
    purpose: story.purpose,
  };
  const [proposedIn, ...later] = story.days;
  const at = (days: number) => instantOn(addDays(ctx.today, days), 15);
  const proposedAt = at(proposedIn ?? 0);
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "maintenance fund use",
    action: "propose",
    from: "proposed",
    to: "proposed",
    actor: actorOf(staff.engineering[0]!),
    at: proposedAt,
    data: { facilityId: part.id, amount, purpose: story.purpose, voteId: vote.id },
  });
  let version = 0;
  let updatedAt = proposedAt;
  const columns = {
    approvedAt: null as Date | null,
    paidAt: null as Date | null,
    publishedAt: null as Date | null,
    notice: null as string | null,
  };
  const step = <A extends keyof MaintenanceFundUseActions & string>(
    action: A,
    actor: Actor,
    when: Date,
    data: MaintenanceFundUseActions[A],
  ) => {
    const result = expectStep(
      maintenanceFundUseWorkflow.transition(use.status, use, { action, actor, at: when, data }),
      `${action} of the fund use on ${part.name}`,
    );
    writeWorkflowEvent(ctx.writer, ctx.ids, id, result.event);
    use = { ...use, status: result.state };
    version += 1;
    updatedAt = when;
  };
  const approve = (when: Date) => ({
    date: businessDate(when),
    fundBalance: fund.balanceAt(when),
    vote,
    // The estates record no local rule allowing emergency use: the domain's default.
    policy: resolveMaintenanceFundPolicy(),
  });

  const path: readonly MaintenanceFundUseStatus[] =
    story.target === "withdrawn" ? ["withdrawn"] : ["approved", "paid", "published"];
  const reach = story.target === "withdrawn" ? 1 : path.indexOf(story.target) + 1;
  later.slice(0, reach).forEach((days, index) => {
    const when = at(days);
    switch (path[index]) {
      case "approved":
        step("approve", actorOf(staff.manager), when, approve(when));
        columns.approvedAt = when;
        break;
      case "paid":
        step("pay", actorOf(staff.finance), when, { fundBalance: fund.balanceAt(when) });
        fund.pay(when, amount, id, `${part.name}: ${story.purpose}`);
        columns.paidAt = when;
        break;
      case "published": {
        const notice =
          `经业主大会表决通过（${FUND_VOTE.title}），使用专项维修资金 ${formatMoney(amount, { symbol: true })} ` +
          `用于${part.name}${story.purpose}，工程已验收，款项已支付，特此公示。`;
        step("publish", actorOf(staff.customerService[0]!), when, { notice });
        columns.publishedAt = when;
        columns.notice = notice;
        break;
      }
      case "withdrawn":
        step("withdraw", actorOf(staff.manager), when, {
          reason: "经核算改由日常维修费用列支，不再动用专项维修资金",
        });
        break;
    }
  });
  if (use.status !== story.target) throw new Error(`seed: the fund use on ${part.name} ended ${use.status}`);
  if (use.status === "proposed" || use.status === "approved") {
    // Its next step works today: the manager can approve it, finance can pay it (R-GOV-2).
    const decision = decideMaintenanceFundUse(use, approve(ctx.now));
    if (decision.outcome !== "approve") {
      throw new Error(
        `seed: the fund use on ${part.name} could not go ahead (${decision.refusals.map((r) => r.code)})`,
      );
    }
  }
  if (updatedAt >= ctx.now) throw new Error(`seed: the fund use on ${part.name} would change after now`);
  ctx.writer.add("MaintenanceFundUse", {
    id,
    estateId: estate.id,
    facilityId: part.id,
    voteId: vote.id,
    amount: formatMoney(amount),
    purpose: story.purpose,
    emergencyReason: null,
    status: use.status,
    version,
    ...columns,
    createdAt: proposedAt,
    updatedAt,
  });
}
