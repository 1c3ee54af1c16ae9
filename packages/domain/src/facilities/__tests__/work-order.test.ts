import { describe, expect, it } from "vitest";
import {
  findingRaisesWorkOrder,
  type PatrolFinding,
  type PatrolRound,
  type PatrolRoute,
  workOrdersFromPatrolRound,
} from "../index.ts";
import { thrownCode } from "./helpers.ts";

const at = new Date("2026-11-20T02:00:00Z");
const route: PatrolRoute = {
  id: "R-PLANT",
  name: "Plant rooms",
  kind: "patrol",
  ordered: false,
  checkpoints: [
    { id: "PUMP", name: "Pump room B1" },
    { id: "SWITCH", name: "Switch room B1" },
  ],
};

function roundWith(findings: readonly PatrolFinding[], routeId = route.id): PatrolRound {
  return { id: "rd-9", routeId, inspector: "Li Gong", startedAt: at, scans: [], findings };
}

describe("R-FAC-3 a finding can raise a work order", () => {
  it("a malfunction raises a work order with the checkpoint as its location", () => {
    const finding: PatrolFinding = {
      checkpointId: "PUMP",
      kind: "malfunction",
      description: "Pump 2 vibrates",
      at,
      trade: "plumbing",
    };
    expect(workOrdersFromPatrolRound(route, roundWith([finding]))).toEqual([
      {
        source: { kind: "patrol", routeId: "R-PLANT", roundId: "rd-9", checkpointId: "PUMP" },
        location: "Pump room B1",
        description: "Pump 2 vibrates",
        findingKind: "malfunction",
        urgent: false,
        trade: "plumbing",
        reportedBy: "Li Gong",
        reportedAt: at,
        rules: ["R-FAC-3"],
      },
    ]);
  });

  it("an observation raises nothing unless the inspector asks for a work order", () => {
    const note: PatrolFinding = {
      checkpointId: "SWITCH",
      kind: "observation",
      description: "Door sticks",
      at,
    };
    expect(findingRaisesWorkOrder(note)).toBe(false);
    expect(workOrdersFromPatrolRound(route, roundWith([note]))).toEqual([]);
    expect(workOrdersFromPatrolRound(route, roundWith([{ ...note, workOrder: true }]))).toHaveLength(1);
  });

  it("a hazard is urgent", () => {
    const hazard: PatrolFinding = {
      checkpointId: "SWITCH",
      kind: "hazard",
      description: "Smell of burning",
      at,
    };
    expect(workOrdersFromPatrolRound(route, roundWith([hazard]))[0]?.urgent).toBe(true);
  });

  it("refuses a finding at a checkpoint that is not on the route, and a round of another route", () => {
    const stray: PatrolFinding = { checkpointId: "ROOF", kind: "leak", description: "Drip", at };
    expect(thrownCode(() => workOrdersFromPatrolRound(route, roundWith([stray])))).toBe(
      "FAC_UNKNOWN_CHECKPOINT",
    );
    expect(thrownCode(() => workOrdersFromPatrolRound(route, roundWith([], "R-OTHER")))).toBe(
      "FAC_ROUND_ROUTE_MISMATCH",
    );
  });
});

describe("R-FAC-4 building-fabric defects become work orders", () => {
  const fabric: PatrolRoute = { ...route, id: "R-FABRIC", kind: "fabricInspection" };

  it.each(["damage", "leak"] as const)(
    "a %s found on a fabric inspection is a work order under R-FAC-4",
    (kind) => {
      const finding: PatrolFinding = { checkpointId: "PUMP", kind, description: "Ceiling stain", at };
      const [request] = workOrdersFromPatrolRound(fabric, roundWith([finding], "R-FABRIC"));
      expect(request?.rules).toEqual(["R-FAC-3", "R-FAC-4"]);
      expect(request?.source.kind).toBe("fabricInspection");
    },
  );

  it("a defect cannot be waved through without a work order", () => {
    const finding: PatrolFinding = {
      checkpointId: "PUMP",
      kind: "damage",
      description: "Cracked tile",
      at,
      workOrder: false,
    };
    expect(findingRaisesWorkOrder(finding)).toBe(true);
  });

  it("an observation requested as a work order on a fabric inspection cites R-FAC-3 only", () => {
    const finding: PatrolFinding = {
      checkpointId: "PUMP",
      kind: "observation",
      description: "Faded paint",
      at,
      workOrder: true,
    };
    expect(workOrdersFromPatrolRound(fabric, roundWith([finding], "R-FABRIC"))[0]?.rules).toEqual([
      "R-FAC-3",
    ]);
  });
});
