import {
  type Actor,
  addDays,
  advanceIncident,
  checkEmergencyPlan,
  declareIncident,
  EMERGENCY_TYPES,
  type EmergencyPlan,
  type EmergencyType,
  type Incident,
  type IncidentAction,
  type IncidentActionData,
  type IncidentStatus,
} from "@wuye/domain";
import { instantOn, minutesAfter } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { UnitLife } from "./residents.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

const PLAN_TITLES: Readonly<Record<EmergencyType, string>> = {
  fire: "火灾事故应急预案",
  powerOutage: "停电应急预案",
  waterOutage: "停水应急预案",
  naturalDisaster: "台风暴雨应急预案",
  equipmentFailure: "电梯困人应急预案",
  publicSecurity: "治安突发事件应急预案",
};

/** Days ago each plan was last drilled; none for equipment failure, whose plan is uncovered (R-EMG-2). */
const DRILLED_DAYS_AGO: Readonly<Partial<Record<EmergencyType, number>>> = {
  fire: 194,
  powerOutage: 262,
  waterOutage: 430,
  naturalDisaster: 141,
  publicSecurity: 40,
};

interface IncidentStory {
  readonly type: EmergencyType;
  readonly title: string;
  readonly target: IncidentStatus;
  readonly hoursAgo: number;
  readonly actions: readonly string[];
}

/** The estate's one real incident is reviewed; smaller ones show every other state (R-EMG-3). */
const INCIDENTS: readonly IncidentStory[] = [
  {
    type: "waterOutage",
    title: "1号楼二次供水泵故障停水",
    target: "reviewed",
    hoursAgo: 24 * 95,
    actions: ["启动备用泵", "送桶装水到高层住户", "更换主泵机械密封", "恢复供水并水质检测"],
  },
  {
    type: "powerOutage",
    title: "地下车库照明线路跳闸",
    target: "closed",
    hoursAgo: 24 * 12,
    actions: ["切换应急照明", "更换断路器"],
  },
  {
    type: "equipmentFailure",
    title: "电梯困人",
    target: "responding",
    hoursAgo: 1,
    actions: ["安抚被困人员", "通知电梯维保单位"],
  },
  { type: "naturalDisaster", title: "台风橙色预警", target: "residentsNotified", hoursAgo: 3, actions: [] },
  { type: "publicSecurity", title: "可疑人员尾随进入单元", target: "declared", hoursAgo: 0.5, actions: [] },
];

/**
 * Emergencies 应急 (R-EMG-1…3): a complete plan per type, drills within the year for all but one
 * (so drill coverage is below 100 %), and incidents walked with the domain's `advanceIncident`:
 * residents notified, actions logged, closed, reviewed with lessons learned.
 */
export function writeEmergencies(ctx: SeedContext, lives: readonly UnitLife[]): void {
  for (const estate of ctx.estates) {
    const manager = actorOf(estate.staff.manager);
    const plans = new Map<EmergencyType, string>();
    for (const type of EMERGENCY_TYPES) {
      const id = ctx.ids.next();
      const plan: EmergencyPlan = {
        id,
        type,
        title: PLAN_TITLES[type],
        responsiblePeople: [
          { name: estate.staff.manager.name, duty: "总指挥", phone: estate.staff.manager.phone },
          { name: estate.staff.security[0]!.name, duty: "现场处置", phone: estate.staff.security[0]!.phone },
        ],
        evacuationRoutes: ["各单元楼梯至一层大堂", "经东门疏散至市政道路"],
        assemblyPoints: ["中心花园", "东门广场"],
      };
      const gaps = checkEmergencyPlan(plan);
      if (gaps.length > 0) throw new Error(`seed: emergency plan incomplete (${gaps.map((g) => g.code)})`);
      const reviewed = addDays(ctx.today, -200);
      ctx.writer.add("EmergencyPlan", {
        id,
        estateId: estate.id,
        type,
        title: plan.title,
        contacts: plan.responsiblePeople.map((p) => ({ ...p })),
        evacuationRoutes: plan.evacuationRoutes.join("；"),
        assemblyPoints: plan.assemblyPoints.join("；"),
        reviewedOn: reviewed,
        createdAt: instantOn(reviewed, 9),
        updatedAt: instantOn(reviewed, 9),
      });
      plans.set(type, id);
      const drilled = DRILLED_DAYS_AGO[type];
      if (drilled !== undefined) {
        const heldOn = addDays(ctx.today, -drilled);
        ctx.writer.add("EmergencyDrill", {
          id: ctx.ids.next(),
          planId: id,
          heldOn,
          participants: 40 + (drilled % 37),
          summary: `${PLAN_TITLES[type]}演练，疏散用时 ${6 + (drilled % 5)} 分钟`,
          recordedById: estate.staff.manager.id,
          createdAt: instantOn(heldOn, 17),
        });
      }
    }
    const affected = lives
      .filter((l) => l.estate === estate && l.plan.building === estate.buildings[0] && l.residents.length > 0)
      .flatMap((l) => l.residents.map((r) => r.id));
    for (const story of INCIDENTS)
      writeIncident(ctx, estate, story, plans.get(story.type)!, affected, manager);
  }
}

function writeIncident(
  ctx: SeedContext,
  estate: EstateSeed,
  story: IncidentStory,
  planId: string,
  affected: readonly string[],
  manager: Actor,
): void {
  const id = ctx.ids.next();
  const guard = actorOf(estate.staff.security[0]!);
  const service = actorOf(estate.staff.customerService[0]!);
  const declaredAt = new Date(ctx.now.getTime() - story.hoursAgo * 3_600_000);
  const residents =
    story.type === "waterOutage" || story.type === "naturalDisaster" ? affected : affected.slice(0, 2);
  let incident: Incident = declareIncident({
    id,
    type: story.type,
    title: story.title,
    planId,
    declaredAt,
    declaredBy: guard,
    affectedResidentIds: residents,
  });
  // R-EMG-3: the declaration line the API writes first; it names everyone affected.
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "incident",
    action: "declare",
    from: "declared",
    to: "declared",
    actor: guard,
    at: declaredAt,
    data: { affectedResidentIds: incident.affectedResidentIds },
  });
  let at = declaredAt;
  let version = 0;
  let residentsNotifiedAt: Date | null = null;
  const step = <A extends IncidentAction>(
    action: A,
    actor: Actor,
    minutes: number,
    data: IncidentActionData[A],
  ) => {
    at = minutesAfter(at, minutes);
    const result = expectStep(advanceIncident(incident, { action, actor, at, data }), `incident ${action}`);
    incident = result.incident;
    version += 1;
    writeWorkflowEvent(ctx.writer, ctx.ids, id, result.event);
    if (action === "notifyResidents") residentsNotifiedAt = at;
  };
  const notify = story.target !== "declared";
  if (notify) {
    const half = Math.ceil(incident.affectedResidentIds.length / 2);
    const batch = (ids: readonly string[]) =>
      ids.map((residentId) => ({ residentId, channel: "sms" as const }));
    if (half > 0 && half < incident.affectedResidentIds.length) {
      step("recordNotifications", service, 5, {
        notifications: batch(incident.affectedResidentIds.slice(0, half)),
      });
    }
    step("notifyResidents", service, 5, {
      notifications: batch(
        incident.affectedResidentIds.slice(half > 0 && half < incident.affectedResidentIds.length ? half : 0),
      ),
    });
  }
  for (const description of notify ? story.actions : []) step("logAction", guard, 20, { description });
  if (story.target === "closed" || story.target === "reviewed") {
    step("close", manager, 60, { summary: `${story.title}已处置完毕` });
  }
  if (story.target === "reviewed") {
    step("review", manager, 3 * 24 * 60, {
      lessonsLearned: ["备用泵每月试运行一次", "高层住户停水时优先送水"],
    });
  }
  if (at >= ctx.now) throw new Error(`seed: incident ${story.title} would end after now`);
  ctx.writer.add("Incident", {
    id,
    estateId: estate.id,
    planId,
    type: story.type,
    title: story.title,
    status: incident.status,
    declaredAt,
    declaredById: guard.id,
    residentsNotifiedAt,
    closedAt: incident.closedAt ?? null,
    review: null,
    lessonsLearned: incident.review ? incident.review.lessonsLearned.join("\n") : null,
    version,
    createdAt: declaredAt,
    updatedAt: at,
  });
  for (const action of incident.actions) {
    ctx.writer.add("IncidentAction", {
      id: ctx.ids.next(),
      incidentId: id,
      at: action.at,
      actorId: guard.id,
      action: action.description,
    });
  }
}
