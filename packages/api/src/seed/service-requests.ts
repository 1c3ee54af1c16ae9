import {
  closeServiceRequest,
  followUpServiceRequest,
  forwardServiceRequest,
  logServiceContact,
  recordServiceRequestAnswer,
  type ServiceRequest,
  type ServiceRequestOutcome,
  type ServiceRequestStatus,
  serviceRequestWorkflow,
  settleServiceRequestOnSpot,
  type WorkflowEvent,
} from "@wuye/domain";
import type { Department } from "../generated/prisma/enums.ts";
import { minutesAfter } from "./clock.ts";
import type { SeedContext } from "./context.ts";
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

interface ServiceTopic {
  readonly subject: string;
  /** Settled at the desk, or forwarded to a department. */
  readonly department?: Department;
  readonly answer: string;
}

const TOPICS: readonly ServiceTopic[] = [
  { subject: "咨询本月物业费金额", answer: "已告知本月账单金额及缴费方式" },
  { subject: "询问快递柜位置", answer: "快递柜在东门岗亭旁" },
  { subject: "申请办理门禁卡", answer: "携带身份证到客服中心办理，工本费20元" },
  { subject: "厨房水管漏水", department: "engineering", answer: "维修师傅已上门更换角阀" },
  { subject: "楼上装修噪音太大", department: "security", answer: "已提醒装修施工方遵守施工时间" },
  { subject: "楼道灯不亮", department: "engineering", answer: "已更换声控灯" },
  { subject: "车位被他人占用", department: "security", answer: "已联系车主挪车" },
  { subject: "要求开具物业费发票", department: "finance", answer: "电子发票已发送至业主邮箱" },
];

const EVERY_STATE: readonly ServiceRequestStatus[] = serviceRequestWorkflow.definition.states;

/**
 * Calls and visits 来电来访 (R-SVC-1…3): logged at the desk, settled on the spot or forwarded to a
 * department within 10 minutes with a promised reply time, followed up, answered and closed.
 * Walked with the domain's service-request functions; every state appears.
 */
export function writeServiceRequests(
  ctx: SeedContext,
  lives: readonly UnitLife[],
  numbers: RecordNumbers,
): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`service:${estate.key}`);
    const homes = occupiedUnits(lives, estate);
    if (homes.length === 0) continue;
    const targets: ServiceRequestStatus[] = [...EVERY_STATE, "forwarded", "closed"];
    const extra = storyCount(lives, estate, 60, 15);
    for (let i = 0; i < extra; i++)
      targets.push(random.chance(0.8) ? random.pick(["closed", "settled"]) : random.pick(EVERY_STATE));
    targets.forEach((target, index) => {
      const r = random.fork(`s:${index}`);

      const forwardedTopics = TOPICS.filter((t) => t.department);
      const settledTopics = TOPICS.filter((t) => !t.department);
      const topic =
        target === "settled"
          ? r.pick(settledTopics)
          : target === "logged"
            ? r.pick(TOPICS)
            : r.pick(forwardedTopics);
      const service = desk(estate, r);
      // Open requests are from the last hours (a logged one from minutes ago: R-SVC-2's 10 minutes).
      const receivedAt =
        target === "logged"
          ? minutesAfter(ctx.now, -r.int(2, 8))
          : target === "forwarded"
            ? minutesAfter(ctx.now, -r.int(60, 240))
            : target === "answered"
              ? minutesAfter(ctx.now, -r.int(300, 900))
              : spreadBefore(ctx, r, 300, 24);
      const home = homeOn(homes, r, receivedAt);
      if (!home) return;
      const person = householder(home);
      const number = numbers.take(estate, "KF", receivedAt);
      const id = ctx.ids.next();
      const kind = r.chance(0.75) ? "call" : "visit";
      let request: ServiceRequest = logServiceContact({
        id,
        kind,
        caller: { name: person.name, unitId: home.plan.id, phone: person.phone },
        ...(kind === "call" ? { numberShown: person.phone } : {}),
        subject: topic.subject,
        receivedAt,
        loggedBy: service,
      }).request;
      const events: WorkflowEvent[] = [];
      let at = receivedAt;
      const take = (outcome: ServiceRequestOutcome, what: string) => {
        const step = expectStep(outcome, `service request ${what}`);
        request = step.request;
        events.push(step.event);
      };
      let handlerId: string | null = null;
      if (target === "settled" || (target === "closed" && !topic.department)) {
        at = minutesAfter(at, r.int(2, 6));
        take(settleServiceRequestOnSpot(request, { actor: service, at, answer: topic.answer }), "settle");
      } else if (target !== "logged" && topic.department) {
        const handler = departmentActor(estate, topic.department, r);
        handlerId = handler.id;
        at = minutesAfter(at, r.int(3, 9));
        const replyBy = minutesAfter(at, 120);
        take(
          forwardServiceRequest(request, {
            actor: service,
            at,
            department: topic.department,
            handler: handler.name ?? "值班人员",
            replyBy,
          }),
          "forward",
        );
        if (target === "forwarded" || r.chance(0.3)) {
          at = minutesAfter(at, 50);
          take(
            followUpServiceRequest(request, { actor: service, at, note: "已催促责任部门，预计一小时内处理" }),
            "follow up",
          );
        }
        if (target === "answered" || target === "closed") {
          at = minutesAfter(at, r.int(40, 110));
          take(recordServiceRequestAnswer(request, { actor: service, at, answer: topic.answer }), "answer");
        }
        if (target === "closed") {
          at = minutesAfter(at, r.int(5, 60));
          take(closeServiceRequest(request, { actor: service, at }), "close");
        }
      }
      if (at >= ctx.now) throw new Error(`seed: service request ${number} would end after now`);
      ctx.writer.add("ServiceRequest", {
        id,
        estateId: estate.id,
        unitId: home.plan.id,
        personId: person.id,
        kind,
        callerName: person.name,
        callerNumber: kind === "call" ? person.phone : null,
        subject: topic.subject,
        answer: request.answer?.text ?? null,
        status: request.status,
        receivedAt,
        forwardedTo: (request.forwarding?.department as Department | undefined) ?? null,
        forwardedAt: request.forwarding?.at ?? null,
        handlerId,
        promisedReplyAt:
          request.followUps.findLast((f) => f.replyBy)?.replyBy ?? request.forwarding?.replyBy ?? null,
        answeredAt: request.answer?.at ?? null,
        takenById: service.id,
        version: events.length,
        createdAt: receivedAt,
        updatedAt: at,
      });
      // R-SVC-1: the log line the API's desk writes first (its data is what replaying needs).
      writeWorkflowEvent(ctx.writer, ctx.ids, id, {
        workflow: "service request",
        action: "log",
        from: "logged",
        to: "logged",
        actor: service,
        at: receivedAt,
        data: { attention: request.attention },
      });
      for (const event of events) writeWorkflowEvent(ctx.writer, ctx.ids, id, event);
    });
  }
}
