import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity } from "../../money/index.ts";
import { buildElectorate, centiSquareMetres } from "../electorate.ts";
import { tallyAssemblyVote } from "../tally.ts";
import { ASSEMBLY_MATTERS } from "../thresholds.ts";
import type { AssemblyBallot, AssemblyMatter, BallotChoice, OwnedUnit } from "../types.ts";

/** 1–12 owners, each holding 1–3 units of 0.01–999.99 m², and each owner's choice or none. */
const scenario = fc
  .array(
    fc.record({
      units: fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 3 }),
      choice: fc.constantFrom<BallotChoice | null>("for", "against", "abstain", null),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((owners) => {
    const units: OwnedUnit[] = owners.flatMap((owner, o) =>
      owner.units.map((centi, u) => ({
        unitId: `u${o}-${u}`,
        buildingArea: formatQuantity({ units: BigInt(centi), scale: 2 }),
        ownerIds: [`p${o}`],
      })),
    );
    const cast: AssemblyBallot[] = owners.flatMap((owner, o) =>
      owner.choice ? [{ ownerId: `p${o}`, choice: owner.choice }] : [],
    );
    return { units, cast };
  });
const matter = fc.constantFrom<AssemblyMatter>(...ASSEMBLY_MATTERS);

describe("R-GOV-1 properties of the count", () => {
  it("adding a yes ballot never turns a passed vote into a failed one", () => {
    fc.assert(
      fc.property(scenario, matter, ({ units, cast }, m) => {
        const electorate = buildElectorate(units);
        const before = tallyAssemblyVote(electorate, cast, m);
        const voted = new Set(cast.map((b) => b.ownerId));
        for (const voter of electorate.voters) {
          const owner = voter.ownerIds[0] ?? "";
          if (voted.has(owner)) continue;
          const after = tallyAssemblyVote(electorate, [...cast, { ownerId: owner, choice: "for" }], m);
          if (before.passed) expect(after.passed).toBe(true);
          if (before.valid) expect(after.valid).toBe(true);
        }
      }),
    );
  });

  it("turning an against into a for never turns a pass into a failure", () => {
    fc.assert(
      fc.property(scenario, matter, ({ units, cast }, m) => {
        const electorate = buildElectorate(units);
        const before = tallyAssemblyVote(electorate, cast, m);
        cast.forEach((ballot, i) => {
          if (ballot.choice !== "against") return;
          const changed = cast.map((b, j) => (j === i ? { ...b, choice: "for" as const } : b));
          if (before.passed) expect(tallyAssemblyVote(electorate, changed, m).passed).toBe(true);
        });
      }),
    );
  });

  it("does not depend on the order ballots arrive in", () => {
    fc.assert(
      fc.property(scenario, matter, fc.nat(), ({ units, cast }, m, seed) => {
        const electorate = buildElectorate(units);
        const at = cast.length === 0 ? 0 : seed % cast.length;
        const shuffled = [...cast.slice(at), ...cast.slice(0, at)].reverse();
        expect(tallyAssemblyVote(electorate, shuffled, m)).toEqual(tallyAssemblyVote(electorate, cast, m));
      }),
    );
  });

  it("adds up: for + against + abstain is the participation, and validity is the exact 2/3 test", () => {
    fc.assert(
      fc.property(scenario, matter, ({ units, cast }, m) => {
        const electorate = buildElectorate(units);
        const tally = tallyAssemblyVote(electorate, cast, m);
        const area = (text: string) => centiSquareMetres(text, "test");
        expect(area(tally.for.area) + area(tally.against.area) + area(tally.abstain.area)).toBe(
          area(tally.participation.area),
        );
        expect(tally.for.owners + tally.against.owners + tally.abstain.owners).toBe(
          tally.participation.owners,
        );
        const total = units.reduce((sum, u) => sum + area(u.buildingArea), 0n);
        expect(area(tally.electorate.area)).toBe(total);
        const valid =
          3n * area(tally.participation.area) >= 2n * total &&
          3 * tally.participation.owners >= 2 * tally.electorate.owners;
        expect(tally.valid).toBe(valid);
        if (tally.passed) expect(tally.valid).toBe(true);
      }),
    );
  });
});
