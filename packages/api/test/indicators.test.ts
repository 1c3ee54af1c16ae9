import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { februaryRecords } from "./indicators-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** Monday 2 March 2026, 09:00 in Shanghai: February is over, March has begun. */
const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  await februaryRecords(api.db.prisma, world);
});
afterAll(async () => {
  await api?.close();
});

const RATE = "status numerator denominator percentage rules formula { en zh } noDataReason { en zh }";
const MEAN = "status count meanMs meanMinutes meanHours rules";
const INDICATORS = `query ($id: ID!, $from: Date!, $to: Date!) {
  indicators(estateId: $id, period: { from: $from, to: $to }) {
    from to asOf
    satisfaction { ${RATE} byServiceArea { serviceArea rate { numerator denominator percentage } } }
    complaintOnTimeRate { ${RATE} }
    complaintMeanTimeToResolve { ${MEAN} }
    repairResponseTime { ${MEAN} unanswered withinTarget { numerator denominator percentage } }
    repairCompletionRate { ${RATE} }
    repeatRepairRate { ${RATE} }
    collectionRate { ${RATE} }
    arrearsRecoveryRate { ${RATE} }
    maintenanceOnTimeRate { ${RATE} }
    drillCoverage { ${RATE} undrilledPlans { title type } }
    patrolCompleteness { ${RATE} missedRounds }
  }
}`;

async function read(token: string | undefined, estateId: string, from: string, to: string) {
  return api.graphql<{ indicators: Record<string, Record<string, unknown>> | null }>(INDICATORS, {
    token,
    variables: { id: globalId("Estate", estateId), from, to },
  });
}

describe("R-QLT-1 indicators", () => {
  it("computes every indicator of February from the estate's records, exact, with its formula", async () => {
    const result = await read(tokens.manager, world.estateId, "2026-02-01", "2026-02-28");
    expect(result.errors).toBeUndefined();
    const i = result.data!.indicators!;
    expect(i).toMatchObject({ from: "2026-02-01", to: "2026-02-28", asOf: null });
    expect(i.satisfaction).toMatchObject({
      status: "ok",
      numerator: 3,
      denominator: 5,
      percentage: "60.00%",
      byServiceArea: [
        { serviceArea: "cleaning", rate: { numerator: 2, denominator: 2, percentage: "100.00%" } },
        { serviceArea: "complaints", rate: { numerator: 1, denominator: 1 } },
        { serviceArea: "security", rate: { numerator: 0, denominator: 2, percentage: "0.00%" } },
      ],
    });
    expect((i.satisfaction as { formula: { zh: string } }).formula.zh).toContain("满意率");
    expect(i.complaintOnTimeRate).toMatchObject({
      numerator: 1,
      denominator: 3,
      percentage: "33.33%",
      rules: ["R-QLT-1", "R-CMP-4"],
    });
    expect(i.complaintMeanTimeToResolve).toMatchObject({
      count: 2,
      meanHours: "264.00",
      meanMinutes: "15840.00",
    });
    expect(i.repairResponseTime).toMatchObject({
      count: 2,
      meanMinutes: "15.00",
      unanswered: 1,
      withinTarget: { numerator: 1, denominator: 2, percentage: "50.00%" },
    });
    expect(i.repairCompletionRate).toMatchObject({ numerator: 2, denominator: 3, percentage: "66.67%" });
    expect(i.repeatRepairRate).toMatchObject({ numerator: 1, denominator: 2, percentage: "50.00%" });
    // 200 of 200 and 100 of 300 (a reversed 50 does not count): 300 of 500.
    expect(i.collectionRate).toMatchObject({
      numerator: "300.00",
      denominator: "500.00",
      percentage: "60.00%",
    });
    // January's 150 line: 100 still owed on 1 February, 60 recovered in February; the 80 line was settled.
    expect(i.arrearsRecoveryRate).toMatchObject({
      numerator: "60.00",
      denominator: "100.00",
      percentage: "60.00%",
    });
    // Monthly plan due 5 Feb done 3 Feb; weekly due 8 Feb done 10 Feb, then due 17 Feb and not done.
    expect(i.maintenanceOnTimeRate).toMatchObject({ numerator: 1, denominator: 3, percentage: "33.33%" });
    expect(i.drillCoverage).toMatchObject({
      numerator: 1,
      denominator: 2,
      undrilledPlans: [{ title: "停电应急预案", type: "powerOutage" }],
    });
    expect(i.patrolCompleteness).toMatchObject({
      numerator: 4,
      denominator: 9,
      percentage: "44.44%",
      missedRounds: 1,
    });
  });

  it("a period with nothing to measure says so, with a reason, never a number", async () => {
    await api.db.prisma.staffAssignment.create({
      data: {
        userId: world.userIds.finance!,
        estateId: world.otherEstateId,
        role: "finance",
        startDate: new Date("2024-01-01"),
      },
    });
    const result = await read(tokens.finance, world.otherEstateId, "2026-02-01", "2026-02-28");
    expect(result.errors).toBeUndefined();
    expect(result.data!.indicators!.collectionRate).toMatchObject({
      status: "noData",
      numerator: null,
      percentage: null,
      noDataReason: { en: "Nothing was receivable in the period", zh: "统计期内没有应收费用" },
    });
  });

  it("read mid-period, the reading is as of now", async () => {
    const result = await read(tokens.archivist, world.estateId, "2026-03-01", "2026-03-31");
    expect(result.errors).toBeUndefined();
    expect(result.data!.indicators).toMatchObject({ asOf: NOW.toISOString() });
  });

  it("a period ending before it starts is refused with the domain's code", async () => {
    const result = await read(tokens.manager, world.estateId, "2026-02-28", "2026-02-01");
    expect(result.data?.indicators).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "IND_INVALID_PERIOD" });
  });

  it("only managers, finance and the archivist read them, and only for their estates", async () => {
    for (const role of ["customer_service", "security", "owner", "apiKey"] as const) {
      const result = await read(tokens[role], world.estateId, "2026-02-01", "2026-02-28");
      expect(result.data?.indicators, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe("API_FORBIDDEN");
    }
    const other = await read(tokens.manager, world.otherEstateId, "2026-02-01", "2026-02-28");
    expect(other.data?.indicators).toBeNull();
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "API_NOT_FOUND" });
  });
});
