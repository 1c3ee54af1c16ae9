import {
  type Actor,
  addDays,
  type CommunityEventActions,
  type CommunityEventStatus,
  communityEventWorkflow,
  formatMoney,
  parseMoney,
  type SurveyStatus,
  scoreSurveyResponse,
  surveyWorkflow,
  type WorkflowEvent,
} from "@wuye/domain";
import { daysAfter, instantOn, minutesAfter } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import type { UnitLife } from "./residents.ts";
import { householder, occupiedUnits } from "./story-kit.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

interface EventStory {
  readonly theme: string;
  readonly venue: string;
  readonly budget: string;
  readonly target: CommunityEventStatus;
  /** Days from now to the start (negative: in the past). */
  readonly startsIn: number;
}

/** One community event in every state of the API's community-event workflow (R-COM-2). */
const EVENTS: readonly EventStory[] = [
  { theme: "中秋游园会", venue: "中心花园", budget: "8000.00", target: "archived", startsIn: -65 },
  { theme: "儿童夏令营", venue: "会所活动室", budget: "5000.00", target: "archived", startsIn: -120 },
  { theme: "重阳节敬老午餐", venue: "会所餐厅", budget: "3000.00", target: "held", startsIn: -31 },
  { theme: "冬至包饺子", venue: "会所活动室", budget: "2000.00", target: "registrationOpen", startsIn: 32 },
  { theme: "元旦跳蚤市场", venue: "东门广场", budget: "1500.00", target: "publicised", startsIn: 42 },
  { theme: "春节写春联", venue: "中心花园", budget: "1200.00", target: "planned", startsIn: 70 },
  { theme: "露天电影之夜", venue: "中心花园", budget: "2500.00", target: "cancelled", startsIn: -10 },
];

const SURVEY_QUESTIONS = [
  { id: "q1", text: "您对维修服务的及时性是否满意？", serviceArea: "repairs" },
  { id: "q2", text: "您对小区环境卫生是否满意？", serviceArea: "cleaning" },
  { id: "q3", text: "您对秩序维护（安保）是否满意？", serviceArea: "security" },
  { id: "q4", text: "您对客服中心的服务态度是否满意？", serviceArea: "customerService" },
];

const RATINGS = [
  ["verySatisfied", 30],
  ["satisfied", 45],
  ["neutral", 15],
  ["dissatisfied", 7],
  ["veryDissatisfied", 3],
] as const;

/**
 * Announcements (R-COM-1), community events (R-COM-2) with registrations, and satisfaction
 * surveys (R-COM-3) — draft, open and closed, the closed one with answers from about one home in
 * six — walked with the domain's community workflows.
 */
export function writeCommunity(ctx: SeedContext, lives: readonly UnitLife[]): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`community:${estate.key}`);
    const desk = actorOf(estate.staff.customerService[0]!);
    const homes = occupiedUnits(lives, estate);
    writeAnnouncements(ctx, estate, desk);
    EVENTS.forEach((story, index) => {
      writeEvent(ctx, estate, story, desk, homes, random.fork(`e:${index}`));
    });
    const surveys: [string, SurveyStatus, number][] = [
      ["2026年度业主满意度调查", "closed", -80],
      ["2026年第四季度维修服务回访", "open", -10],
      ["2027年度业主满意度调查", "draft", 40],
    ];
    for (const [title, target, startsIn] of surveys) {
      writeSurvey(ctx, estate, title, target, startsIn, desk, homes, random.fork(`s:${title}`));
    }
  }
}

function writeAnnouncements(ctx: SeedContext, estate: EstateSeed, author: Actor): void {
  const notices: [string, string, number, number | null, boolean][] = [
    [
      "关于调整物业服务费标准的公告",
      "经业主大会同意，自2026年7月1日起住宅物业服务费调整为每月每平方米2.50元。",
      -170,
      60,
      false,
    ],
    ["1号楼计划停水通知", "因二次供水设备检修，11月25日9:00–15:00 1号楼停水，请提前储水。", -2, 6, true],
    ["冬季消防安全提示", "请勿在楼道堆放杂物，电动自行车禁止入户充电。", -20, 90, false],
    ["电梯年度检验安排", "12月起各楼电梯依次年检，每部约半天，届时请走楼梯。", -5, 40, false],
  ];
  for (const [title, body, fromDays, forDays, firstBuildingOnly] of notices) {
    if (estate.key === "river" && title.startsWith("关于调整物业服务费")) continue;
    const id = ctx.ids.next();
    const validFrom = instantOn(addDays(ctx.today, fromDays), 9);
    ctx.writer.add("Announcement", {
      id,
      estateId: estate.id,
      title,
      body,
      validFrom,
      validUntil: forDays === null ? null : daysAfter(validFrom, forDays),
      publishedAt: validFrom,
      authorId: author.id,
      createdAt: validFrom,
      updatedAt: validFrom,
    });
    if (firstBuildingOnly)
      ctx.writer.add("AnnouncementBuilding", { announcementId: id, buildingId: estate.buildings[0]!.id });
  }
}

function writeEvent(
  ctx: SeedContext,
  estate: EstateSeed,
  story: EventStory,
  desk: Actor,
  homes: readonly UnitLife[],
  random: SeededRandom,
): void {
  const id = ctx.ids.next();
  const startsAt = instantOn(addDays(ctx.today, story.startsIn), 14);
  const planned = minutesAfter(startsAt, -45 * 24 * 60);
  const plannedAt = planned < ctx.now ? planned : minutesAfter(ctx.now, -3 * 24 * 60);
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "community event",
    action: "plan",
    from: "planned",
    to: "planned",
    actor: desk,
    at: plannedAt,
    data: { theme: story.theme, venue: story.venue },
  });
  let status: CommunityEventStatus = "planned";
  let version = 0;
  let at = plannedAt;
  let feedback: string | null = null;
  const step = <A extends keyof CommunityEventActions>(
    action: A,
    when: Date,
    data: CommunityEventActions[A],
  ) => {
    const result = communityEventWorkflow.transition(
      status,
      { startsAt },
      { action, actor: desk, at: when, data },
    );
    if (!result.ok) throw new Error(`seed: community event ${action} refused`);
    writeWorkflowEvent(ctx.writer, ctx.ids, id, result.event as WorkflowEvent);
    status = result.state;
    version += 1;
    at = when;
  };
  const path: readonly CommunityEventStatus[] = ["publicised", "registrationOpen", "held", "archived"];
  const reach = story.target === "cancelled" ? 2 : path.indexOf(story.target) + 1;
  if (reach >= 1) step("publicise", minutesAfter(plannedAt, 2 * 24 * 60), undefined);
  if (reach >= 2) step("openRegistration", minutesAfter(plannedAt, 3 * 24 * 60), undefined);
  if (story.target === "cancelled")
    step("cancel", minutesAfter(startsAt, -2 * 24 * 60), { reason: "天气预报有雨，活动取消" });
  if (reach >= 3 && story.target !== "cancelled") step("hold", minutesAfter(startsAt, 180), undefined);
  if (reach >= 4 && story.target !== "cancelled") {
    feedback = "参与家庭反馈良好，建议明年增加亲子项目";
    step("archive", minutesAfter(startsAt, 3 * 24 * 60), { feedback });
  }
  if (at >= ctx.now) throw new Error(`seed: community event ${story.theme} would end after now`);
  ctx.writer.add("CommunityEvent", {
    id,
    estateId: estate.id,
    theme: story.theme,
    venue: story.venue,
    budget: formatMoney(parseMoney(story.budget)),
    startsAt,
    endsAt: minutesAfter(startsAt, 180),
    status,
    feedback,
    version,
    createdAt: plannedAt,
    updatedAt: at,
  });
  if (status === "planned" || status === "publicised" || homes.length === 0) return;
  const count = Math.min(homes.length, random.int(8, 30));
  const registered = new Set<string>();
  for (let i = 0; i < count; i++) {
    const person = householder(random.pick(homes));
    if (registered.has(person.id)) continue;
    registered.add(person.id);
    const registeredAt = minutesAfter(plannedAt, 3 * 24 * 60 + random.int(60, 20 * 24 * 60));
    ctx.writer.add("CommunityEventRegistration", {
      id: ctx.ids.next(),
      eventId: id,
      personId: person.id,
      name: person.name,
      attendees: random.int(1, 4),
      registeredAt: registeredAt < at ? registeredAt : minutesAfter(at, -60),
    });
  }
}

function writeSurvey(
  ctx: SeedContext,
  estate: EstateSeed,
  title: string,
  target: SurveyStatus,
  startsIn: number,
  desk: Actor,
  homes: readonly UnitLife[],
  random: SeededRandom,
): void {
  const id = ctx.ids.next();
  const periodStart = addDays(ctx.today, startsIn);
  const periodEnd = addDays(periodStart, 29);
  const created = instantOn(addDays(ctx.today, Math.min(startsIn, 0) - 7), 10);
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "survey",
    action: "create",
    from: "draft",
    to: "draft",
    actor: desk,
    at: created,
    data: { title, questions: SURVEY_QUESTIONS.length },
  });
  let status: SurveyStatus = "draft";
  let at = created;
  const step = (action: "open" | "close", when: Date) => {
    const result = surveyWorkflow.transition(
      status,
      { questionCount: SURVEY_QUESTIONS.length },
      { action, actor: desk, at: when, data: undefined },
    );
    if (!result.ok) throw new Error(`seed: survey ${action} refused`);
    writeWorkflowEvent(ctx.writer, ctx.ids, id, result.event as WorkflowEvent);
    status = result.state;
    at = when;
  };
  if (target !== "draft") step("open", instantOn(periodStart, 9));
  if (target === "closed") step("close", instantOn(addDays(periodEnd, 1), 9));
  ctx.writer.add("Survey", {
    id,
    estateId: estate.id,
    title,
    periodStart,
    periodEnd,
    questions: SURVEY_QUESTIONS.map((q) => ({ ...q })),
    status,
    createdAt: created,
    updatedAt: at,
  });
  if (status === "draft") return;
  // One home in six answers a closed survey; a few have answered the open one so far.
  const share = status === "closed" ? 1 / 6 : 1 / 40;
  const answered = new Set<string>();
  for (const home of homes) {
    if (!random.chance(share) || answered.has(home.plan.id)) continue;
    answered.add(home.plan.id);
    const answers = SURVEY_QUESTIONS.map((q) => ({ questionId: q.id, rating: random.weighted(RATINGS) }));
    const scores = scoreSurveyResponse(SURVEY_QUESTIONS, answers);
    const lastDay = status === "closed" ? periodEnd : addDays(ctx.today, -1);
    const submittedAt = instantOn(
      addDays(periodStart, random.int(0, Math.max(0, dayDiff(periodStart, lastDay)))),
      random.int(8, 21),
    );
    ctx.writer.add("SurveyResponse", {
      id: ctx.ids.next(),
      surveyId: id,
      unitId: home.plan.id,
      personId: householder(home).id,
      answers,
      scores,
      submittedAt,
    });
  }
}

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
