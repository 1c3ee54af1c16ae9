import { facilityErrors } from "./errors.ts";
import { assertPatrolRoute } from "./patrol-round.ts";
import type { PatrolFinding, PatrolRound, PatrolRoute, WorkOrderRequest } from "./types.ts";

/** Whether a finding raises a work order: every defect does (R-FAC-4); an observation on request. */
export function findingRaisesWorkOrder(finding: PatrolFinding): boolean {
  return finding.kind !== "observation" || finding.workOrder === true;
}

/**
 * The work-order requests a round's findings raise (R-FAC-3), as data for the repairs or
 * engineering desk to open. A defect found on a building-fabric inspection (damage, a leak) is
 * a work order under R-FAC-4 as well; a hazard is urgent.
 */
export function workOrdersFromPatrolRound(
  route: PatrolRoute,
  round: PatrolRound,
): readonly WorkOrderRequest[] {
  assertPatrolRoute(route);
  if (round.routeId !== route.id) {
    throw facilityErrors.FAC_ROUND_ROUTE_MISMATCH.error(
      { roundId: round.id, roundRouteId: round.routeId, routeId: route.id },
      ["routeId"],
    );
  }
  const names = new Map(route.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.name]));
  const requests: WorkOrderRequest[] = [];
  for (const finding of round.findings) {
    const location = names.get(finding.checkpointId);
    if (location === undefined) {
      throw facilityErrors.FAC_UNKNOWN_CHECKPOINT.error(
        { checkpointId: finding.checkpointId, routeId: route.id },
        ["findings"],
      );
    }
    if (!findingRaisesWorkOrder(finding)) continue;
    const fabricDefect = route.kind === "fabricInspection" && finding.kind !== "observation";
    requests.push({
      source: { kind: route.kind, routeId: route.id, roundId: round.id, checkpointId: finding.checkpointId },
      location,
      description: finding.description,
      findingKind: finding.kind,
      urgent: finding.kind === "hazard",
      ...(finding.trade === undefined ? {} : { trade: finding.trade }),
      reportedBy: round.inspector,
      reportedAt: finding.at,
      rules: fabricDefect ? ["R-FAC-3", "R-FAC-4"] : ["R-FAC-3"],
    });
  }
  return requests;
}
