import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { parseMoney } from "../../money/index.ts";
import {
  approveReleasePass,
  archiveReleasePass,
  decideRelease,
  type ReleasePass,
  type ReleasePassActions,
  type ReleasePassSignOff,
  type ReleasePassStatus,
  refuseReleasePass,
  releaseAtGate,
  releasePassWorkflow,
  requestReleasePass,
} from "../index.ts";
import { at, consent, request, sofa, statement } from "./fixtures.ts";

const desk = { id: "s1", role: "customer_service", name: "Li" };
const guard = { id: "s2", role: "security", name: "Chen" };
const archivist = { id: "s3", role: "archivist" };
const later = new Date("2026-11-21T03:00:00Z");
const nextDay = new Date("2026-11-22T03:00:00Z");
const signOff: ReleasePassSignOff = {
  deskOfficer: { name: "Li", signedAt: at },
  carrier: { name: "Wang Wei", signedAt: at },
  blankLinesStruckThrough: true,
};

const base = requestReleasePass({ id: "p-1", ...request() }, { at });
const approved: ReleasePass = { ...base, status: "approved", decision: decideRelease(base, { at }) };

/** Data each action accepts when everything is in order. */
const validData: { [A in keyof ReleasePassActions]: ReleasePassActions[A] } = {
  approve: {},
  refuse: { reason: "owner unreachable" },
  release: { signOff, itemsMatchPass: true },
  archive: undefined,
};
const allowedActor: Record<string, { id: string; role: string }> = {
  customer_service: desk,
  security: guard,
};

function recordIn(state: ReleasePassStatus): ReleasePass {
  return state === "requested" ? base : { ...approved, status: state };
}

describe("release pass workflow table", () => {
  const rows = releasePassWorkflow.table();

  it("has the procedure's shape: requested → approved | refused → released → archived", () => {
    expect(rows.map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`)).toEqual([
      "approve: requested → approved",
      "refuse: requested → refused",
      "release: approved → released",
      "archive: released|refused → archived",
    ]);
    expect(releasePassWorkflow.isFinal("archived")).toBe(true);
  });

  for (const row of rows) {
    for (const from of row.from as ReleasePassStatus[]) {
      const action = row.action as keyof ReleasePassActions;
      const actor = allowedActor[row.roles[0] ?? ""] ?? desk;

      it(`${action} from ${from} reaches ${row.to} and yields its history event`, () => {
        const result = releasePassWorkflow.transition(from, recordIn(from), {
          action,
          actor,
          at: later,
          data: validData[action],
        });
        expect(result.ok && result.event).toMatchObject({
          workflow: "release pass",
          action,
          from,
          to: row.to,
          actor,
          at: later,
        });
      });

      if (row.roles.length > 0) {
        it(`${action} from ${from} refuses a role it does not name`, () => {
          const outsider = { id: "x", role: "owner" };
          const result = releasePassWorkflow.transition(from, recordIn(from), {
            action,
            actor: outsider,
            at: later,
            data: validData[action],
          });
          expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
        });
      }
    }
  }

  it.each(["requested", "approved", "refused", "released", "archived"] as const)(
    "from %s every other action is refused",
    (state) => {
      const open = releasePassWorkflow.actionsFrom(state);
      for (const action of Object.keys(validData) as (keyof ReleasePassActions)[]) {
        if (open.includes(action)) continue;
        const result = releasePassWorkflow.transition(state, recordIn(state), {
          action,
          actor: allowedActor.security ?? guard,
          at: later,
          data: validData[action],
        });
        expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_ACTION_NOT_ALLOWED");
      }
    },
  );
});

describe("release pass guards", () => {
  it("approve refuses with every reason of the desk's decision", () => {
    const pass = requestReleasePass(
      {
        id: "p-2",
        ...request({
          reason: "movingOut",
          carrier: { name: "Zhao", identityNumber: "x", relation: "tenant" },
          ownerConsent: consent({ outcome: "unreachable" }),
        }),
      },
      { at },
    );
    const result = approveReleasePass(pass, { actor: desk, at });
    expect(result.ok).toBe(false);
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual([
      "REL_ACCOUNT_STATEMENT_MISSING",
      "REL_OWNER_UNREACHABLE",
    ]);
    expect(result.decision.outcome).toBe("refuse");
  });

  it("refuse needs a reason", () => {
    const result = refuseReleasePass(base, { actor: desk, at, reason: "  " });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["REL_REFUSAL_REASON_MISSING"]);
  });

  it("refuse accepts the decision's refusals in place of a sentence", () => {
    const refusals = decideRelease(request({ reason: "movingOut" }), { at }).refusals;
    const result = refuseReleasePass(base, { actor: desk, at, reason: "", refusals });
    expect(result.ok && result.pass.refusal?.refusals).toEqual(refusals);
  });

  it("release refuses a pass without signatures, with unstruck lines, or with items that do not match", () => {
    const result = releaseAtGate(approved, {
      actor: guard,
      at: later,
      signOff: { blankLinesStruckThrough: false },
      itemsMatchPass: false,
    });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual([
      "REL_DESK_SIGNATURE_MISSING",
      "REL_CARRIER_SIGNATURE_MISSING",
      "REL_BLANK_LINES_NOT_STRUCK",
      "REL_ITEMS_DO_NOT_MATCH",
    ]);
  });

  it("R-REL-3: a move-out approved today cannot leave tomorrow on today's settlement", () => {
    const pass = requestReleasePass({ id: "p-3", ...request({ reason: "movingOut" }) }, { at });
    const approval = approveReleasePass(pass, { actor: desk, at, accountStatement: statement() });
    expect(approval.ok).toBe(true);
    if (!approval.ok) return;
    const tomorrow = releaseAtGate(approval.pass, {
      actor: guard,
      at: nextDay,
      signOff,
      itemsMatchPass: true,
    });
    expect(tomorrow.ok || tomorrow.refusals.map((r) => r.code)).toEqual(["REL_APPROVAL_OUTDATED"]);
    expect(releaseAtGate(approval.pass, { actor: guard, at: later, signOff, itemsMatchPass: true }).ok).toBe(
      true,
    );
  });

  it("R-REL-3: a pass moved to approved without a recorded decision is dated by its request", () => {
    const bare: ReleasePass = {
      ...requestReleasePass({ id: "p-4", ...request({ reason: "movingOut" }) }, { at }),
      status: "approved",
    };
    const result = releaseAtGate(bare, { actor: guard, at: nextDay, signOff, itemsMatchPass: true });
    expect(result.ok || result.refusals[0]?.message).toContain("settled up to 2026-11-21");
  });

  it("a temporary removal may leave on a later day", () => {
    expect(releaseAtGate(approved, { actor: guard, at: nextDay, signOff, itemsMatchPass: true }).ok).toBe(
      true,
    );
  });
});

describe("release pass, start to finish", () => {
  it("a tenant moving out with the owner's agreement and a settled account", () => {
    const pass = requestReleasePass(
      {
        id: "p-9",
        ...request({
          reason: "movingOut",
          carrier: { name: "Zhao Min", identityNumber: "310101199201011234", relation: "tenant" },
          ownerConsent: consent(),
          items: [sofa, { description: "fridge", category: "appliance", quantity: 1 }],
        }),
      },
      { at },
    );
    expect(pass.status).toBe("requested");

    const owing = statement({
      outstanding: [{ kind: "utility", label: "Water", amount: parseMoney("12.00") }],
    });
    const refused = approveReleasePass(pass, { actor: desk, at, accountStatement: owing });
    expect(refused.ok || refused.refusals.map((r) => r.code)).toEqual(["REL_UNSETTLED_BALANCE"]);

    const approval = approveReleasePass(pass, { actor: desk, at, accountStatement: statement() });
    if (!approval.ok) throw new Error("expected approval");
    expect(approval.pass.decision?.outcome).toBe("allow");
    expect(approval.event.to).toBe("approved");

    const released = releaseAtGate(approval.pass, { actor: guard, at: later, signOff, itemsMatchPass: true });
    if (!released.ok) throw new Error("expected release");
    expect(released.pass).toMatchObject({
      status: "released",
      releasedAt: later,
      releasedBy: guard,
      signOff,
    });

    const archived = archiveReleasePass(released.pass, { actor: archivist, at: nextDay });
    expect(archived.ok && archived.pass).toMatchObject({ status: "archived", archivedAt: nextDay });
  });

  it("a refused pass is archived too", () => {
    const refused = refuseReleasePass(base, { actor: desk, at, reason: "owner unreachable" });
    if (!refused.ok) throw new Error("expected refusal");
    expect(refused.pass.refusal).toEqual({ reason: "owner unreachable", refusals: [] });
    expect(archiveReleasePass(refused.pass, { actor: desk, at: later }).ok).toBe(true);
  });

  it("requesting a pass checks the items, the instant and the time zone", () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isDomainError(error) ? error.code : "other";
      }
      return undefined;
    };
    expect(code(() => requestReleasePass({ id: "p", ...request({ items: [] }) }, { at }))).toBe(
      "REL_NO_ITEMS",
    );
    expect(code(() => requestReleasePass({ id: "p", ...request() }, { at: new Date("x") }))).toBe(
      "CAL_INVALID_INSTANT",
    );
    expect(
      code(() => requestReleasePass({ id: "p", ...request() }, { at, policy: { timeZone: "Mars/Base" } })),
    ).toBe("CAL_INVALID_TIME_ZONE");
  });
});
