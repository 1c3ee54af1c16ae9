import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { createWuyeEvents, type WuyeEvents } from "../src/pubsub/index.ts";
import { startComplaintEscalation } from "../src/server/complaint-escalation-timer.ts";
import { createWuyeServer } from "../src/server/create-server.ts";
import { escalateUnresolvedComplaints } from "../src/services/complaint-escalation.ts";
import { classifiedComplaint, complaintMutation, type Json } from "./complaints-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, tokensFor, type World } from "./support/world.ts";

/** Monday 2 March 2026, 09:00 in Shanghai. */
const START = new Date("2026-03-02T01:00:00.000Z");
let clock = START;
const later = (minutes: number) => new Date(START.getTime() + minutes * 60_000);
const WEEK = 7 * 24 * 60;

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;
let events: WuyeEvents;

beforeAll(async () => {
  api = await startTestApi({ now: () => clock, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  events = createWuyeEvents();
});
afterAll(async () => {
  await events?.close();
  await api?.close();
});

const sweepAt = (at: Date) =>
  escalateUnresolvedComplaints({ prisma: api.db.prisma, pubsub: events.pubsub, now: at });

const idOf = (globalIdValue: string) => Buffer.from(globalIdValue, "base64").toString().split(":")[1]!;

/** A fresh minor complaint classified at START (each test files its own). */
async function minorComplaint(): Promise<string> {
  clock = START;
  tokens = await tokensFor(api, world);
  return classifiedComplaint(api, world, tokens);
}

async function severityEvents(globalIdValue: string) {
  return api.db.prisma.workflowEvent.findMany({
    where: { workflow: "complaint", recordId: idOf(globalIdValue), action: "reevaluateSeverity" },
    select: { actorId: true, actorRole: true, at: true },
  });
}

async function readComplaint(globalIdValue: string): Promise<Json> {
  tokens = await tokensFor(api, world);
  const result = await api.graphql<{ node: Json }>(
    `query ($id: ID!) { node(id: $id) { ... on Complaint {
      severity criteria severityHistory { kind from to actor { role } criteria }
      deadlines { step due }
    } } }`,
    { token: tokens.manager, variables: { id: globalIdValue } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.node;
}

describe("R-CMP-3 a valid complaint unresolved for one week becomes major, with no one acting", () => {
  it("stays minor a minute before the week is out, and escalates once it is, as the system", async () => {
    const complaintId = await minorComplaint();
    expect((await readComplaint(complaintId)).severity).toBe("minor");

    const early = await sweepAt(later(WEEK - 1));
    expect(early.escalated.map((e) => e.complaintId)).not.toContain(idOf(complaintId));

    const due = await sweepAt(later(WEEK + 1));
    expect(due.escalated).toContainEqual(
      expect.objectContaining({ complaintId: idOf(complaintId), from: "minor", to: "major" }),
    );
    clock = later(WEEK + 2);
    const complaint = await readComplaint(complaintId);
    expect(complaint.severity).toBe("major");
    expect(complaint.criteria).toContain("unresolvedForOneWeek");
    expect((complaint.severityHistory as Json[]).at(-1)).toMatchObject({
      kind: "reevaluation",
      from: "minor",
      to: "major",
      actor: { role: "system" },
    });
    // R-CMP-4: a major complaint's answer deadline restarts from the escalation.
    const answer = (complaint.deadlines as Json[]).find((d) => d.step === "answer");
    expect(new Date(answer?.due as string).getTime()).toBeGreaterThan(later(WEEK).getTime());
    expect(await severityEvents(complaintId)).toEqual([
      { actorId: null, actorRole: "system", at: later(WEEK + 1) },
    ]);
  });

  it("escalates a complaint only once, however many sweeps follow", async () => {
    const complaintId = await minorComplaint();
    await sweepAt(later(WEEK + 5));
    const again = await sweepAt(later(WEEK + 60));
    expect(again.escalated.map((e) => e.complaintId)).not.toContain(idOf(complaintId));
    expect(await severityEvents(complaintId)).toHaveLength(1);
  });

  it("leaves a complaint whose result was approved within the week alone", async () => {
    const complaintId = await minorComplaint();
    const steps: [string, ViewerRole, Json][] = [
      ["complaintAssign", "customer_service", { department: "engineering" }],
      ["complaintHandle", "engineering", { handling: "更换灯泡" }],
      ["complaintReportBack", "engineering", { result: "已修复" }],
      ["complaintApproveResult", "manager", {}],
    ];
    for (const [name, role, input] of steps) {
      const result = await complaintMutation(api, name, tokens[role], { complaintId, ...input });
      expect(result.__typename, JSON.stringify(result)).toBe(
        `${name.charAt(0).toUpperCase()}${name.slice(1)}Payload`,
      );
    }
    const sweep = await sweepAt(later(2 * WEEK));
    expect(sweep.escalated.map((e) => e.complaintId)).not.toContain(idOf(complaintId));
    expect((await readComplaint(complaintId)).severity).toBe("minor");
  });

  it("two instances sweeping at the same moment escalate it once (the version check)", async () => {
    const complaintId = await minorComplaint();
    const [a, b] = await Promise.all([sweepAt(later(WEEK + 10)), sweepAt(later(WEEK + 10))]);
    const mine = [...a.escalated, ...b.escalated].filter((e) => e.complaintId === idOf(complaintId));
    expect(mine).toHaveLength(1);
    expect(await severityEvents(complaintId)).toHaveLength(1);
  });

  it("the server's timer sweeps on its own when `complaintEscalationIntervalMs` is set", async () => {
    const complaintId = await minorComplaint();
    clock = later(WEEK + 30);
    const server = createWuyeServer({
      database: api.db,
      logging: false,
      tokenSecret: "test-secret-that-is-long-enough-for-hs256-signing",
      now: () => clock,
      complaintEscalationIntervalMs: 25,
    });
    try {
      expect(server.complaintEscalation).toBeDefined();
      await expect
        .poll(async () => (await severityEvents(complaintId)).length, { timeout: 10_000, interval: 50 })
        .toBe(1);
    } finally {
      await server.close();
    }
  });

  it("a failed sweep is logged and the timer keeps going", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const broken = {
      db: api.db,
      pubsub: events.pubsub,
      now: () => {
        calls += 1;
        if (calls === 1) throw new Error("clock unavailable");
        return later(WEEK + 90);
      },
    };
    const timer = startComplaintEscalation(broken, {
      intervalMs: 20,
      log: { error: (...a) => errors.push(a) },
    });
    try {
      await expect.poll(() => calls, { timeout: 5_000 }).toBeGreaterThan(1);
      expect(errors).toHaveLength(1);
      const swept = await timer.sweep();
      expect(swept.checked).toBeGreaterThanOrEqual(0);
    } finally {
      await timer.stop();
    }
  });
});
