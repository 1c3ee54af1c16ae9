import { buildElectorate } from "../electorate.ts";
import type { AssemblyBallot, AssemblyElectorate, BallotChoice, OwnedUnit } from "../types.ts";

/** One unit per owner: `solo(["p1", "100.00"], …)` — owner p1 holds unit u-p1 of 100 m². */
export function solo(...owners: readonly (readonly [owner: string, area: string])[]): OwnedUnit[] {
  return owners.map(([owner, area]) => ({ unitId: `u-${owner}`, buildingArea: area, ownerIds: [owner] }));
}

/** A register of owners each holding one unit. */
export function register(...owners: readonly (readonly [owner: string, area: string])[]): AssemblyElectorate {
  return buildElectorate(solo(...owners));
}

/** Ballots in one line: `ballots({ p1: "for", p2: "against" })`. */
export function ballots(choices: Readonly<Record<string, BallotChoice>>): AssemblyBallot[] {
  return Object.entries(choices).map(([ownerId, choice]) => ({ ownerId, choice }));
}
