import { facilityErrors } from "./errors.ts";
import type { PatrolRound, PatrolRoundAssessment, PatrolRoute } from "./types.ts";

/** Throws unless the route has checkpoints, each listed once. */
export function assertPatrolRoute(route: PatrolRoute): void {
  if (route.checkpoints.length === 0) {
    throw facilityErrors.FAC_EMPTY_ROUTE.error({ routeId: route.id }, ["checkpoints"]);
  }
  const seen = new Set<string>();
  for (const checkpoint of route.checkpoints) {
    if (seen.has(checkpoint.id)) {
      throw facilityErrors.FAC_DUPLICATE_CHECKPOINT.error(
        { routeId: route.id, checkpointId: checkpoint.id },
        ["checkpoints"],
      );
    }
    seen.add(checkpoint.id);
  }
}

/**
 * The positions of `sequence` outside one longest increasing run: the fewest entries to drop so
 * the rest is in order. Ties keep the earlier entry, so the later of two swapped checkpoints is
 * the one flagged. Routes are short, so the quadratic search is plenty.
 */
function outOfSequence(sequence: readonly number[]): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  let end = -1;
  for (let i = 0; i < sequence.length; i++) {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if ((sequence[j] ?? 0) < (sequence[i] ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
    if (end === -1 || (length[i] ?? 0) > (length[end] ?? 0)) end = i;
  }
  const kept = new Set<number>();
  for (let i = end; i !== -1; i = previous[i] ?? -1) kept.add(i);
  const dropped = new Set<number>();
  for (let i = 0; i < sequence.length; i++) if (!kept.has(i)) dropped.add(i);
  return dropped;
}

/**
 * How complete a patrol round was against its route (R-FAC-3): which checkpoints were missed,
 * which were reached out of sequence when the route is ordered, and the completeness ratio (an
 * indicator under R-QLT-1). A checkpoint scanned twice counts once, at its first scan.
 */
export function assessPatrolRound(route: PatrolRoute, round: PatrolRound): PatrolRoundAssessment {
  assertPatrolRoute(route);
  if (round.routeId !== route.id) {
    throw facilityErrors.FAC_ROUND_ROUTE_MISMATCH.error(
      { roundId: round.id, roundRouteId: round.routeId, routeId: route.id },
      ["routeId"],
    );
  }
  const position = new Map(route.checkpoints.map((checkpoint, index) => [checkpoint.id, index]));
  const scans = [...round.scans].sort((a, b) => a.at.getTime() - b.at.getTime());
  const firstVisits: string[] = [];
  const unknownScans: string[] = [];
  for (const scan of scans) {
    if (!position.has(scan.checkpointId)) {
      if (!unknownScans.includes(scan.checkpointId)) unknownScans.push(scan.checkpointId);
    } else if (!firstVisits.includes(scan.checkpointId)) {
      firstVisits.push(scan.checkpointId);
    }
  }
  const visited = new Set(firstVisits);
  const missed = route.checkpoints.filter((c) => !visited.has(c.id)).map((c) => c.id);
  const dropped = route.ordered
    ? outOfSequence(firstVisits.map((id) => position.get(id) ?? 0))
    : new Set<number>();
  const outOfOrder = firstVisits.filter((_, index) => dropped.has(index));
  return {
    routeId: route.id,
    roundId: round.id,
    checkpointCount: route.checkpoints.length,
    visitedCount: visited.size,
    completeness: visited.size / route.checkpoints.length,
    complete: missed.length === 0,
    missed,
    outOfOrder,
    unknownScans,
    rule: "R-FAC-3",
  };
}
