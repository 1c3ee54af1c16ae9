import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { assertElectorate, buildElectorate, voterOf } from "../electorate.ts";
import { tallyAssemblyVote } from "../tally.ts";
import { ballots, solo } from "./fixtures.ts";

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("R-GOV-1 register of owners", () => {
  it("counts an owner of several units once, with all their area", () => {
    const electorate = buildElectorate([
      { unitId: "1-101", buildingArea: "100.00", ownerIds: ["wang"] },
      { unitId: "1-102", buildingArea: "80.50", ownerIds: ["wang"] },
      { unitId: "1-103", buildingArea: "120", ownerIds: ["wang"] },
      { unitId: "1-201", buildingArea: "90.00", ownerIds: ["li"] },
    ]);
    expect(electorate.voters).toEqual([
      { id: "1-101", ownerIds: ["wang"], unitIds: ["1-101", "1-102", "1-103"], area: "300.50" },
      { id: "1-201", ownerIds: ["li"], unitIds: ["1-201"], area: "90.00" },
    ]);
    const indexed = assertElectorate(electorate);
    expect(indexed.totalOwners).toBe(2);
    expect(indexed.totalArea).toBe(39_050n);
  });

  it("counts co-owners of one unit as one owner with the unit's area once", () => {
    const electorate = buildElectorate([
      { unitId: "2-101", buildingArea: "89.37", ownerIds: ["husband", "wife"] },
      { unitId: "2-102", buildingArea: "76.20", ownerIds: ["zhao"] },
    ]);
    expect(electorate.voters.map((v) => [v.ownerIds, v.area])).toEqual([
      [["husband", "wife"], "89.37"],
      [["zhao"], "76.20"],
    ]);
    expect(voterOf(electorate, "wife")?.id).toBe("2-101");
  });

  it("joins owners linked through a co-owned unit, so nobody counts twice", () => {
    // Wang co-owns 3-101 with his wife and owns 3-102 alone: one owner, 180 m².
    const electorate = buildElectorate([
      { unitId: "3-101", buildingArea: "100.00", ownerIds: ["wang", "chen"] },
      { unitId: "3-102", buildingArea: "80.00", ownerIds: ["wang"] },
      { unitId: "3-103", buildingArea: "60.00", ownerIds: ["sun"] },
    ]);
    expect(electorate.voters).toHaveLength(2);
    expect(voterOf(electorate, "chen")).toEqual({
      id: "3-101",
      ownerIds: ["chen", "wang"],
      unitIds: ["3-101", "3-102"],
      area: "180.00",
    });
  });

  it("lets one co-owner's ballot count for the group, and refuses the second", () => {
    const electorate = buildElectorate([
      { unitId: "4-101", buildingArea: "100.00", ownerIds: ["husband", "wife"] },
      { unitId: "4-102", buildingArea: "100.00", ownerIds: ["zhao"] },
    ]);
    const tally = tallyAssemblyVote(electorate, ballots({ wife: "for", zhao: "for" }), "other");
    expect(tally.participation).toEqual({ owners: 2, area: "200.00" });
    expect(
      codeOf(() => tallyAssemblyVote(electorate, ballots({ wife: "for", husband: "against" }), "other")),
    ).toBe("GOV_ALREADY_VOTED");
  });

  it("refuses an empty register, a unit without owner, a unit twice, a bad area, no area at all", () => {
    expect(codeOf(() => buildElectorate([]))).toBe("GOV_EMPTY_ELECTORATE");
    expect(codeOf(() => buildElectorate([{ unitId: "u", buildingArea: "10", ownerIds: [] }]))).toBe(
      "GOV_UNIT_WITHOUT_OWNER",
    );
    expect(codeOf(() => buildElectorate([...solo(["a", "10"]), ...solo(["a", "20"])]))).toBe(
      "GOV_DUPLICATE_UNIT",
    );
    expect(codeOf(() => buildElectorate(solo(["a", "10.001"])))).toBe("GOV_INVALID_AREA");
    expect(codeOf(() => buildElectorate(solo(["a", "-10"])))).toBe("GOV_INVALID_AREA");
    expect(codeOf(() => buildElectorate(solo(["a", "0"], ["b", "0.00"])))).toBe("GOV_NO_EXCLUSIVE_AREA");
  });

  it("refuses a stored register that counts an owner or a unit twice", () => {
    const voter = { id: "v1", ownerIds: ["a"], unitIds: ["u1"], area: "10.00" };
    expect(codeOf(() => assertElectorate({ voters: [] }))).toBe("GOV_EMPTY_ELECTORATE");
    expect(codeOf(() => assertElectorate({ voters: [voter, { ...voter, id: "v2", unitIds: ["u2"] }] }))).toBe(
      "GOV_OWNER_IN_TWO_VOTERS",
    );
    expect(codeOf(() => assertElectorate({ voters: [voter, { ...voter, id: "v2", ownerIds: ["b"] }] }))).toBe(
      "GOV_DUPLICATE_UNIT",
    );
    expect(codeOf(() => assertElectorate({ voters: [{ ...voter, ownerIds: [] }] }))).toBe(
      "GOV_INVALID_VOTER",
    );
  });
});
