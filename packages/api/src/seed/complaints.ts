import {
  approveComplaintResult,
  assignComplaint,
  type Complaint,
  type ComplaintChannel,
  type ComplaintEvent,
  type ComplaintOutcome,
  type ComplaintSatisfaction,
  type ComplaintSeverityResult,
  type ComplaintStatus,
  classifyComplaint,
  closeComplaint,
  closeInvalidComplaint,
  complaintWorkflow,
  declareComplaintInvalid,
  recordComplaint,
  recordComplaintHandling,
  recordComplaintReturnVisit,
  replyToComplainant,
  reportComplaintBack,
  returnComplaintToDepartment,
} from "@wuye/domain";
import type { Complaint as ComplaintRow, Prisma } from "../generated/prisma/client.ts";
import type { Department } from "../generated/prisma/enums.ts";
import { complaintColumnsOf } from "../services/complaint-store.ts";
import { daysAfter, minutesAfter } from "./clock.ts";
import { COMPLAINT_TOPICS, type ComplaintTopic, GROUP_COMPLAINT_TOPIC } from "./complaint-topics.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import type { UnitLife } from "./residents.ts";
import {
  departmentActor,
  desk,
  homeOn,
  householder,
  occupiedUnits,
  type RecordNumbers,
  spreadBefore,
  storyCount,
} from "./story-kit.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

/** Every state of the complaint workflow appears at least once (R-CMP-2, R-CMP-5, R-CMP-6). */
const EVERY_STATE: readonly ComplaintStatus[] = complaintWorkflow.definition.states;

const FLOW: readonly ComplaintStatus[] = [
  "received",
  "classified",
  "assigned",
  "handled",
  "reportedBack",
  "approved",
  "replied",
  "returnVisited",
  "closed",
];

const CHANNELS: readonly (readonly [ComplaintChannel, number])[] = [
  ["hotline", 50],
  ["online", 30],
  ["visit", 15],
  ["letter", 5],
];

const SATISFACTIONS: readonly (readonly [ComplaintSatisfaction, number])[] = [
  ["satisfied", 70],
  ["basicallySatisfied", 22],
  ["dissatisfied", 8],
];

/**
 * Complaints 投诉 (R-CMP-1…6): recorded from every channel, judged valid or invalid, classified
 * from their facts (five households about one water cut make a major one), handled, approved,
 * replied to, visited back and closed with the customer's satisfaction — each walked with the
 * domain's complaint functions. Every state appears; most complaints are closed.
 */
export function writeComplaints(ctx: SeedContext, lives: readonly UnitLife[], numbers: RecordNumbers): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`complaints:${estate.key}`);
    const homes = occupiedUnits(lives, estate);
    if (homes.length === 0) continue;
    const targets: ComplaintStatus[] = [...EVERY_STATE];
    const extra = storyCount(lives, estate, 40, 12);
    for (let i = 0; i < extra; i++) targets.push(random.chance(0.85) ? "closed" : random.pick(EVERY_STATE));
    targets.forEach((target, index) => {
      const topic = index === 1 ? COMPLAINT_TOPICS[4]! : random.pick(COMPLAINT_TOPICS);
      const sentBack = target === "closed" && index % 7 === 3;
      writeOne(ctx, estate, homes, topic, target, numbers, random.fork(`c:${index}`), sentBack);
    });
    // The group complaint: five neighbours about the same water cut, one event key (R-CMP-3).
    const eventKey = `${estate.code}-water-cut-2026-08`;
    const start = spreadBefore(ctx, random, 120, 24 * 60);
    for (let i = 0; i < 5; i++) {
      writeOne(ctx, estate, homes, GROUP_COMPLAINT_TOPIC, "closed", numbers, random.fork(`g:${i}`), false, {
        eventKey,
        at: minutesAfter(start, i * 7),
      });
    }
  }
}

/** Minutes from receipt to the last step of the path to `target` (the steps below use these). */
function pathMinutes(
  target: ComplaintStatus,
  invalid: boolean,
  sentBack: boolean,
  returnVisitDays: number,
): number {
  if (invalid) return target === "closed" ? 130 : 40;
  const durations = [0, 30, 60, 240, 60, 45, 120, returnVisitDays * 24 * 60, 15];
  const reach = FLOW.indexOf(target);
  let total = durations.slice(0, reach + 1).reduce((sum, minutes) => sum + minutes, 0);
  if (sentBack && reach >= FLOW.indexOf("approved")) total += 45 + 180 + 30;
  return total;
}

function writeOne(
  ctx: SeedContext,
  estate: EstateSeed,
  homes: readonly UnitLife[],
  topic: ComplaintTopic,
  target: ComplaintStatus,
  numbers: RecordNumbers,
  random: SeededRandom,
  sentBack: boolean,
  group?: { eventKey: string; at: Date },
): void {
  const staff = estate.staff;
  const manager = actorOf(staff.manager);
  const service = desk(estate, random);
  const handler = departmentActor(estate, topic.department, random);
  const invalidPath = target === "invalid" || (target === "closed" && !group && random.chance(0.08));
  const returnVisitDays = random.int(1, 3);
  // Open complaints are recent, ending a little before now; closed ones are spread over the year.
  const receivedAt =
    group?.at ??
    (target === "closed"
      ? spreadBefore(ctx, random, 330, 96)
      : minutesAfter(
          ctx.now,
          -(pathMinutes(target, invalidPath, sentBack, returnVisitDays) + random.int(30, 600)),
        ));
  const home = homeOn(homes, random, receivedAt);
  if (!home) return;
  const person = householder(home);
  const id = ctx.ids.next();
  const number = numbers.take(estate, "TS", receivedAt);
  let complaint: Complaint = recordComplaint({
    id,
    channel: random.weighted(CHANNELS),
    content: topic.content,
    complainant: { name: person.name, unitId: home.plan.id, phone: person.phone },
    receivedAt,
    recordedBy: service,
  });
  const events: ComplaintEvent[] = [];
  let at = receivedAt;
  let classification: ComplaintSeverityResult["classification"] | undefined;
  const take = (outcome: ComplaintOutcome, what: string) => {
    const step = expectStep(outcome, `complaint ${what}`);
    complaint = step.complaint;
    events.push(step.event);
    if ("classification" in step) classification = step.classification as typeof classification;
  };
  const later = (minutes: number) => {
    at = minutesAfter(at, minutes);
    return at;
  };

  if (invalidPath) {
    take(
      declareComplaintInvalid(complaint, {
        actor: manager,
        at: later(40),
        reason: "所述问题属于市政供电检修，不属于物业服务范围",
      }),
      "declared invalid",
    );
    if (target === "closed") {
      take(
        closeInvalidComplaint(complaint, {
          actor: service,
          at: later(90),
          explanation: "已电话向业主说明情况并致歉，告知供电公司热线95598",
        }),
        "closed as invalid",
      );
    }
  } else {
    const reach = FLOW.indexOf(target);
    const stepTo = (state: ComplaintStatus) => FLOW.indexOf(state) <= reach;
    if (stepTo("classified")) {
      take(classifyComplaint(complaint, { actor: manager, at: later(30), facts: topic.facts }), "classify");
    }
    if (stepTo("assigned"))
      take(
        assignComplaint(complaint, { actor: service, at: later(60), department: topic.department }),
        "assign",
      );
    if (stepTo("handled"))
      take(
        recordComplaintHandling(complaint, { actor: handler, at: later(240), handling: topic.handling }),
        "handle",
      );
    if (stepTo("reportedBack"))
      take(
        reportComplaintBack(complaint, { actor: handler, at: later(60), result: topic.result }),
        "report back",
      );
    if (sentBack && stepTo("approved")) {
      // R-CMP-5: the manager does not agree the first result and sends it back once.
      take(
        returnComplaintToDepartment(complaint, {
          actor: manager,
          at: later(45),
          reason: "处理结果未落实到位，请复查",
        }),
        "return to department",
      );
      take(
        recordComplaintHandling(complaint, {
          actor: handler,
          at: later(180),
          handling: `${topic.handling}（复查）`,
        }),
        "handle again",
      );
      take(
        reportComplaintBack(complaint, { actor: handler, at: later(30), result: topic.result }),
        "report back again",
      );
    }
    if (stepTo("approved"))
      take(approveComplaintResult(complaint, { actor: manager, at: later(45) }), "approve result");
    if (stepTo("replied"))
      take(replyToComplainant(complaint, { actor: service, at: later(120), reply: topic.result }), "reply");
    if (stepTo("returnVisited")) {
      at = daysAfter(at, returnVisitDays);
      take(
        recordComplaintReturnVisit(complaint, { actor: service, at, notes: "电话回访，业主确认问题已解决" }),
        "return visit",
      );
    }
    if (stepTo("closed")) {
      take(
        closeComplaint(complaint, {
          actor: service,
          at: later(15),
          satisfaction: random.weighted(SATISFACTIONS),
          customerConfirmation: "业主在意见受理回复表上签字确认",
          causes: [topic.department],
        }),
        "close",
      );
    }
  }
  if (at >= ctx.now) throw new Error(`seed: complaint ${number} would end after now`);

  // The columns the API's complaint service keeps for the domain's record (complaint-store.ts).
  const stored = complaintColumnsOf(
    complaint,
    { classification: null, complainantCount: 1 } as ComplaintRow,
    classification ? { criteria: classification.criteria, rules: classification.rules } : undefined,
  );
  const assignee = events.find((e) => e.action === "handle")?.actor.id ?? null;
  ctx.writer.add("Complaint", {
    id,
    estateId: estate.id,
    unitId: home.plan.id,
    personId: person.id,
    number,
    channel: complaint.channel,
    complainantName: person.name,
    complainantPhone: person.phone,
    content: complaint.content,
    receivedAt,
    status: complaint.status,
    invalidReason: complaint.invalidity?.text ?? null,
    severity: complaint.severity ?? null,
    classification: complaint.severity ? (stored.classification as Prisma.InputJsonValue) : null,
    urgent: complaint.urgent ?? false,
    complainantCount: complaint.facts?.complainantsAboutSameEvent ?? 1,
    eventKey: group?.eventKey ?? null,
    department: complaint.department ? (complaint.department as Department) : null,
    assigneeId: assignee,
    answerDueAt: (stored.answerDueAt as Date | null | undefined) ?? null,
    resolveDueAt: (stored.resolveDueAt as Date | null | undefined) ?? null,
    nextReplyAt: (stored.nextReplyAt as Date | null | undefined) ?? null,
    resolution: complaint.result?.text ?? null,
    repliedAt: complaint.reply?.at ?? null,
    closedAt: complaint.closure?.at ?? complaint.explanation?.at ?? null,
    satisfaction: complaint.closure?.satisfaction ?? null,
    version: events.length,
    createdAt: receivedAt,
    updatedAt: at,
  });
  // R-CMP-1: the record line the API's complaint desk writes first, then every step's event.
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "complaint",
    action: "record",
    from: "received",
    to: "received",
    actor: service,
    at: receivedAt,
    data: { channel: complaint.channel },
  });
  for (const event of events) writeWorkflowEvent(ctx.writer, ctx.ids, id, event);
}
