import { describe, expect, it } from "vitest";
import { parseMoney } from "../../money/index.ts";
import { closeAssemblyVote, openAssemblyVote } from "../assembly-vote.ts";
import { checkBallot } from "../ballot.ts";
import type { AssemblyVote, MaintenanceFundUse } from "../types.ts";
import { assemblyVoteWorkflow, maintenanceFundUseWorkflow } from "../workflow.ts";
import { ballots, register } from "./fixtures.ts";

const manager = { id: "m-1", role: "manager", name: "Zhou" };
const finance = { id: "f-1", role: "finance" };
const at = new Date("2026-11-21T02:00:00Z");
const draft: AssemblyVote = {
  id: "vote-1",
  matter: "maintenanceFund",
  title: "使用维修资金更换3栋电梯",
  opensOn: "2026-11-21",
  closesOn: "2026-12-20",
  status: "draft",
  electorate: register(["a", "100"], ["b", "100"], ["c", "100"], ["d", "100"]),
  ballots: [],
};

describe("R-GOV-1 the assembly vote workflow", () => {
  it("has the shape draft → voting → closed, for the manager", () => {
    expect(
      assemblyVoteWorkflow.table().map((r) => `${r.action}: ${r.from.join("|")} → ${r.to} (${r.roles})`),
    ).toEqual(["open: draft → voting (manager)", "close: voting → closed (manager)"]);
  });

  it("opens with its history event, and refuses a period that ends before it starts", () => {
    const opened = openAssemblyVote(draft, { actor: manager, at });
    expect(opened.ok && opened.event).toMatchObject({
      workflow: "assembly vote",
      action: "open",
      from: "draft",
      to: "voting",
    });
    const backwards = openAssemblyVote({ ...draft, closesOn: "2026-11-20" }, { actor: manager, at });
    expect(!backwards.ok && backwards.refusals.map((r) => r.code)).toEqual(["GOV_INVALID_PERIOD"]);
    const byCashier = openAssemblyVote(draft, { actor: { id: "c", role: "cashier" }, at });
    expect(!byCashier.ok && byCashier.refusals[0]?.code).toBe("WORKFLOW_ROLE_NOT_ALLOWED");
  });

  it("refuses closing before the period ends while owners have not voted", () => {
    const voting = {
      ...draft,
      status: "voting" as const,
      ballots: ballots({ a: "for", b: "for", c: "for" }),
    };
    const early = closeAssemblyVote(voting, { actor: manager, at, date: "2026-12-20" });
    expect(!early.ok && early.refusals[0]).toMatchObject({ code: "GOV_VOTE_STILL_OPEN", rule: "R-GOV-1" });
  });

  it("closes after the period and keeps the tally on the vote and in the event", () => {
    const voting = {
      ...draft,
      status: "voting" as const,
      ballots: ballots({ a: "for", b: "for", c: "for" }),
    };
    const closed = closeAssemblyVote(voting, { actor: manager, at, date: "2026-12-21" });
    if (!closed.ok) throw new Error("expected the vote to close");
    expect(closed.tally).toMatchObject({
      valid: true,
      passed: true,
      participation: { owners: 3, area: "300.00" },
    });
    expect(closed.vote).toMatchObject({ status: "closed", tally: closed.tally });
    expect(closed.event.data).toEqual({ date: "2026-12-21", tally: closed.tally });
  });

  it("closes early once every owner has voted", () => {
    const all = {
      ...draft,
      status: "voting" as const,
      ballots: ballots({ a: "for", b: "against", c: "for", d: "for" }),
    };
    const closed = closeAssemblyVote(all, { actor: manager, at, date: "2026-11-25" });
    expect(closed.ok && closed.tally.passed).toBe(true);
  });
});

describe("R-GOV-1 casting a ballot", () => {
  const voting = { ...draft, status: "voting" as const, ballots: ballots({ a: "for" }) };

  it("accepts an owner on the register during the period", () => {
    expect(checkBallot(voting, { ownerId: "b", choice: "against" }, "2026-12-20")).toEqual([]);
  });

  it("refuses outside the period, after closing, off the register, and a second ballot", () => {
    const code = (refusals: readonly { code: string }[]) => refusals.map((r) => r.code);
    expect(code(checkBallot(voting, { ownerId: "b", choice: "for" }, "2026-12-21"))).toEqual([
      "GOV_VOTE_NOT_OPEN",
    ]);
    expect(code(checkBallot(voting, { ownerId: "b", choice: "for" }, "2026-11-20"))).toEqual([
      "GOV_VOTE_NOT_OPEN",
    ]);
    expect(
      code(checkBallot({ ...voting, status: "closed" }, { ownerId: "b", choice: "for" }, "2026-12-01")),
    ).toEqual(["GOV_VOTE_NOT_OPEN"]);
    expect(code(checkBallot(voting, { ownerId: "tenant", choice: "for" }, "2026-12-01"))).toEqual([
      "GOV_NOT_IN_ELECTORATE",
    ]);
    expect(code(checkBallot(voting, { ownerId: "a", choice: "against" }, "2026-12-01"))).toEqual([
      "GOV_ALREADY_VOTED",
    ]);
  });
});

describe("R-GOV-2 the maintenance fund use workflow", () => {
  const use: MaintenanceFundUse = {
    id: "use-1",
    status: "proposed",
    commonPart: { id: "lift", name: "3栋电梯", warrantyUntil: "2025-12-31" },
    amount: parseMoney("48000.00"),
    purpose: "更换曳引机",
  };

  it("runs proposed → approved → paid → published, or is withdrawn before payment", () => {
    expect(
      maintenanceFundUseWorkflow.table().map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`),
    ).toEqual([
      "approve: proposed → approved",
      "pay: approved → paid",
      "publish: paid → published",
      "withdraw: proposed|approved → withdrawn",
    ]);
    expect(maintenanceFundUseWorkflow.isFinal("published")).toBe(true);
  });

  it("approves on a passed vote and refuses without one", () => {
    const data = { date: "2026-11-21", fundBalance: parseMoney("100000") };
    const vote = { id: "v", matter: "maintenanceFund" as const, status: "closed" as const, passed: true };
    const approve = (d: typeof data & { vote?: typeof vote }) =>
      maintenanceFundUseWorkflow.transition("proposed", use, {
        action: "approve",
        actor: manager,
        at,
        data: d,
      });
    expect(approve({ ...data, vote }).ok).toBe(true);
    const refused = approve(data);
    expect(!refused.ok && refused.refusals.map((r) => r.code)).toEqual(["GOV_FUND_VOTE_MISSING"]);
  });

  it("pays only what the fund still holds, by finance", () => {
    const pay = (fundBalance: string, actor = finance) =>
      maintenanceFundUseWorkflow.transition("approved", use, {
        action: "pay",
        actor,
        at,
        data: { fundBalance: parseMoney(fundBalance) },
      });
    expect(pay("48000.00").ok).toBe(true);
    const short = pay("47999.99");
    expect(!short.ok && short.refusals[0]?.code).toBe("GOV_FUND_INSUFFICIENT_BALANCE");
    const byManager = pay("48000.00", manager);
    expect(!byManager.ok && byManager.refusals[0]?.code).toBe("WORKFLOW_ROLE_NOT_ALLOWED");
  });

  it("publishes with a notice only, and not before payment", () => {
    const publish = (state: "paid" | "approved", notice: string) =>
      maintenanceFundUseWorkflow.transition(state, use, {
        action: "publish",
        actor: manager,
        at,
        data: { notice },
      });
    expect(publish("paid", "3栋电梯更换曳引机，使用维修资金 48000.00 元").ok).toBe(true);
    const blank = publish("paid", " ");
    expect(!blank.ok && blank.refusals[0]?.code).toBe("GOV_FUND_NOTICE_MISSING");
    const early = publish("approved", "notice");
    expect(!early.ok && early.refusals[0]?.code).toBe("WORKFLOW_ACTION_NOT_ALLOWED");
  });
});
