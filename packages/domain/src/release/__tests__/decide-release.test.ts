import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { parseMoney } from "../../money/index.ts";
import { decideRelease, type ReleaseRequest } from "../index.ts";
import { at, cartons, consent, request, sofa, statement, today, umbrella } from "./fixtures.ts";

function codes(req: ReleaseRequest, context: Partial<Parameters<typeof decideRelease>[1]> = {}): string[] {
  return decideRelease(req, { at, ...context }).refusals.map((r) => r.code);
}

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? error.code : "not a DomainError";
  }
  return undefined;
}

const tenant = { name: "Zhao Min", identityNumber: "310101199201011234", relation: "tenant" as const };

describe("R-REL-1 when a pass is needed", () => {
  it("small items carried temporarily need no pass", () => {
    const decision = decideRelease(request({ items: [umbrella] }), { at });
    expect(decision.outcome).toBe("notRequired");
    expect(decision.rules).toEqual(["R-REL-1"]);
  });

  it("moving out goes through the desk even with small items only", () => {
    const decision = decideRelease(request({ items: [umbrella], reason: "movingOut" }), {
      at,
      accountStatement: statement(),
    });
    expect(decision.outcome).toBe("allow");
    expect(decision.requires.settledAccount).toBe(true);
  });

  it("the owner taking out a sofa temporarily is allowed, listing the items that needed the pass", () => {
    const decision = decideRelease(request({ items: [sofa, umbrella] }), { at });
    expect(decision).toMatchObject({
      outcome: "allow",
      refusals: [],
      date: today,
      itemsNeedingPass: [sofa],
      requires: { ownerConsent: false, companyConsent: false, settledAccount: false },
      rules: ["R-REL-1", "R-REL-2"],
      flags: [],
    });
  });

  it("throws on malformed items before deciding", () => {
    expect(thrownCode(() => decideRelease(request({ items: [] }), { at }))).toBe("REL_NO_ITEMS");
  });
});

describe("R-REL-2 the carrier's identity", () => {
  it("refuses without a name or an identity number", () => {
    const decision = decideRelease(
      request({ carrier: { name: " ", identityNumber: "", relation: "owner" } }),
      { at },
    );
    expect(decision.outcome).toBe("refuse");
    expect(decision.refusals).toEqual([
      expect.objectContaining({ code: "REL_CARRIER_IDENTITY_MISSING", rule: "R-REL-2" }),
    ]);
    expect(decision.refusals[0]?.message).toContain("name, identityNumber");
  });
});

describe("R-REL-3 moving out needs every amount owed settled up to that day", () => {
  const movingOut = request({ reason: "movingOut", items: [sofa, cartons] });

  it("allows a settled account as of the day", () => {
    const decision = decideRelease(movingOut, { at, accountStatement: statement() });
    expect(decision.outcome).toBe("allow");
    expect(decision.rules).toContain("R-REL-3");
  });

  it("refuses without the cashier's statement", () => {
    expect(codes(movingOut)).toEqual(["REL_ACCOUNT_STATEMENT_MISSING"]);
  });

  it("refuses a statement from an earlier day", () => {
    expect(codes(movingOut, { accountStatement: statement({ asOf: "2026-11-20" }) })).toEqual([
      "REL_ACCOUNT_STATEMENT_STALE",
    ]);
  });

  it("refuses unpaid property fees and utilities, showing the totals by kind in both languages", () => {
    const owed = statement({
      outstanding: [
        { kind: "propertyFee", label: "November", amount: parseMoney("268.11") },
        { kind: "propertyFee", label: "December", amount: parseMoney("268.11") },
        { kind: "utility", label: "Water", amount: parseMoney("35.40") },
        { kind: "other", label: "Parking", amount: parseMoney("0") },
      ],
    });
    const [refusal] = decideRelease(movingOut, { at, accountStatement: owed }).refusals;
    expect(refusal?.code).toBe("REL_UNSETTLED_BALANCE");
    expect(refusal?.message).toBe(
      "Moving out needs every amount owed settled: ¥571.62 outstanding (property fees ¥536.22, utilities ¥35.40)",
    );
    expect(refusal?.messageZh).toContain("物业费 ¥536.22，代收水电气费 ¥35.40");
  });

  it("reports a stale statement and the debt it shows together", () => {
    const owed = statement({
      asOf: "2026-11-01",
      outstanding: [{ kind: "other", label: "Repair", amount: parseMoney("80") }],
    });
    expect(codes(movingOut, { accountStatement: owed })).toEqual([
      "REL_ACCOUNT_STATEMENT_STALE",
      "REL_UNSETTLED_BALANCE",
    ]);
  });

  it("does not ask for the account when carrying temporarily", () => {
    expect(codes(request({ items: [sofa] }))).toEqual([]);
  });

  it("throws on a statement for another unit or a negative amount", () => {
    expect(
      thrownCode(() => decideRelease(movingOut, { at, accountStatement: statement({ unitId: "9-101" }) })),
    ).toBe("REL_STATEMENT_WRONG_UNIT");
    const negative = statement({
      outstanding: [{ kind: "utility", label: "Power", amount: parseMoney("-1.00") }],
    });
    expect(thrownCode(() => decideRelease(movingOut, { at, accountStatement: negative }))).toBe(
      "MONEY_INVALID_AMOUNT",
    );
  });
});

describe("R-REL-4 a carrier who is not the owner needs the owner's phoned agreement", () => {
  it.each(["tenant", "familyMember", "domesticWorker"] as const)(
    "a %s without a call is refused",
    (relation) => {
      const decision = decideRelease(request({ carrier: { ...tenant, relation } }), { at });
      expect(decision.refusals.map((r) => r.code)).toEqual(["REL_OWNER_CONSENT_MISSING"]);
      expect(decision.requires.ownerConsent).toBe(true);
    },
  );

  it("names the relation in both languages", () => {
    const [refusal] = decideRelease(request({ carrier: { ...tenant, relation: "domesticWorker" } }), {
      at,
    }).refusals;
    expect(refusal?.message).toContain("domestic worker");
    expect(refusal?.messageZh).toContain("保姆/家政");
  });

  it("a tenant with the owner's agreement that day is allowed", () => {
    const decision = decideRelease(request({ carrier: tenant, ownerConsent: consent() }), { at });
    expect(decision.outcome).toBe("allow");
    expect(decision.rules).toContain("R-REL-4");
  });

  it("owner unreachable: no pass", () => {
    const unreachable = consent({ outcome: "unreachable" });
    expect(codes(request({ carrier: tenant, ownerConsent: unreachable }))).toEqual(["REL_OWNER_UNREACHABLE"]);
  });

  it("owner declined: no pass, with the answer written on it", () => {
    const declined = consent({ outcome: "declined", answer: "the rent is unpaid" });
    const [refusal] = decideRelease(request({ carrier: tenant, ownerConsent: declined }), { at }).refusals;
    expect(refusal?.code).toBe("REL_OWNER_DECLINED");
    expect(refusal?.message).toContain("the rent is unpaid");
    expect(refusal?.message).toContain("2026-11-21T01:50:00.000Z");
  });

  it("a declined call without an answer still says so", () => {
    const declined = consent({ outcome: "declined", answer: undefined });
    const [refusal] = decideRelease(request({ carrier: tenant, ownerConsent: declined }), { at }).refusals;
    expect(refusal?.message).toContain("no reason given");
  });

  it("an agreement phoned on another day does not carry over", () => {
    const yesterday = consent({ calledAt: new Date("2026-11-20T15:59:00Z") }); // 23:59 in Beijing
    expect(codes(request({ carrier: tenant, ownerConsent: yesterday }))).toEqual(["REL_CONSENT_NOT_TODAY"]);
  });

  it("reads the day in the estate's time zone: 00:30 Beijing is already today", () => {
    const justAfterMidnight = consent({ calledAt: new Date("2026-11-20T16:30:00Z") });
    expect(codes(request({ carrier: tenant, ownerConsent: justAfterMidnight }))).toEqual([]);
  });

  it.each([
    ["a call after the decision", { calledAt: new Date("2026-11-21T03:00:00Z") }],
    ["an invalid call time", { calledAt: new Date("nonsense") }],
    ["a blank phone number", { phone: " " }],
    ["a blank contact", { contactName: "" }],
    ["an unknown outcome", { outcome: "maybe" as "agreed" }],
  ])("throws on %s", (_label, overrides) => {
    const bad = consent(overrides);
    expect(thrownCode(() => decideRelease(request({ carrier: tenant, ownerConsent: bad }), { at }))).toBe(
      "REL_INVALID_CONSENT",
    );
  });

  describe("company goods", () => {
    const employee = { ...tenant, relation: "companyEmployee" as const, company: "Acme Ltd" };

    it("an employee carrying company goods needs the owner and the company contact", () => {
      const decision = decideRelease(
        request({ carrier: employee, items: [{ ...sofa, category: "computer" }] }),
        {
          at,
        },
      );
      expect(decision.requires).toMatchObject({ ownerConsent: true, companyConsent: true });
      expect(decision.refusals.map((r) => r.code)).toEqual([
        "REL_OWNER_CONSENT_MISSING",
        "REL_COMPANY_CONSENT_MISSING",
      ]);
    });

    it("with both agreements the employee is allowed", () => {
      const decision = decideRelease(
        request({
          carrier: employee,
          ownerConsent: consent(),
          companyConsent: consent({ contactName: "HR Liu" }),
        }),
        { at },
      );
      expect(decision.outcome).toBe("allow");
    });

    it("the company contact unreachable or declining refuses the pass", () => {
      const both = (outcome: "unreachable" | "declined") =>
        codes(request({ carrier: employee, ownerConsent: consent(), companyConsent: consent({ outcome }) }));
      expect(both("unreachable")).toEqual(["REL_COMPANY_UNREACHABLE"]);
      expect(both("declined")).toEqual(["REL_COMPANY_DECLINED"]);
    });

    it("an employee's own belongings need only the owner", () => {
      const decision = decideRelease(
        request({ carrier: employee, companyGoods: false, ownerConsent: consent() }),
        {
          at,
        },
      );
      expect(decision.requires.companyConsent).toBe(false);
      expect(decision.outcome).toBe("allow");
    });
  });
});

describe("every reason at once", () => {
  it("lists identity, account and consent refusals together", () => {
    const decision = decideRelease(
      request({
        reason: "movingOut",
        carrier: { ...tenant, identityNumber: "" },
        ownerConsent: consent({ outcome: "unreachable" }),
      }),
      { at },
    );
    expect(decision.outcome).toBe("refuse");
    expect(decision.refusals.map((r) => r.code)).toEqual([
      "REL_CARRIER_IDENTITY_MISSING",
      "REL_ACCOUNT_STATEMENT_MISSING",
      "REL_OWNER_UNREACHABLE",
    ]);
    expect(decision.rules).toEqual(["R-REL-1", "R-REL-2", "R-REL-3", "R-REL-4"]);
  });
});
