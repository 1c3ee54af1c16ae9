import { describe, expect, it } from "vitest";
import { defineErrors } from "../../errors/index.ts";
import { defineWorkflow } from "../index.ts";

const doorErrors = defineErrors({
  DOOR_LOCKED: { message: () => ({ en: "The door is locked", zh: "门已上锁" }) },
});

type DoorState = "closed" | "open" | "removed";
interface Door {
  locked: boolean;
}
const door = defineWorkflow<DoorState, { open: { by: string }; close: undefined; remove: undefined }, Door>({
  name: "door",
  states: ["closed", "open", "removed"],
  initial: "closed",
  final: ["removed"],
  transitions: [
    {
      action: "open",
      from: "closed",
      to: "open",
      rules: ["R-TEST-1"],
      guard: ({ record }) => (record.locked ? doorErrors.DOOR_LOCKED.refuse(undefined) : undefined),
    },
    { action: "close", from: "open", to: "closed" },
    { action: "remove", from: ["open", "closed"], to: "removed", roles: ["manager"] },
  ],
});

const at = new Date("2026-11-21T02:00:00Z");
const clerk = { id: "u1", role: "customer_service" };
const manager = { id: "u2", role: "manager" };

describe("the workflow kit", () => {
  it("accepts a transition and returns the new state with its history event", () => {
    const result = door.transition(
      "closed",
      { locked: false },
      { action: "open", actor: clerk, at, data: { by: "key" } },
    );
    expect(result).toEqual({
      ok: true,
      state: "open",
      event: {
        workflow: "door",
        action: "open",
        from: "closed",
        to: "open",
        actor: clerk,
        at,
        data: { by: "key" },
      },
    });
  });

  it("refuses an action the current state does not allow", () => {
    const result = door.transition(
      "open",
      { locked: false },
      { action: "open", actor: clerk, at, data: { by: "key" } },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });

  it("returns the guard's refusal with both messages", () => {
    const result = door.transition(
      "closed",
      { locked: true },
      { action: "open", actor: clerk, at, data: { by: "key" } },
    );
    expect(result).toEqual({
      ok: false,
      refusals: [{ code: "DOOR_LOCKED", message: "The door is locked", messageZh: "门已上锁" }],
    });
  });

  it("refuses a role the transition does not name", () => {
    const refused = door.transition(
      "open",
      { locked: false },
      { action: "remove", actor: clerk, at, data: undefined },
    );
    expect(refused.ok || refused.refusals[0]?.code).toBe("WORKFLOW_ROLE_NOT_ALLOWED");
    expect(
      door.transition("open", { locked: false }, { action: "remove", actor: manager, at, data: undefined })
        .ok,
    ).toBe(true);
  });

  it("refuses an unknown action", () => {
    const paint = { action: "paint", actor: clerk, at, data: undefined } as const;
    // @ts-expect-error the action is not in the table
    const result = door.transition("open", { locked: false }, paint);
    expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_UNKNOWN_ACTION");
  });

  it("lists the actions from a state and knows final states", () => {
    expect(door.actionsFrom("closed")).toEqual(["open", "remove"]);
    expect(door.actionsFrom("removed")).toEqual([]);
    expect(door.isFinal("removed")).toBe(true);
  });

  it("prints its table", () => {
    expect(door.table()[0]).toEqual({
      action: "open",
      from: ["closed"],
      to: "open",
      roles: [],
      rules: ["R-TEST-1"],
      guarded: true,
      note: "",
    });
  });

  it("rejects a table with a transition out of a final state", () => {
    expect(() =>
      defineWorkflow<"a" | "b", { go: undefined }, null>({
        name: "bad",
        states: ["a", "b"],
        initial: "a",
        final: ["b"],
        transitions: [{ action: "go", from: "b", to: "a" }],
      }),
    ).toThrow(/final state/);
  });
});
