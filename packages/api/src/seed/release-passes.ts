import {
  addDays,
  approveReleasePass,
  archiveReleasePass,
  type CarrierRelation,
  type IsoDate,
  type Money,
  type OutstandingCharge,
  type PhonedConsent,
  type ReleaseHistoryEntry,
  type ReleaseItem,
  type ReleasePass,
  type ReleasePassStatus,
  type ReleaseReason,
  refuseReleasePass,
  releaseAtGate,
  requestReleasePass,
  subtractMoney,
  sumMoney,
  type WorkflowEvent,
} from "@wuye/domain";
import { changedFields, encodeRecordData } from "../services/renovation/stored-record.ts";
import { businessDate, DEMO_TIME_ZONE, instantOn, minutesAfter, periodFirstDay } from "./clock.ts";
import { actorOf, type EstateSeed, type PersonSeed, type SeedContext } from "./context.ts";
import type { UnitAccount } from "./payments.ts";
import type { SeededRandom } from "./random.ts";
import type { UnitLife } from "./residents.ts";
import { desk, type RecordNumbers, storyCount } from "./story-kit.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

interface PassStory {
  readonly reason: ReleaseReason;
  readonly relation: CarrierRelation;
  readonly items: readonly ReleaseItem[];
  /** The desk's decision: approve (then release, archive) or refuse (then archive). */
  readonly outcome: "approve" | "refuse";
  readonly target: ReleasePassStatus;
  /** The owner's answer on the phone when the carrier is not the owner (R-REL-4). */
  readonly consent?: PhonedConsent["outcome"];
  /** Needs a unit whose account is settled (true) or in arrears (false) on the day (R-REL-3). */
  readonly settled?: boolean;
}

const MOVING: readonly ReleaseItem[] = [
  { description: "双人床", category: "furniture", quantity: 1 },
  { description: "冰箱", category: "appliance", quantity: 1 },
  { description: "纸箱", category: "carton", quantity: 12 },
];
const ONE_COMPUTER: readonly ReleaseItem[] = [
  { description: "台式电脑主机", category: "computer", quantity: 1 },
];
const SOFA: readonly ReleaseItem[] = [{ description: "布艺沙发", category: "furniture", quantity: 1 }];

/** Every state of the release-pass workflow, with refusals for arrears and an unreachable owner. */
const STORIES: readonly PassStory[] = [
  {
    reason: "movingOut",
    relation: "owner",
    items: MOVING,
    outcome: "approve",
    target: "archived",
    settled: true,
  },
  {
    reason: "movingOut",
    relation: "owner",
    items: MOVING,
    outcome: "refuse",
    target: "archived",
    settled: false,
  },
  {
    reason: "temporary",
    relation: "familyMember",
    items: SOFA,
    outcome: "approve",
    target: "released",
    consent: "agreed",
  },
  { reason: "temporary", relation: "owner", items: SOFA, outcome: "approve", target: "approved" },
  {
    reason: "temporary",
    relation: "domesticWorker",
    items: SOFA,
    outcome: "refuse",
    target: "refused",
    consent: "unreachable",
  },
  { reason: "temporary", relation: "owner", items: ONE_COMPUTER, outcome: "approve", target: "requested" },
];

/**
 * Release passes 物品放行条 (R-REL-1…5): requested at the desk, decided by the domain's
 * `decideRelease` against the unit's account on the day (moving out needs nothing owed) and the
 * owner's phoned consent, released at the gate with the signatures, archived. One unit takes a
 * single computer out three times in three weeks: the third pass is flagged (R-REL-2).
 */
export function writeReleasePasses(
  ctx: SeedContext,
  lives: readonly UnitLife[],
  accounts: ReadonlyMap<string, UnitAccount>,
  numbers: RecordNumbers,
): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`release:${estate.key}`);
    const featured = lives.filter((l) => l.estate === estate && accounts.has(l.plan.id) && l.owner);
    if (featured.length === 0) continue;
    const stories = [...STORIES];
    const extra = storyCount(lives, estate, 10, 3);
    for (let i = 0; i < extra; i++) stories.push(STORIES[i % 2 === 0 ? 0 : 2]!);
    stories.forEach((story, index) => {
      const r = random.fork(`p:${index}`);
      for (let attempt = 0; attempt < 40; attempt++) {
        const life = r.pick(featured);
        // A carrier who is not the owner lives there (R-REL-4: the owner is phoned about them).
        if (story.relation !== "owner" && !life.residents.some((p) => p.id !== life.owner?.id)) continue;
        const at =
          story.target === "requested" || story.target === "approved"
            ? minutesAfter(ctx.now, -r.int(20, 90))
            : instantOn(addDays(ctx.today, -r.int(3, 120)), r.int(9, 16));
        const statement = statementOn(accounts.get(life.plan.id)!, businessDate(at));
        const owes = statement.some((charge) => charge.amount > 0n);
        if (story.settled !== undefined && owes === story.settled) continue;
        const earlierAt = minutesAfter(at, -3);
        if (businessDate(earlierAt) !== businessDate(at)) continue;
        writePass(ctx, estate, life, story, at, statement, [], numbers, r);
        return;
      }
    });
    writeFlaggedSeries(ctx, estate, featured, accounts, numbers, random.fork("flagged"));
  }
}

/** R-REL-3: what the unit owed on a day, as the API's desk reads it from the bill lines. */
function statementOn(account: UnitAccount, day: IsoDate): OutstandingCharge[] {
  const until = instantOn(addDays(day, 1), 0);
  const charges: OutstandingCharge[] = [];
  for (const line of account.lines) {
    if (periodFirstDay(line.period) > day || line.issuedAt >= until) continue;
    const paid = sumMoney(
      account.settlements.filter((s) => s.lineId === line.lineId && s.at < until).map((s) => s.amount),
    );
    const owed: Money = subtractMoney(line.amount, paid);
    if (owed > 0n) charges.push({ kind: "propertyFee", label: `${line.label}`, amount: owed });
  }
  return charges;
}

/** Three single computers out of one unit in three weeks: the third is flagged, never refused. */
function writeFlaggedSeries(
  ctx: SeedContext,
  estate: EstateSeed,
  featured: readonly UnitLife[],
  accounts: ReadonlyMap<string, UnitAccount>,
  numbers: RecordNumbers,
  random: SeededRandom,
): void {
  const life = random.pick(featured);
  const history: ReleaseHistoryEntry[] = [];
  [-21, -12, -2].forEach((daysAgo) => {
    const at = instantOn(addDays(ctx.today, daysAgo), 15);
    const statement = statementOn(accounts.get(life.plan.id)!, businessDate(at));
    const story: PassStory = {
      reason: "temporary",
      relation: "owner",
      items: ONE_COMPUTER,
      outcome: "approve",
      target: "archived",
    };
    const id = writePass(ctx, estate, life, story, at, statement, history, numbers, random);
    history.push({
      id,
      unitId: life.plan.id,
      date: businessDate(at),
      reason: "temporary",
      items: ONE_COMPUTER,
    });
  });
}

function writePass(
  ctx: SeedContext,
  estate: EstateSeed,
  life: UnitLife,
  story: PassStory,
  at: Date,
  outstanding: readonly OutstandingCharge[],
  history: readonly ReleaseHistoryEntry[],
  numbers: RecordNumbers,
  random: SeededRandom,
): string {
  const owner = life.owner!;
  const carrier: PersonSeed =
    story.relation === "owner"
      ? owner
      : (life.residents.find((p) => p.id !== owner.id) ?? life.tenant ?? owner);
  const service = desk(estate, random);
  const guard = actorOf(random.pick(estate.staff.security));
  const id = ctx.ids.next();
  const number = numbers.take(estate, "FX", at);
  const consent: PhonedConsent | undefined = story.consent
    ? {
        calledAt: minutesAfter(at, -3),
        calledBy: service.name ?? "客服",
        contactName: owner.name,
        phone: owner.phone,
        outcome: story.consent,
        ...(story.consent === "agreed" ? { answer: "同意放行" } : {}),
      }
    : undefined;
  let pass: ReleasePass = requestReleasePass(
    {
      id,
      unitId: life.plan.id,
      carrier: { name: carrier.name, identityNumber: carrier.idNumber, relation: story.relation },
      items: story.items,
      reason: story.reason,
      ...(consent ? { ownerConsent: consent } : {}),
    },
    { at, policy: { timeZone: DEMO_TIME_ZONE } },
  );
  const { id: _id, status: _status, ...requested } = pass;
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "release pass",
    action: "request",
    from: "requested",
    to: "requested",
    actor: service,
    at,
    data: encodeRecordData(requested),
  });
  let version = 0;
  let last = at;
  let approvedAt: Date | null = null;
  let releasedAt: Date | null = null;
  let flagged = false;
  const write = (before: ReleasePass, after: ReleasePass, event: WorkflowEvent) => {
    writeWorkflowEvent(ctx.writer, ctx.ids, id, event, encodeRecordData(changedFields(before, after)));
    pass = after;
    version += 1;
    last = event.at;
  };
  const statement = { unitId: life.plan.id, asOf: businessDate(at), outstanding };
  if (story.target !== "requested") {
    const decideAt = minutesAfter(at, 5);
    const decision = approveReleasePass(pass, {
      actor: service,
      at: decideAt,
      accountStatement: statement,
      history,
    });
    if (story.outcome === "approve") {
      if (!decision.ok)
        throw new Error(`seed: release pass ${number} refused (${decision.refusals.map((r) => r.code)})`);
      write(pass, decision.pass, decision.event);
      approvedAt = decideAt;
      flagged = decision.decision.flags.length > 0;
    } else {
      const refusals = decision.ok ? [] : decision.refusals;
      const refused = refuseReleasePass(pass, {
        actor: service,
        at: decideAt,
        reason: refusals[0]?.messageZh ?? "不予放行",
        refusals,
      });
      if (!refused.ok) throw new Error("seed: release pass refusal refused");
      write(pass, refused.pass, refused.event);
    }
  }
  if (pass.status === "approved" && story.target !== "approved") {
    const gateAt = minutesAfter(at, 25);
    const released = releaseAtGate(pass, {
      actor: guard,
      at: gateAt,
      itemsMatchPass: true,
      signOff: {
        deskOfficer: { name: service.name ?? "客服", signedAt: minutesAfter(at, 6) },
        carrier: { name: carrier.name, signedAt: minutesAfter(at, 6) },
        ...(story.relation === "owner" ? {} : { owner: { name: owner.name, signedAt: minutesAfter(at, 6) } }),
        blankLinesStruckThrough: true,
      },
    });
    if (!released.ok)
      throw new Error(`seed: release at gate refused (${released.refusals.map((r) => r.code)})`);
    write(pass, released.pass, released.event);
    releasedAt = gateAt;
  }
  if (story.target === "archived" && (pass.status === "released" || pass.status === "refused")) {
    const archived = archiveReleasePass(pass, {
      actor: actorOf(estate.staff.archivist),
      at: minutesAfter(at, 24 * 60),
    });
    if (!archived.ok) throw new Error("seed: archiving refused");
    write(pass, archived.pass, archived.event);
  }
  if (last >= ctx.now) throw new Error(`seed: release pass ${number} would end after now`);
  ctx.writer.add("ReleasePass", {
    id,
    estateId: estate.id,
    unitId: life.plan.id,
    number,
    carrierName: carrier.name,
    carrierIdNumber: carrier.idNumber,
    carrierRelation: story.relation,
    reason: story.reason,
    status: pass.status,
    ownerConsent: consent?.outcome ?? null,
    ownerCalledAt: consent?.calledAt ?? null,
    ownerAnswer: consent?.answer ?? null,
    duesCheckedAt: approvedAt && story.reason === "movingOut" ? approvedAt : null,
    flagged,
    approvedById: approvedAt ? service.id : null,
    approvedAt,
    releasedAt,
    version,
    createdAt: at,
    updatedAt: last,
  });
  story.items.forEach((item, index) => {
    ctx.writer.add("ReleasePassItem", {
      id: ctx.ids.next(),
      passId: id,
      position: index + 1,
      description: item.description,
      quantity: item.quantity,
    });
  });
  return id;
}
