import {
  advanceRepair,
  assessPatrolRound,
  type CheckpointScan,
  type PatrolFinding,
  type PatrolRoute,
  registerRepair,
  workOrdersFromPatrolRound,
} from "@wuye/domain";
import { toJsonValue } from "../db/index.ts";
import { repairColumnsOf, repairJson } from "../services/repairs/records.ts";
import { DEMO_TIME_ZONE, instantOn, minutesAfter } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import type { RecordNumbers } from "./story-kit.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

interface RouteTemplate {
  readonly kind: "security" | "engineering" | "buildingFabric";
  readonly name: string;
  readonly frequencyMinutes: number;
  readonly checkpoints: readonly string[];
  readonly roundsBack: number;
  readonly everyHours: number;
}

const ROUTES: readonly RouteTemplate[] = [
  {
    kind: "security",
    name: "夜间安全巡逻",
    frequencyMinutes: 120,
    checkpoints: ["东门岗亭", "地下车库入口", "中心花园", "垃圾房", "西门岗亭", "泵房"],
    roundsBack: 3,
    everyHours: 2,
  },
  {
    kind: "engineering",
    name: "设备房日巡检",
    frequencyMinutes: 1440,
    checkpoints: ["配电房", "泵房", "消防控制室", "电梯机房"],
    roundsBack: 14,
    everyHours: 24,
  },
];

/** Patrol rounds over the last days (R-FAC-3); one leak at the pump room raises a work order. */
export function writePatrols(
  ctx: SeedContext,
  estate: EstateSeed,
  numbers: RecordNumbers,
  random: SeededRandom,
): void {
  ROUTES.forEach((template, routeIndex) => {
    const routeId = ctx.ids.next();
    const created = instantOn(estate.key === "sunny" ? "2016-06-01" : "2022-09-01", 9);
    ctx.writer.add("PatrolRoute", {
      id: routeId,
      estateId: estate.id,
      kind: template.kind,
      name: template.name,
      frequencyMinutes: template.frequencyMinutes,
      ordered: true,
      active: true,
      createdAt: created,
      updatedAt: created,
    });
    const checkpoints = template.checkpoints.map((name, position) => {
      const id = ctx.ids.next();
      ctx.writer.add("PatrolCheckpoint", { id, routeId, position: position + 1, name, location: name });
      return { id, name };
    });
    const route: PatrolRoute = {
      id: routeId,
      name: template.name,
      kind: "patrol",
      checkpoints,
      ordered: true,
    };
    const inspectors = template.kind === "security" ? estate.staff.security : estate.staff.engineering;
    const rounds = Math.floor((template.roundsBack * 24) / template.everyHours);
    for (let n = rounds; n >= 1; n--) {
      const startedAt = new Date(ctx.now.getTime() - n * template.everyHours * 3_600_000 - 20 * 60_000);
      const inspector = random.pick(inspectors);
      const missed = random.chance(0.08) ? random.int(0, checkpoints.length - 1) : -1;
      const scans: CheckpointScan[] = checkpoints
        .filter((_, k) => k !== missed)
        .map((checkpoint, k) => ({ checkpointId: checkpoint.id, at: minutesAfter(startedAt, 4 + k * 6) }));
      const leak = routeIndex === 1 && n === 3 && estate.index === 0;
      const findings: PatrolFinding[] = leak
        ? [
            {
              checkpointId: checkpoints[1]!.id,
              kind: "leak",
              description: "2号水泵机械密封渗水",
              at: minutesAfter(startedAt, 11),
              trade: "plumbing",
            },
          ]
        : [];
      const roundId = ctx.ids.next();
      const round = { id: roundId, routeId, inspector: inspector.name, startedAt, scans, findings };
      const assessment = assessPatrolRound(route, round);
      const finishedAt = scans.at(-1)?.at ?? startedAt;
      const orderId = leak ? writeWorkOrder(ctx, estate, route, round, numbers) : undefined;
      // The round as the API's patrol service keeps it: scans, findings (with their work order)
      // and the domain's assessment; one check per checkpoint reached.
      const details = {
        scans,
        findings: findings.map((f) => ({
          ...f,
          ...(orderId ? { repairOrderId: orderId, urgent: false } : {}),
        })),
        assessment,
      };
      ctx.writer.add("PatrolRound", {
        id: roundId,
        routeId,
        inspectorId: inspector.id,
        startedAt,
        finishedAt,
        findings: findings.length === 0 ? null : findings.map((f) => f.description).join("；"),
        details: toJsonValue(details),
        createdAt: finishedAt,
      });
      for (const scan of scans) {
        const here = findings.filter((f) => f.checkpointId === scan.checkpointId);
        ctx.writer.add("PatrolCheck", {
          id: ctx.ids.next(),
          roundId,
          checkpointId: scan.checkpointId,
          checkedAt: scan.at,
          ok: here.every((f) => f.kind === "observation"),
          finding: here.length === 0 ? null : here.map((f) => f.description).join("；"),
          repairOrderId: here.length > 0 && orderId ? orderId : null,
        });
      }
    }
  });
}

/** R-FAC-3/4: the finding becomes a repair order, registered and answered by the desk. */
function writeWorkOrder(
  ctx: SeedContext,
  estate: EstateSeed,
  route: PatrolRoute,
  round: Parameters<typeof workOrdersFromPatrolRound>[1],
  numbers: RecordNumbers,
): string {
  const request = workOrdersFromPatrolRound(route, round)[0]!;
  const id = ctx.ids.next();
  const service = actorOf(estate.staff.customerService[0]!);
  let order = registerRepair({
    id,
    unitId: estate.id,
    reportedBy: request.reportedBy,
    contact: estate.staff.engineering[0]!.phone || "021-50001234",
    description: request.description,
    category: "equipmentInstallation",
    trade: "plumbing",
    requestedAt: request.reportedAt,
  });
  const responded = advanceRepair(order, {
    action: "respond",
    actor: service,
    at: minutesAfter(request.reportedAt, 6),
    data: { onSiteNow: request.urgent },
  });
  if (!responded.ok) throw new Error("seed: work order response refused");
  order = responded.order;
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "repair",
    action: "register",
    from: "registered",
    to: "registered",
    actor: service,
    at: request.reportedAt,
    data: repairJson({
      category: "equipmentInstallation",
      trade: "plumbing",
      source: request.source,
      rules: request.rules,
    }),
  });
  writeWorkflowEvent(ctx.writer, ctx.ids, id, responded.event, repairJson(responded.event.data));
  ctx.writer.add("RepairOrder", {
    id,
    estateId: estate.id,
    unitId: null,
    number: numbers.take(estate, "WX", request.reportedAt),
    requesterName: request.reportedBy,
    requesterPhone: null,
    location: request.location,
    description: request.description,
    trade: "plumbing",
    category: "equipmentInstallation",
    status: order.status,
    requestedAt: request.reportedAt,
    ...repairColumnsOf(order, { filedByUserId: service.id }, { timeZone: DEMO_TIME_ZONE }, ctx.now),
    assignedAt: null,
    version: 1,
    createdAt: request.reportedAt,
    updatedAt: responded.event.at,
  });
  return id;
}
