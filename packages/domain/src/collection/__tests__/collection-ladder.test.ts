import { describe, expect, it } from "vitest";
import {
  type CollectionAttemptRequest,
  type CollectionCase,
  type CollectionMeasure,
  collectionWorkflow,
  nextCollectionSteps,
  openCollectionCase,
  recordCollectionAttempt,
  type UtilityCutOff,
} from "../index.ts";

const officer = { id: "staff-9", role: "customer_service", name: "李管家" };
/** 10:00 in Shanghai on a business date. */
const on = (date: string) => new Date(`${date}T02:00:00Z`);

const opened = openCollectionCase({ caseId: "case-1", unitId: "3-1-502", dueDate: "2026-10-31" });

function attempt(
  c: CollectionCase,
  measure: CollectionMeasure,
  date: string,
  extra: Partial<CollectionAttemptRequest> = {},
) {
  return recordCollectionAttempt(c, {
    measure,
    actor: officer,
    at: on(date),
    outcome: "noResponse",
    ...extra,
  });
}

function done(result: ReturnType<typeof attempt>): CollectionCase {
  if (!result.ok) throw new Error(`refused: ${result.refusals.map((r) => r.code).join(", ")}`);
  return result.collectionCase;
}

function codes(result: ReturnType<typeof attempt>): readonly string[] {
  return result.ok ? [] : result.refusals.map((r) => r.code);
}

/** A case walked up the ladder: reminder 11-01, call 11-08, written demand 12-08 (deadline 12-23). */
function demanded(): CollectionCase {
  const reminded = done(attempt(opened, "reminder", "2026-11-01"));
  const contacted = done(attempt(reminded, "call", "2026-11-08", { outcome: "refusedToPay" }));
  return done(attempt(contacted, "writtenDemand", "2026-12-08"));
}

describe("R-FEE-10 the collection ladder", () => {
  describe("starts once the account is in arrears (R-FEE-5)", () => {
    it("opens on the day after the due date, with a reminder as the first step", () => {
      expect(opened).toMatchObject({ arrearsSince: "2026-11-01", stage: "inArrears", attempts: [] });
      expect(nextCollectionSteps(opened)).toEqual({
        stage: "inArrears",
        escalation: { steps: ["reminder"], earliest: "2026-11-01" },
        repeatable: [],
        rules: ["R-FEE-10"],
      });
    });

    it("refuses a collection reminder while the bill is not yet overdue", () => {
      expect(codes(attempt(opened, "reminder", "2026-10-31"))).toEqual(["COL_NOT_YET_IN_ARREARS"]);
    });

    it("reads the date in the estate's time zone: 01:00 in Shanghai is already the next day", () => {
      const result = recordCollectionAttempt(opened, {
        measure: "reminder",
        actor: officer,
        at: new Date("2026-10-31T17:00:00Z"),
        outcome: "noResponse",
        channel: "sms",
      });
      expect(result.ok && result.attempt).toMatchObject({
        step: "reminder",
        on: "2026-11-01",
        channel: "sms",
      });
    });
  });

  describe("records every attempt with a history event", () => {
    it("moves the case up and returns the event and the attempt", () => {
      const result = attempt(opened, "reminder", "2026-11-01", { note: "SMS sent" });
      expect(result).toMatchObject({
        ok: true,
        event: {
          workflow: "collection",
          action: "reminder",
          from: "inArrears",
          to: "reminded",
          actor: officer,
        },
        attempt: { step: "reminder", on: "2026-11-01", by: officer, outcome: "noResponse", note: "SMS sent" },
        collectionCase: { stage: "reminded", stageSince: "2026-11-01" },
      });
      expect(done(result).attempts).toHaveLength(1);
      expect(opened.attempts).toHaveLength(0);
    });

    it("lets a lower step be repeated without moving the case or its waiting time", () => {
      const reminded = done(attempt(opened, "reminder", "2026-11-01"));
      const again = done(attempt(reminded, "reminder", "2026-11-03"));
      expect(again).toMatchObject({ stage: "reminded", stageSince: "2026-11-01" });
      expect(again.attempts).toHaveLength(2);
      expect(nextCollectionSteps(again).escalation).toEqual({
        steps: ["call", "visit"],
        earliest: "2026-11-08",
      });
    });

    it("refuses an attempt recorded before the last one", () => {
      const reminded = done(attempt(opened, "reminder", "2026-11-05"));
      expect(codes(attempt(reminded, "reminder", "2026-11-04"))).toEqual(["COL_ATTEMPT_OUT_OF_ORDER"]);
    });
  });

  describe("no skipped steps", () => {
    it("refuses a written demand before any call or visit, naming the missing step", () => {
      const reminded = done(attempt(opened, "reminder", "2026-11-01"));
      const result = attempt(reminded, "writtenDemand", "2026-12-31");
      expect(result).toEqual({
        ok: false,
        refusals: [
          expect.objectContaining({
            code: "COL_STEP_SKIPPED",
            rule: "R-FEE-10",
            message: 'Collection cannot jump to "writtenDemand": "call or visit" comes first',
            messageZh: "催缴不能越级到「书面催告」：须先进行「电话催缴或上门催缴」",
          }),
        ],
      });
    });

    it("refuses going to court before a reminder", () => {
      const result = attempt(opened, "referral", "2027-06-01");
      expect(result.ok || result.refusals[0]?.message).toContain('"reminder" comes first');
    });

    it("refuses a second written demand and anything after the referral", () => {
      const case1 = demanded();
      expect(codes(attempt(case1, "writtenDemand", "2026-12-20"))).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
      const referred = done(attempt(case1, "referral", "2026-12-24"));
      expect(codes(attempt(referred, "call", "2027-01-05"))).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    });
  });

  describe("waits by policy", () => {
    it("allows a call or visit 7 days after the first reminder", () => {
      const reminded = done(attempt(opened, "reminder", "2026-11-01"));
      expect(attempt(reminded, "visit", "2026-11-07")).toEqual({
        ok: false,
        refusals: [
          expect.objectContaining({
            code: "COL_STEP_TOO_EARLY",
            message: '"visit" is allowed from 2026-11-08',
          }),
        ],
      });
      expect(done(attempt(reminded, "visit", "2026-11-08")).stage).toBe("contacted");
    });

    it("allows a written demand 30 days after the first call or visit, with a 15-day deadline", () => {
      const reminded = done(attempt(opened, "reminder", "2026-11-01"));
      const contacted = done(attempt(reminded, "call", "2026-11-08"));
      expect(nextCollectionSteps(contacted)).toMatchObject({
        escalation: { steps: ["writtenDemand"], earliest: "2026-12-08" },
        repeatable: ["reminder", "call", "visit"],
      });
      expect(codes(attempt(contacted, "writtenDemand", "2026-12-07"))).toEqual(["COL_STEP_TOO_EARLY"]);
      const result = attempt(contacted, "writtenDemand", "2026-12-08");
      expect(result.ok && result.attempt.deadline).toBe("2026-12-23");
      expect(done(result)).toMatchObject({ stage: "demanded", demandDeadline: "2026-12-23" });
    });

    it("refers to arbitration or court only after the demand's deadline has passed", () => {
      const case1 = demanded();
      expect(nextCollectionSteps(case1).escalation).toEqual({ steps: ["referral"], earliest: "2026-12-24" });
      expect(codes(attempt(case1, "referral", "2026-12-23"))).toEqual(["COL_STEP_TOO_EARLY"]);
      const referred = done(attempt(case1, "referral", "2026-12-24"));
      expect(nextCollectionSteps(referred)).toEqual({
        stage: "referred",
        repeatable: [],
        rules: ["R-FEE-10"],
      });
    });

    it("follows the estate's own pacing", () => {
      const policy = { daysFromReminderToContact: 3, daysFromContactToDemand: 10, demandDeadlineDays: 30 };
      const reminded = done(attempt(opened, "reminder", "2026-11-01"));
      const contacted = done(
        recordCollectionAttempt(
          reminded,
          { measure: "call", actor: officer, at: on("2026-11-04"), outcome: "reached" },
          policy,
        ),
      );
      expect(nextCollectionSteps(contacted, policy).escalation?.earliest).toBe("2026-11-14");
    });

    it("refuses a policy without a reasonable demand deadline, or with negative days", () => {
      expect(() => nextCollectionSteps(opened, { demandDeadlineDays: 0 })).toThrow(
        expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS", path: ["demandDeadlineDays"] }),
      );
      expect(() =>
        recordCollectionAttempt(
          opened,
          { measure: "reminder", actor: officer, at: on("2026-11-01"), outcome: "noResponse" },
          { daysFromReminderToContact: -1 },
        ),
      ).toThrow(expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS" }));
    });
  });

  describe("a promise to pay holds escalation until the promised date has passed", () => {
    it("refuses a call before the promised date and allows it the day after", () => {
      const promised = done(
        attempt(opened, "reminder", "2026-11-01", { outcome: "promisedToPay", promisedBy: "2026-11-15" }),
      );
      expect(promised.promisedBy).toBe("2026-11-15");
      expect(attempt(promised, "call", "2026-11-15")).toEqual({
        ok: false,
        refusals: [expect.objectContaining({ code: "COL_PROMISE_TO_PAY_PENDING" })],
      });
      expect(nextCollectionSteps(promised).escalation?.earliest).toBe("2026-11-16");
      expect(done(attempt(promised, "call", "2026-11-16")).stage).toBe("contacted");
    });

    it("still allows reminders while the promise stands", () => {
      const promised = done(
        attempt(opened, "reminder", "2026-11-01", { outcome: "promisedToPay", promisedBy: "2026-11-15" }),
      );
      expect(done(attempt(promised, "reminder", "2026-11-14")).stage).toBe("reminded");
    });

    it("needs the promised date", () => {
      expect(() => attempt(opened, "reminder", "2026-11-01", { outcome: "promisedToPay" })).toThrow(
        expect.objectContaining({ code: "COL_PROMISE_WITHOUT_DATE" }),
      );
    });
  });

  describe("cutting water, power, heating or gas is never allowed (Civil Code art. 944)", () => {
    const cutOffs: UtilityCutOff[] = ["cutWater", "cutPower", "cutHeating", "cutGas"];

    it("refuses every utility cut-off at every stage, citing art. 944", () => {
      const stages = [opened, done(attempt(opened, "reminder", "2026-11-01")), demanded()];
      for (const c of stages) {
        for (const measure of cutOffs) {
          const result = attempt(c, measure, "2027-06-01");
          expect(result).toEqual({
            ok: false,
            refusals: [
              expect.objectContaining({
                code: "COL_UTILITY_CUTOFF_FORBIDDEN",
                rule: "R-FEE-10",
                message: expect.stringContaining("Civil Code art. 944"),
                messageZh: expect.stringContaining("《民法典》第九百四十四条"),
              }),
            ],
          });
        }
      }
    });

    it("never offers one as a next step, and the ladder has no such action", () => {
      let c = opened;
      const seen = new Set<string>();
      for (const [measure, date] of [
        ["reminder", "2026-11-01"],
        ["visit", "2026-11-08"],
        ["writtenDemand", "2026-12-08"],
        ["referral", "2026-12-24"],
      ] as const) {
        const outlook = nextCollectionSteps(c);
        for (const step of [...(outlook.escalation?.steps ?? []), ...outlook.repeatable]) seen.add(step);
        c = done(attempt(c, measure, date));
      }
      expect([...seen].some((s) => s.startsWith("cut"))).toBe(false);
      expect(collectionWorkflow.table().some((row) => row.action.startsWith("cut"))).toBe(false);
    });
  });

  it("prints its transition table", () => {
    const table = collectionWorkflow.table();
    expect(table.filter((row) => row.from.includes(row.to) === false).map((row) => row.action)).toEqual([
      "reminder",
      "call",
      "visit",
      "writtenDemand",
      "referral",
    ]);
    expect(table.every((row) => row.rules.includes("R-FEE-10") && row.guarded)).toBe(true);
    expect(collectionWorkflow.isFinal("referred")).toBe(true);
  });

  it("refuses an invalid time", () => {
    expect(() =>
      recordCollectionAttempt(opened, {
        measure: "reminder",
        actor: officer,
        at: new Date(Number.NaN),
        outcome: "noResponse",
      }),
    ).toThrow(expect.objectContaining({ code: "CAL_INVALID_INSTANT" }));
  });
});
