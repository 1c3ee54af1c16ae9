import { describe, expect, it } from "vitest";
import {
  advanceIncident,
  declareIncident,
  type EmergencyType,
  type Incident,
  type IncidentAction,
  type IncidentActionData,
  type IncidentStatus,
  incidentWorkflow,
  residentsNotYetNotified,
} from "../index.ts";
import { thrownCode } from "./fixtures.ts";

const declaredAt = new Date("2026-07-15T06:00:00Z");
const guard = { id: "sec-1", role: "security" };
const desk = { id: "cs-1", role: "customer_service" };
const manager = { id: "mgr-1", role: "manager" };

const outage = declareIncident({
  id: "INC-7",
  type: "waterOutage",
  title: "Burst main, building 3 without water",
  planId: "EP-waterOutage",
  declaredAt,
  declaredBy: guard,
  affectedResidentIds: ["r1", "r2", "r3", "r2"],
});

function later(minutes: number): Date {
  return new Date(declaredAt.getTime() + minutes * 60_000);
}

function step<A extends IncidentAction>(
  incident: Incident,
  action: A,
  actor: { id: string; role: string },
  minutes: number,
  data: IncidentActionData[A],
): Incident {
  const result = advanceIncident(incident, { action, actor, at: later(minutes), data });
  if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join(", "));
  return result.incident;
}

function refusals<A extends IncidentAction>(
  incident: Incident,
  action: A,
  data: IncidentActionData[A],
  actor = manager,
) {
  const result = advanceIncident(incident, { action, actor, at: later(60), data });
  return result.ok ? [] : result.refusals.map((r) => r.code);
}

const everyone = ["r1", "r2", "r3"].map((residentId) => ({ residentId, channel: "sms" as const }));

describe("R-EMG-3 declaring an incident", () => {
  it("starts declared, with each affected resident listed once", () => {
    expect(outage).toMatchObject({
      status: "declared",
      affectedResidentIds: ["r1", "r2", "r3"],
      notifications: [],
    });
  });

  it("refuses an unknown type or a blank title", () => {
    const base = { ...outage, declaredBy: guard };
    expect(thrownCode(() => declareIncident({ ...base, type: "meteor" as EmergencyType }))).toBe(
      "EMG_UNKNOWN_TYPE",
    );
    expect(thrownCode(() => declareIncident({ ...base, title: " " }))).toBe("EMG_FIELD_REQUIRED");
  });
});

describe("R-EMG-3 from declaration to review", () => {
  it("notifies everyone, logs actions, closes and records the lessons", () => {
    let incident = step(outage, "recordNotifications", desk, 5, { notifications: everyone.slice(0, 2) });
    expect(residentsNotYetNotified(incident)).toEqual(["r3"]);
    incident = step(incident, "logAction", guard, 6, { description: "Main valve closed" });
    expect(incident.status).toBe("declared");
    incident = step(incident, "notifyResidents", { id: "sms", role: "system" }, 10, {
      notifications: [{ residentId: "r3", channel: "phone" }],
    });
    expect(incident.status).toBe("residentsNotified");
    incident = step(incident, "logAction", { id: "eng-1", role: "engineering" }, 90, {
      description: "Pipe repaired",
    });
    incident = step(incident, "logAction", guard, 95, { description: "Water tanker withdrawn" });
    incident = step(incident, "close", manager, 120, { summary: "Supply restored after 2 hours" });
    incident = step(incident, "review", manager, 3 * 24 * 60, {
      lessonsLearned: ["Keep a spare valve", " "],
    });
    expect(incident.status).toBe("reviewed");
    expect(incident.notifications.map((n) => [n.residentId, n.channel, n.by])).toEqual([
      ["r1", "sms", "cs-1"],
      ["r2", "sms", "cs-1"],
      ["r3", "phone", "sms"],
    ]);
    expect(incident.actions.map((a) => [a.description, a.by])).toEqual([
      ["Main valve closed", "sec-1"],
      ["Pipe repaired", "eng-1"],
      ["Water tanker withdrawn", "sec-1"],
    ]);
    expect(incident.review).toEqual({
      at: later(3 * 24 * 60),
      by: "mgr-1",
      lessonsLearned: ["Keep a spare valve"],
    });
    expect(incident.closedAt).toEqual(later(120));
  });
});

describe("R-EMG-3 refusals", () => {
  it("refuses to mark residents notified while some are not, naming them", () => {
    const result = advanceIncident(outage, {
      action: "notifyResidents",
      actor: desk,
      at: later(5),
      data: { notifications: everyone.slice(0, 1) },
    });
    expect(result.ok || result.refusals[0]).toMatchObject({
      code: "EMG_RESIDENTS_NOT_NOTIFIED",
      message: expect.stringContaining("2 affected resident(s)"),
      messageZh: expect.stringContaining("r2, r3"),
    });
  });

  it("shortens a long list of residents not yet told", () => {
    const many = declareIncident({ ...outage, affectedResidentIds: ["a", "b", "c", "d", "e", "f", "g"] });
    const result = advanceIncident(many, {
      action: "notifyResidents",
      actor: desk,
      at: later(5),
      data: { notifications: [] },
    });
    expect(result.ok || result.refusals[0]?.message).toContain("a, b, c, d, e, …");
  });

  it("refuses notifications of residents the incident does not affect, and an empty batch", () => {
    const stranger = [{ residentId: "r9", channel: "sms" as const }];
    expect(refusals(outage, "recordNotifications", { notifications: stranger }, desk)).toEqual([
      "EMG_UNKNOWN_RESIDENT",
    ]);
    expect(refusals(outage, "notifyResidents", { notifications: [...everyone, ...stranger] }, desk)).toEqual([
      "EMG_UNKNOWN_RESIDENT",
    ]);
    expect(refusals(outage, "recordNotifications", { notifications: [] }, desk)).toEqual([
      "EMG_FIELD_REQUIRED",
    ]);
  });

  it("refuses a blank action", () => {
    expect(refusals(outage, "logAction", { description: "" })).toEqual(["EMG_FIELD_REQUIRED"]);
    const notified = { ...outage, status: "residentsNotified" as const };
    expect(refusals(notified, "logAction", { description: " " })).toEqual(["EMG_FIELD_REQUIRED"]);
  });

  it("refuses to close before everyone is told and something is logged, and without a summary", () => {
    expect(refusals(outage, "close", { summary: "" })).toEqual([
      "EMG_RESIDENTS_NOT_NOTIFIED",
      "EMG_NO_ACTIONS_LOGGED",
      "EMG_FIELD_REQUIRED",
    ]);
  });

  it("refuses a review without lessons learned", () => {
    const closed = { ...outage, status: "closed" as const };
    expect(refusals(closed, "review", { lessonsLearned: [] })).toEqual(["EMG_LESSONS_REQUIRED"]);
    expect(refusals(closed, "review", { lessonsLearned: ["  "] })).toEqual(["EMG_LESSONS_REQUIRED"]);
  });
});

describe("the incident workflow table, row by row", () => {
  const told = outage.affectedResidentIds.map((residentId) => ({
    residentId,
    channel: "sms" as const,
    at: declaredAt,
    by: "cs-1",
  }));
  const ready: Incident = {
    ...outage,
    notifications: told,
    actions: [{ description: "Valve closed", at: declaredAt, by: "sec-1" }],
  };
  const validData: { [A in IncidentAction]: IncidentActionData[A] } = {
    recordNotifications: { notifications: everyone },
    notifyResidents: { notifications: [] },
    logAction: { description: "Checked the pumps" },
    close: { summary: "Done" },
    review: { lessonsLearned: ["Drill the water plan"] },
  };
  const rows = incidentWorkflow
    .table()
    .flatMap((row) => row.from.map((from) => ({ ...row, from: from as IncidentStatus })));

  function act(from: IncidentStatus, action: IncidentAction, role: string) {
    const request = { action, actor: { id: "x", role }, at: later(30), data: validData[action] };
    return advanceIncident({ ...ready, status: from }, request as Parameters<typeof advanceIncident>[1]);
  }

  it.each(rows.map((r) => [r.action, r.from, r.to, r.roles] as const))(
    "%s from %s goes to %s",
    (action, from, to, roles) => {
      const result = act(from, action as IncidentAction, roles[0] ?? "manager");
      expect(result.ok && [result.incident.status, result.event.from, result.event.to]).toEqual([
        to,
        from,
        to,
      ]);
    },
  );

  it.each(rows.map((r) => [r.action, r.from] as const))("%s from %s refuses a cashier", (action, from) => {
    const result = act(from, action as IncidentAction, "cashier");
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  const states = incidentWorkflow.definition.states;
  const actions = [...new Set(incidentWorkflow.table().map((r) => r.action))];
  const notAllowed = actions.flatMap((action) =>
    states
      .filter((s) => !rows.some((r) => r.action === action && r.from === s))
      .map((s) => [action, s] as const),
  );
  it.each(notAllowed)("%s is not allowed from %s", (action, from) => {
    const result = act(from, action as IncidentAction, "manager");
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });
});
