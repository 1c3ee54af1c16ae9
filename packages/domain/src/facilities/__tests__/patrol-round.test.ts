import { describe, expect, it } from "vitest";
import { assessPatrolRound, type PatrolRound, type PatrolRoute } from "../index.ts";
import { thrownCode } from "./helpers.ts";

const route: PatrolRoute = {
  id: "R-NIGHT",
  name: "Night patrol",
  kind: "patrol",
  ordered: true,
  checkpoints: ["A", "B", "C", "D", "E"].map((id) => ({ id, name: `Gate ${id}` })),
};

function roundVisiting(ids: readonly string[], overrides: Partial<PatrolRound> = {}): PatrolRound {
  return {
    id: "round-1",
    routeId: "R-NIGHT",
    inspector: "Guard Wang",
    startedAt: new Date("2026-11-20T14:00:00Z"),
    scans: ids.map((checkpointId, minute) => ({
      checkpointId,
      at: new Date(Date.UTC(2026, 10, 20, 14, minute)),
    })),
    findings: [],
    ...overrides,
  };
}

describe("R-FAC-3 patrol round completeness", () => {
  it("a round through every checkpoint in order is complete", () => {
    expect(assessPatrolRound(route, roundVisiting(["A", "B", "C", "D", "E"]))).toEqual({
      routeId: "R-NIGHT",
      roundId: "round-1",
      checkpointCount: 5,
      visitedCount: 5,
      completeness: 1,
      complete: true,
      missed: [],
      outOfOrder: [],
      unknownScans: [],
      rule: "R-FAC-3",
    });
  });

  it("lists missed checkpoints in route order and the completeness ratio", () => {
    const result = assessPatrolRound(route, roundVisiting(["A", "C", "E"]));
    expect(result).toMatchObject({ missed: ["B", "D"], visitedCount: 3, completeness: 0.6, complete: false });
  });

  it("counts a checkpoint scanned twice once", () => {
    const result = assessPatrolRound(route, roundVisiting(["A", "A", "B"]));
    expect(result).toMatchObject({ visitedCount: 2, outOfOrder: [] });
  });

  it("reads the scans in time order whatever order they were stored in", () => {
    const round = roundVisiting(["A", "B", "C", "D", "E"]);
    const shuffled = { ...round, scans: [...round.scans].reverse() };
    expect(assessPatrolRound(route, shuffled).outOfOrder).toEqual([]);
  });

  it("flags the later of two swapped checkpoints on an ordered route", () => {
    expect(assessPatrolRound(route, roundVisiting(["A", "C", "B", "D", "E"])).outOfOrder).toEqual(["B"]);
  });

  it("flags only the one checkpoint visited too early, not everything after it", () => {
    expect(assessPatrolRound(route, roundVisiting(["E", "A", "B", "C", "D"])).outOfOrder).toEqual(["E"]);
  });

  it("flags the fewest checkpoints that put the rest in order", () => {
    expect(assessPatrolRound(route, roundVisiting(["E", "D", "C", "B", "A"])).outOfOrder).toEqual([
      "D",
      "C",
      "B",
      "A",
    ]);
  });

  it("ignores order on an unordered route", () => {
    const unordered = { ...route, ordered: false };
    expect(assessPatrolRound(unordered, roundVisiting(["E", "D", "C", "B", "A"]))).toMatchObject({
      outOfOrder: [],
      complete: true,
    });
  });

  it("reports scans of checkpoints that are not on the route without counting them", () => {
    const result = assessPatrolRound(route, roundVisiting(["A", "Z", "Z", "B"]));
    expect(result).toMatchObject({ unknownScans: ["Z"], visitedCount: 2, outOfOrder: [] });
  });

  it("an empty round visits nothing", () => {
    expect(assessPatrolRound(route, roundVisiting([]))).toMatchObject({
      completeness: 0,
      missed: route.checkpoints.map((c) => c.id),
    });
  });

  it("refuses an empty route, a repeated checkpoint and a round of another route", () => {
    expect(thrownCode(() => assessPatrolRound({ ...route, checkpoints: [] }, roundVisiting([])))).toBe(
      "FAC_EMPTY_ROUTE",
    );
    const repeated = { ...route, checkpoints: [...route.checkpoints, { id: "A", name: "again" }] };
    expect(thrownCode(() => assessPatrolRound(repeated, roundVisiting([])))).toBe("FAC_DUPLICATE_CHECKPOINT");
    expect(thrownCode(() => assessPatrolRound(route, roundVisiting([], { routeId: "R-DAY" })))).toBe(
      "FAC_ROUND_ROUTE_MISMATCH",
    );
  });
});
