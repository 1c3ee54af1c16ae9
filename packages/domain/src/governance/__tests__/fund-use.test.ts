import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { parseMoney } from "../../money/index.ts";
import { decideMaintenanceFundUse, resolveMaintenanceFundPolicy } from "../fund-use.ts";
import type { BackingVote, MaintenanceFundUse } from "../types.ts";

const lift = { id: "f-1", name: "3栋1号电梯", warrantyUntil: "2026-06-30" };
const use: Pick<MaintenanceFundUse, "commonPart" | "amount" | "purpose" | "emergency"> = {
  commonPart: lift,
  amount: parseMoney("48000.00"),
  purpose: "更换曳引机",
};
const passed: BackingVote = { id: "v-1", matter: "maintenanceFund", status: "closed", passed: true };
const balance = parseMoney("120000.00");
const after = "2026-07-01";

function codes(decision: ReturnType<typeof decideMaintenanceFundUse>) {
  return decision.refusals.map((r) => r.code);
}

describe("R-GOV-2 the maintenance fund pays for common parts out of warranty", () => {
  it("approves a use backed by a passed vote, out of warranty, within the balance", () => {
    const decision = decideMaintenanceFundUse(use, { date: after, fundBalance: balance, vote: passed });
    expect(decision).toEqual({
      outcome: "approve",
      basis: "assemblyVote",
      refusals: [],
      publicationRequired: true,
      rules: ["R-GOV-2", "R-GOV-1"],
    });
  });

  it("refuses on the warranty's last day and accepts the day after", () => {
    const onLastDay = decideMaintenanceFundUse(use, {
      date: "2026-06-30",
      fundBalance: balance,
      vote: passed,
    });
    expect(codes(onLastDay)).toEqual(["GOV_FUND_UNDER_WARRANTY"]);
    expect(onLastDay.refusals[0]?.messageZh).toBe(
      "3栋1号电梯 在保修期内（至 2026-06-30），应由保修责任人承担，不得使用维修资金",
    );
    expect(decideMaintenanceFundUse(use, { date: after, fundBalance: balance, vote: passed }).outcome).toBe(
      "approve",
    );
  });

  it("treats a part with no recorded warranty as out of warranty", () => {
    const roof = { ...use, commonPart: { id: "roof", name: "屋面" } };
    expect(decideMaintenanceFundUse(roof, { date: after, fundBalance: balance, vote: passed }).outcome).toBe(
      "approve",
    );
  });
});

describe("R-GOV-2 every use rests on an assembly vote under R-GOV-1", () => {
  it("refuses without a vote", () => {
    expect(codes(decideMaintenanceFundUse(use, { date: after, fundBalance: balance }))).toEqual([
      "GOV_FUND_VOTE_MISSING",
    ]);
  });

  it("refuses a vote that failed, is still open, or decided another matter", () => {
    const failed = { ...passed, passed: false };
    const open = { ...passed, status: "voting" as const, passed: false };
    const other = { ...passed, matter: "serviceProvider" as const };
    expect(codes(decideMaintenanceFundUse(use, { date: after, fundBalance: balance, vote: failed }))).toEqual(
      ["GOV_FUND_VOTE_NOT_PASSED"],
    );
    expect(codes(decideMaintenanceFundUse(use, { date: after, fundBalance: balance, vote: open }))).toEqual([
      "GOV_FUND_VOTE_NOT_PASSED",
    ]);
    expect(codes(decideMaintenanceFundUse(use, { date: after, fundBalance: balance, vote: other }))).toEqual([
      "GOV_FUND_VOTE_WRONG_MATTER",
    ]);
  });

  it("allows emergency use without a vote only where the estate's local rules do, still to be published", () => {
    const emergency = { ...use, emergency: { reason: "电梯困人停运，危及安全" } };
    expect(codes(decideMaintenanceFundUse(emergency, { date: after, fundBalance: balance }))).toEqual([
      "GOV_FUND_EMERGENCY_NOT_ALLOWED",
    ]);
    const allowed = decideMaintenanceFundUse(emergency, {
      date: after,
      fundBalance: balance,
      policy: { emergencyUseAllowed: true },
    });
    expect(allowed).toMatchObject({ outcome: "approve", basis: "emergency", publicationRequired: true });
  });

  it("does not let an emergency override a vote the owners rejected", () => {
    const emergency = { ...use, emergency: { reason: "屋面漏水" } };
    const decision = decideMaintenanceFundUse(emergency, {
      date: after,
      fundBalance: balance,
      vote: { ...passed, passed: false },
      policy: { emergencyUseAllowed: true },
    });
    expect(codes(decision)).toEqual(["GOV_FUND_VOTE_NOT_PASSED"]);
  });
});

describe("R-GOV-2 the fund pays no more than it holds", () => {
  it("accepts exactly the balance and refuses one fen more, with every other reason", () => {
    expect(
      decideMaintenanceFundUse(use, { date: after, fundBalance: use.amount, vote: passed }).outcome,
    ).toBe("approve");
    const short = decideMaintenanceFundUse(use, {
      date: "2026-01-01",
      fundBalance: parseMoney("47999.99"),
    });
    expect(codes(short)).toEqual([
      "GOV_FUND_UNDER_WARRANTY",
      "GOV_FUND_VOTE_MISSING",
      "GOV_FUND_INSUFFICIENT_BALANCE",
    ]);
    expect(short.refusals[2]?.message).toBe("The use of ¥48,000.00 exceeds the fund's balance of ¥47,999.99");
  });

  it("throws on a malformed use: no positive amount, no purpose, an emergency without reason", () => {
    const code = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return isDomainError(error) ? error.code : "other";
      }
      return undefined;
    };
    const context = { date: after, fundBalance: balance, vote: passed };
    expect(code(() => decideMaintenanceFundUse({ ...use, amount: parseMoney("0") }, context))).toBe(
      "GOV_FUND_INVALID_USE",
    );
    expect(code(() => decideMaintenanceFundUse({ ...use, purpose: " " }, context))).toBe(
      "GOV_FUND_INVALID_USE",
    );
    expect(code(() => decideMaintenanceFundUse({ ...use, emergency: { reason: "" } }, context))).toBe(
      "GOV_FUND_INVALID_USE",
    );
    expect(code(() => resolveMaintenanceFundPolicy({ emergencyUseAllowed: "yes" as never }))).toBe(
      "GOV_FUND_INVALID_USE",
    );
    expect(code(() => decideMaintenanceFundUse(use, { ...context, date: "2026-13-01" }))).toBe(
      "CAL_INVALID_DATE",
    );
  });
});
