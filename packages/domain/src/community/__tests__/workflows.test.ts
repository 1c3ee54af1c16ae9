import { describe, expect, it } from "vitest";
import {
  type CommunityEventActions,
  type CommunityEventStatus,
  communityEventWorkflow,
  type SurveyActions,
  type SurveyStatus,
  surveyWorkflow,
} from "../index.ts";

const desk = { id: "s-1", role: "customer_service", name: "Li" };
const manager = { id: "s-2", role: "manager" };
const owner = { id: "o-1", role: "owner" };
const startsAt = new Date("2026-06-01T01:00:00Z"); // 09:00 in Beijing
const afterStart = new Date("2026-06-01T04:00:00Z");
const beforeStart = new Date("2026-05-31T04:00:00Z");
const event = { startsAt };

const eventData: { [A in keyof CommunityEventActions]: CommunityEventActions[A] } = {
  publicise: undefined,
  openRegistration: undefined,
  hold: undefined,
  archive: { feedback: "42 residents came; the tea stall ran out by ten" },
  cancel: { reason: "typhoon warning" },
};
const EVENT_STATES: readonly CommunityEventStatus[] = [
  "planned",
  "publicised",
  "registrationOpen",
  "held",
  "archived",
  "cancelled",
];

describe("R-COM-2 the community event workflow", () => {
  const rows = communityEventWorkflow.table();

  it("has the procedure's shape: plan, publicity, registration, held, archived — or cancelled", () => {
    expect(rows.map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`)).toEqual([
      "publicise: planned → publicised",
      "openRegistration: publicised → registrationOpen",
      "hold: publicised|registrationOpen → held",
      "archive: held → archived",
      "cancel: planned|publicised|registrationOpen → cancelled",
    ]);
    expect(communityEventWorkflow.definition.initial).toBe("planned");
    expect(EVENT_STATES.filter((s) => communityEventWorkflow.isFinal(s))).toEqual(["archived", "cancelled"]);
  });

  for (const row of rows) {
    for (const from of row.from as CommunityEventStatus[]) {
      const action = row.action as keyof CommunityEventActions;

      it(`${action} from ${from} reaches ${row.to} and yields its history event`, () => {
        const result = communityEventWorkflow.transition(from, event, {
          action,
          actor: desk,
          at: afterStart,
          data: eventData[action],
        });
        expect(result).toEqual({
          ok: true,
          state: row.to,
          event: {
            workflow: "community event",
            action,
            from,
            to: row.to,
            actor: desk,
            at: afterStart,
            ...(eventData[action] === undefined ? {} : { data: eventData[action] }),
          },
        });
      });

      it(`${action} from ${from} is the desk's: a manager may, an owner may not`, () => {
        const request = { action, at: afterStart, data: eventData[action] };
        expect(communityEventWorkflow.transition(from, event, { ...request, actor: manager }).ok).toBe(true);
        const refused = communityEventWorkflow.transition(from, event, { ...request, actor: owner });
        expect(refused.ok || refused.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
      });
    }
  }

  it.each(EVENT_STATES)("from %s every other action is refused", (state) => {
    const open = communityEventWorkflow.actionsFrom(state);
    for (const action of Object.keys(eventData) as (keyof CommunityEventActions)[]) {
      if (open.includes(action)) continue;
      const result = communityEventWorkflow.transition(state, event, {
        action,
        actor: desk,
        at: afterStart,
        data: eventData[action],
      });
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    }
  });

  it("an event cannot be recorded as held before it starts (COM_EVENT_NOT_STARTED)", () => {
    const result = communityEventWorkflow.transition("registrationOpen", event, {
      action: "hold",
      actor: desk,
      at: beforeStart,
      data: undefined,
    });
    expect(result.ok || result.refusals).toEqual([
      expect.objectContaining({
        code: "COM_EVENT_NOT_STARTED",
        rule: "R-COM-2",
        message: "The event starts at 2026-06-01T01:00:00.000Z; it cannot be recorded as held before then",
      }),
    ]);
  });

  it("an event is held from the minute it starts", () => {
    const result = communityEventWorkflow.transition("publicised", event, {
      action: "hold",
      actor: desk,
      at: startsAt,
      data: undefined,
    });
    expect(result.ok && result.state).toBe("held");
  });

  it.each(["", "   "])(
    "archiving with blank feedback %j is refused (COM_EVENT_FEEDBACK_REQUIRED)",
    (feedback) => {
      const result = communityEventWorkflow.transition("held", event, {
        action: "archive",
        actor: desk,
        at: afterStart,
        data: { feedback },
      });
      expect(result.ok || result.refusals).toEqual([
        expect.objectContaining({
          code: "COM_EVENT_FEEDBACK_REQUIRED",
          path: ["feedback"],
          messageZh: "活动归档须记录活动反馈",
        }),
      ]);
    },
  );

  it.each(["", " \n"])(
    "cancelling without a reason %j is refused (COM_EVENT_CANCEL_REASON_REQUIRED)",
    (reason) => {
      const result = communityEventWorkflow.transition("planned", event, {
        action: "cancel",
        actor: desk,
        at: afterStart,
        data: { reason },
      });
      expect(result.ok || result.refusals).toEqual([
        expect.objectContaining({ code: "COM_EVENT_CANCEL_REASON_REQUIRED", path: ["reason"] }),
      ]);
    },
  );
});

const surveyData: { [A in keyof SurveyActions]: SurveyActions[A] } = { open: undefined, close: undefined };
const SURVEY_STATES: readonly SurveyStatus[] = ["draft", "open", "closed"];
const at = new Date("2026-06-01T02:00:00Z");

describe("R-COM-3 the survey workflow", () => {
  const rows = surveyWorkflow.table();

  it("is drafted, opened for answers and closed", () => {
    expect(rows.map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`)).toEqual([
      "open: draft → open",
      "close: open → closed",
    ]);
    expect(surveyWorkflow.definition.initial).toBe("draft");
    expect(SURVEY_STATES.filter((s) => surveyWorkflow.isFinal(s))).toEqual(["closed"]);
  });

  for (const row of rows) {
    for (const from of row.from as SurveyStatus[]) {
      const action = row.action as keyof SurveyActions;

      it(`${action} from ${from} reaches ${row.to} and yields its history event`, () => {
        const result = surveyWorkflow.transition(
          from,
          { questionCount: 4 },
          { action, actor: desk, at, data: undefined },
        );
        expect(result).toEqual({
          ok: true,
          state: row.to,
          event: { workflow: "survey", action, from, to: row.to, actor: desk, at },
        });
      });

      it(`${action} from ${from} is the desk's: an owner may not`, () => {
        const result = surveyWorkflow.transition(
          from,
          { questionCount: 4 },
          { action, actor: owner, at, data: undefined },
        );
        expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
      });
    }
  }

  it.each(SURVEY_STATES)("from %s every other action is refused", (state) => {
    const open = surveyWorkflow.actionsFrom(state);
    for (const action of Object.keys(surveyData) as (keyof SurveyActions)[]) {
      if (open.includes(action)) continue;
      const result = surveyWorkflow.transition(
        state,
        { questionCount: 4 },
        { action, actor: desk, at, data: undefined },
      );
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    }
  });

  it("a survey without questions is not opened (COM_SURVEY_NO_QUESTIONS)", () => {
    const result = surveyWorkflow.transition(
      "draft",
      { questionCount: 0 },
      { action: "open", actor: desk, at, data: undefined },
    );
    expect(result.ok || result.refusals).toEqual([
      expect.objectContaining({ code: "COM_SURVEY_NO_QUESTIONS", rule: "R-COM-3", path: ["questions"] }),
    ]);
  });
});
