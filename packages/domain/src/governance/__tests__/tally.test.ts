import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { buildElectorate } from "../electorate.ts";
import { tallyAssemblyVote } from "../tally.ts";
import type { AssemblyBallot } from "../types.ts";
import { ballots, register } from "./fixtures.ts";

function refusalOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (isDomainError(error)) return error.toRefusal();
    throw error;
  }
  return undefined;
}

describe("R-GOV-1 validity: 2/3 of the area and 2/3 of the owners take part", () => {
  it("is valid at exactly 2/3 of the area and exactly 2/3 of the owners", () => {
    const electorate = register(["a", "100.00"], ["b", "100.00"], ["c", "100.00"]);
    const tally = tallyAssemblyVote(electorate, ballots({ a: "for", b: "for" }), "other");
    expect(tally.valid).toBe(true);
    expect(tally.participation).toEqual({ owners: 2, area: "200.00" });
    expect(tally.checks.slice(0, 2).map((c) => [c.check, c.counted, c.outOf, c.met])).toEqual([
      ["participationArea", "200.00", "300.00", true],
      ["participationOwners", "2", "3", true],
    ]);
  });

  it("is not valid 0.01 m² below 2/3 of the area, even with 2/3 of the owners", () => {
    const electorate = register(["a", "100.00"], ["b", "99.99"], ["c", "100.01"]);
    const tally = tallyAssemblyVote(electorate, ballots({ a: "for", b: "for" }), "other");
    expect(tally.valid).toBe(false);
    expect(tally.passed).toBe(false);
    expect(tally.checks[0]).toMatchObject({ check: "participationArea", counted: "199.99", met: false });
    expect(tally.checks[1]).toMatchObject({ check: "participationOwners", met: true });
    expect(tally.messageZh).toBe("表决无效：参与表决的面积或人数不足三分之二");
  });

  it("is not valid below 2/3 of the owners, even with most of the area", () => {
    // 3 of 5 owners (60%) holding 90% of the area.
    const electorate = register(["a", "300"], ["b", "300"], ["c", "300"], ["d", "50"], ["e", "50"]);
    const tally = tallyAssemblyVote(electorate, ballots({ a: "for", b: "for", c: "for" }), "other");
    expect(tally.checks.map((c) => c.met)).toEqual([true, false, true, true]);
    expect(tally.valid).toBe(false);
  });

  it("counts abstentions as taking part, not as approval", () => {
    const electorate = register(["a", "100"], ["b", "100"], ["c", "100"]);
    const tally = tallyAssemblyVote(electorate, ballots({ a: "for", b: "abstain" }), "other");
    expect(tally.valid).toBe(true);
    expect(tally.abstain).toEqual({ owners: 1, area: "100.00" });
    // 1 of 2 participating: exactly half is not more than half.
    expect(tally.passed).toBe(false);
  });

  it("is not valid when nobody votes", () => {
    const tally = tallyAssemblyVote(register(["a", "100"]), [], "other");
    expect(tally).toMatchObject({ valid: false, passed: false, participation: { owners: 0, area: "0.00" } });
  });
});

describe("R-GOV-1 special majority: the fund, rebuilding, common parts need 3/4 of both", () => {
  const four = register(["a", "100.00"], ["b", "100.00"], ["c", "100.00"], ["d", "100.00"]);

  for (const matter of ["maintenanceFund", "rebuilding", "commonPartsUse"] as const) {
    it(`${matter} passes at exactly 3/4 of the participating area and owners`, () => {
      const tally = tallyAssemblyVote(four, ballots({ a: "for", b: "for", c: "for", d: "against" }), matter);
      expect(tally).toMatchObject({ majority: "special", valid: true, passed: true });
      expect(tally.checks.slice(2).map((c) => [c.check, c.counted, c.outOf, c.met])).toEqual([
        ["approvalArea", "300.00", "400.00", true],
        ["approvalOwners", "3", "4", true],
      ]);
    });
  }

  it("fails 0.01 m² below 3/4 of the participating area", () => {
    const electorate = register(["a", "100.00"], ["b", "100.00"], ["c", "99.99"], ["d", "100.01"]);
    const tally = tallyAssemblyVote(
      electorate,
      ballots({ a: "for", b: "for", c: "for", d: "against" }),
      "maintenanceFund",
    );
    expect(tally.checks[2]).toMatchObject({ counted: "299.99", outOf: "400.00", met: false });
    expect(tally.checks[3]?.met).toBe(true);
    expect(tally.passed).toBe(false);
    expect(tally.messageZh).toBe("表决未通过：同意面积与人数均须不少于四分之三");
  });

  it("fails just below 3/4 of the participating owners, however much area voted for", () => {
    // 5 of 7 owners (71%) for, holding 95% of the area.
    const electorate = register(
      ["a", "190"],
      ["b", "190"],
      ["c", "190"],
      ["d", "190"],
      ["e", "190"],
      ["f", "25"],
      ["g", "25"],
    );
    const choices = ballots({ a: "for", b: "for", c: "for", d: "for", e: "for", f: "against", g: "against" });
    const tally = tallyAssemblyVote(electorate, choices, "rebuilding");
    expect(tally.checks.slice(2).map((c) => c.met)).toEqual([true, false]);
    expect(tally.passed).toBe(false);
    // The same count passes an ordinary matter.
    expect(tallyAssemblyVote(electorate, choices, "serviceProvider").passed).toBe(true);
  });

  it("measures 3/4 against those who took part, not against every owner", () => {
    // 3 of the 4 participating (of 5 owners) voted for: passes though only 60% of all owners agreed.
    const electorate = register(["a", "100"], ["b", "100"], ["c", "100"], ["d", "100"], ["e", "100"]);
    const tally = tallyAssemblyVote(
      electorate,
      ballots({ a: "for", b: "for", c: "for", d: "against" }),
      "commonPartsUse",
    );
    expect(tally).toMatchObject({ valid: true, passed: true, for: { owners: 3, area: "300.00" } });
  });
});

describe("R-GOV-1 ordinary majority: more than half of both", () => {
  const four = register(["a", "100.00"], ["b", "100.00"], ["c", "100.00"], ["d", "100.00"]);

  it("fails at exactly half", () => {
    const tally = tallyAssemblyVote(
      four,
      ballots({ a: "for", b: "for", c: "against", d: "against" }),
      "other",
    );
    expect(tally.majority).toBe("ordinary");
    expect(tally.checks.slice(2).map((c) => c.met)).toEqual([false, false]);
    expect(tally.passed).toBe(false);
  });

  it("passes 0.01 m² and one owner above half", () => {
    const electorate = register(
      ["a", "100.01"],
      ["b", "100.00"],
      ["c", "100.00"],
      ["d", "99.99"],
      ["e", "0.01"],
    );
    const tally = tallyAssemblyVote(
      electorate,
      ballots({ a: "for", b: "for", e: "for", c: "against", d: "against" }),
      "committeeElection",
    );
    expect(tally.checks.slice(2).map((c) => [c.counted, c.outOf, c.met])).toEqual([
      ["200.02", "400.01", true],
      ["3", "5", true],
    ]);
    expect(tally.passed).toBe(true);
    expect(tally.messageZh).toBe("表决通过（同意面积与人数均过半数）");
  });

  it("explains each check with its figures", () => {
    const tally = tallyAssemblyVote(four, ballots({ a: "for", b: "for", c: "for" }), "other");
    expect(tally.checks.map((c) => c.message)).toEqual([
      "Owners holding 300.00 of 400.00 m² of exclusive area took part (75.00%); at least 2/3 is needed: met",
      "3 of 4 owners took part (75.00%); at least 2/3 is needed: met",
      "Owners holding 300.00 of the 300.00 m² that took part voted for (100.00%); more than half is needed: met",
      "3 of the 3 owners who took part voted for (100.00%); more than half is needed: met",
    ]);
    expect(tally.checks[1]?.messageZh).toBe(
      "参与表决业主 3 人，占业主总人数 4 人的 75.00%（须不少于三分之二）：符合",
    );
    expect(tally.rules).toEqual(["R-GOV-1"]);
  });
});

describe("R-GOV-1 each owner counts once however many units they hold", () => {
  const electorate = buildElectorate([
    { unitId: "1-101", buildingArea: "100", ownerIds: ["wang"] },
    { unitId: "1-102", buildingArea: "100", ownerIds: ["wang"] },
    { unitId: "1-103", buildingArea: "100", ownerIds: ["wang"] },
    { unitId: "1-201", buildingArea: "100", ownerIds: ["li"] },
    { unitId: "1-202", buildingArea: "100", ownerIds: ["zhao"] },
  ]);

  it("weighs the owner's area for all units but counts one head", () => {
    const alone = tallyAssemblyVote(electorate, ballots({ wang: "for" }), "other");
    expect(alone.electorate).toEqual({ owners: 3, area: "500.00" });
    expect(alone.participation).toEqual({ owners: 1, area: "300.00" });
    expect(alone.valid).toBe(false);
    const withLi = tallyAssemblyVote(electorate, ballots({ wang: "for", li: "against" }), "other");
    expect(withLi).toMatchObject({ valid: true, passed: false });
  });

  it("refuses a second ballot from the same owner", () => {
    const refusal = refusalOf(() =>
      tallyAssemblyVote(
        electorate,
        ballots({ wang: "for" }).concat({ ownerId: "wang", choice: "against" }),
        "other",
      ),
    );
    expect(refusal).toMatchObject({
      code: "GOV_ALREADY_VOTED",
      rule: "R-GOV-1",
      path: ["ballots", "1", "ownerId"],
    });
    expect(refusal?.messageZh).toBe("wang（房屋 1-101, 1-102, 1-103）已投票：每位业主只能投一票");
  });
});

describe("R-GOV-1 malformed ballots are refused", () => {
  const electorate = register(["a", "100"], ["b", "100"]);

  it("refuses a ballot from someone not on the register", () => {
    expect(refusalOf(() => tallyAssemblyVote(electorate, ballots({ tenant: "for" }), "other"))).toMatchObject(
      {
        code: "GOV_NOT_IN_ELECTORATE",
        path: ["ballots", "0", "ownerId"],
      },
    );
  });

  it("refuses an unknown choice and an unknown matter", () => {
    const odd = [{ ownerId: "a", choice: "maybe" }] as unknown as AssemblyBallot[];
    expect(refusalOf(() => tallyAssemblyVote(electorate, odd, "other"))?.code).toBe("GOV_UNKNOWN_CHOICE");
    expect(refusalOf(() => tallyAssemblyVote(electorate, [], "parking" as never))?.code).toBe(
      "GOV_UNKNOWN_MATTER",
    );
  });
});
