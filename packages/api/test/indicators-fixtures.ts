import type { WuyeDb } from "../src/db/index.ts";
import type { World } from "./support/world.ts";

/**
 * February 2026 in Sunny Garden, a month of records for every indicator of R-QLT-1, with the
 * figures the domain's formulas give for them (the test checks the API reads the database into
 * the domain's records faithfully).
 */

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function februaryRecords(prisma: WuyeDb, world: World): Promise<void> {
  const staff = world.userIds.manager!;
  const { estateId } = world;

  // ── satisfaction: two survey responses (4 answers) and one complaint closed satisfied ──
  const survey = await prisma.survey.create({
    data: {
      estateId,
      title: "二月满意度",
      periodStart: day("2026-02-01"),
      periodEnd: day("2026-02-28"),
      status: "closed",
      questions: [
        { id: "q1", text: "保洁", serviceArea: "cleaning" },
        { id: "q2", text: "秩序", serviceArea: "security" },
      ],
    },
  });
  const respond = (unitId: string, submittedAt: string, q1: string, q2: string) =>
    prisma.surveyResponse.create({
      data: {
        surveyId: survey.id,
        unitId,
        submittedAt: at(submittedAt),
        answers: [
          { questionId: "q1", rating: q1 },
          { questionId: "q2", rating: q2 },
        ],
      },
    });
  await respond(world.ownerUnitId, "2026-02-10T02:00:00Z", "verySatisfied", "neutral");
  await respond(world.tenantUnitId, "2026-02-20T02:00:00Z", "satisfied", "dissatisfied");

  // ── complaints: on time, late, overdue unresolved, invalid, due next month ──
  let n = 0;
  const complaint = async (
    receivedAt: string,
    resolveDueAt: string | null,
    extra: Record<string, unknown> = {},
  ) => {
    n += 1;
    return prisma.complaint.create({
      data: {
        estateId,
        number: `IND-${process.pid}-${n}`,
        channel: "hotline",
        complainantName: "业主",
        content: "投诉",
        receivedAt: at(receivedAt),
        status: "classified",
        resolveDueAt: resolveDueAt ? at(resolveDueAt) : null,
        ...extra,
      },
    });
  };
  const approve = (recordId: string, when: string) =>
    prisma.workflowEvent.create({
      data: {
        workflow: "complaint",
        recordId,
        action: "approveResult",
        fromState: "reportedBack",
        toState: "approved",
        actorId: staff,
        actorRole: "manager",
        at: at(when),
      },
    });
  const c1 = await complaint("2026-02-01T01:00:00Z", "2026-02-10T01:00:00Z", {
    status: "closed",
    closedAt: at("2026-02-09T01:00:00Z"),
    satisfaction: "satisfied",
  });
  await approve(c1.id, "2026-02-08T01:00:00Z");
  const c2 = await complaint("2026-02-05T01:00:00Z", "2026-02-15T01:00:00Z", { status: "approved" });
  await approve(c2.id, "2026-02-20T01:00:00Z");
  await complaint("2026-02-20T01:00:00Z", "2026-02-25T01:00:00Z");
  await complaint("2026-02-03T01:00:00Z", "2026-02-06T01:00:00Z", { status: "invalid" });
  await complaint("2026-02-27T01:00:00Z", "2026-03-10T01:00:00Z");

  // ── repairs: answered in 10 and 20 minutes, one unanswered, one withdrawn ──
  const repair = (i: number, requestedAt: string, data: Record<string, unknown>) =>
    prisma.repairOrder.create({
      data: {
        estateId,
        number: `RIND-${process.pid}-${i}`,
        requesterName: "业主",
        description: "漏水",
        requestedAt: at(requestedAt),
        ...data,
      },
    });
  await repair(1, "2026-02-02T01:00:00Z", {
    status: "closed",
    respondedAt: at("2026-02-02T01:10:00Z"),
    acceptedAt: at("2026-02-03T01:00:00Z"),
  });
  await repair(2, "2026-02-10T01:00:00Z", {
    status: "closed",
    respondedAt: at("2026-02-10T01:20:00Z"),
    acceptedAt: at("2026-02-12T01:00:00Z"),
    repeatCount: 1,
  });
  await repair(3, "2026-02-25T01:00:00Z", { status: "registered" });
  await repair(4, "2026-02-05T01:00:00Z", { status: "withdrawn" });

  // ── collection: February's lines 200 + 300, 300 collected; January's 150 line owed 100 at the start, 60 recovered ──
  const item = await prisma.feeItem.create({
    data: { estateId, code: "property", name: "物业服务费", kind: "area" },
  });
  const standard = await prisma.feeStandard.create({
    data: { feeItemId: item.id, unitPrice: "2.35", effectiveFrom: day("2025-01-01") },
  });
  let b = 0;
  const line = async (unitId: string, month: string, dueDate: string, amount: string) => {
    b += 1;
    const bill = await prisma.bill.create({
      data: {
        estateId,
        unitId,
        number: `BIND-${process.pid}-${b}`,
        periodStart: day(`${month}-01`),
        periodEnd: day(`${month}-28`),
        issuedOn: day(`${month}-01`),
        dueDate: day(dueDate),
        total: amount,
        status: "partiallyPaid",
      },
    });
    return prisma.billLine.create({
      data: {
        billId: bill.id,
        unitId,
        feeItemId: item.id,
        feeStandardId: standard.id,
        periodStart: day(`${month}-01`),
        periodEnd: day(`${month}-28`),
        quantity: "1",
        unitPrice: amount,
        amount,
        basis: "test",
      },
    });
  };
  const pay = async (
    unitId: string,
    billLineId: string,
    amount: string,
    when: string,
    reversalOfId?: string,
  ) => {
    const payment = await prisma.payment.create({
      data: {
        estateId,
        unitId,
        amount,
        method: "cash",
        receivedAt: at(when),
        reason: "收费",
        createdById: staff,
        createdAt: at(when),
      },
    });
    return prisma.paymentAllocation.create({
      data: {
        billLineId,
        paymentId: payment.id,
        amount,
        reason: reversalOfId ? "冲正" : "核销",
        createdById: staff,
        createdAt: at(when),
        ...(reversalOfId ? { reversalOfId } : {}),
      },
    });
  };
  const a = await line(world.ownerUnitId, "2026-02", "2026-02-10", "200.00");
  const bLine = await line(world.tenantUnitId, "2026-02", "2026-02-10", "300.00");
  await pay(world.ownerUnitId, a.id, "200.00", "2026-02-08T02:00:00Z");
  await pay(world.tenantUnitId, bLine.id, "100.00", "2026-02-09T02:00:00Z");
  const wrong = await pay(world.tenantUnitId, bLine.id, "50.00", "2026-02-09T03:00:00Z");
  await pay(world.tenantUnitId, bLine.id, "50.00", "2026-02-09T04:00:00Z", wrong.id);
  const c = await line(world.ownerUnitId, "2026-01", "2026-01-10", "150.00");
  await pay(world.ownerUnitId, c.id, "50.00", "2026-01-20T02:00:00Z");
  await pay(world.ownerUnitId, c.id, "60.00", "2026-02-15T02:00:00Z");
  const d = await line(world.tenantUnitId, "2026-01", "2026-01-10", "80.00");
  await pay(world.tenantUnitId, d.id, "80.00", "2026-01-15T02:00:00Z");

  // ── maintenance: a monthly plan done on time; a weekly plan done late and now overdue ──
  const facility = await prisma.facility.create({
    data: { estateId, type: "waterSupply", name: "二次供水泵" },
  });
  const monthly = await prisma.maintenancePlan.create({
    data: {
      estateId,
      facilityType: "waterSupply",
      facilityId: facility.id,
      title: "泵房保养",
      period: "monthly",
      nextDueOn: day("2026-03-03"),
    },
  });
  const weekly = await prisma.maintenancePlan.create({
    data: {
      estateId,
      facilityType: "waterSupply",
      facilityId: facility.id,
      title: "水箱巡检",
      period: "weekly",
      nextDueOn: day("2026-02-17"),
    },
  });
  for (const [planId, performedOn] of [
    [monthly.id, "2026-01-05"],
    [monthly.id, "2026-02-03"],
    [weekly.id, "2026-02-01"],
    [weekly.id, "2026-02-10"],
  ] as const) {
    await prisma.maintenanceRecord.create({
      data: { facilityId: facility.id, planId, performedOn: day(performedOn) },
    });
  }

  // ── drills: a fire drill in February; the power-outage plan not drilled ──
  const fire = await prisma.emergencyPlan.create({ data: { estateId, type: "fire", title: "火灾应急预案" } });
  await prisma.emergencyPlan.create({ data: { estateId, type: "powerOutage", title: "停电应急预案" } });
  await prisma.emergencyDrill.create({
    data: { planId: fire.id, heldOn: day("2026-02-12"), recordedById: staff },
  });

  // ── patrols: three rounds of a three-checkpoint route, visiting 3, 1 and 0 ──
  const route = await prisma.patrolRoute.create({
    data: { estateId, kind: "security", name: `夜巡 ${process.pid}`, frequencyMinutes: 1440 },
  });
  const checkpoints = [];
  for (const [position, name] of ["东门", "泵房", "地库"].entries()) {
    checkpoints.push(await prisma.patrolCheckpoint.create({ data: { routeId: route.id, position, name } }));
  }
  for (const [startedAt, visited] of [
    ["2026-02-03T14:00:00Z", 3],
    ["2026-02-04T14:00:00Z", 1],
    ["2026-02-05T14:00:00Z", 0],
  ] as const) {
    const round = await prisma.patrolRound.create({
      data: { routeId: route.id, inspectorId: world.userIds.security!, startedAt: at(startedAt) },
    });
    for (const checkpoint of checkpoints.slice(0, visited)) {
      await prisma.patrolCheck.create({
        data: { roundId: round.id, checkpointId: checkpoint.id, checkedAt: at(startedAt), ok: true },
      });
    }
  }
}
