import type { Actor } from "../../workflow/index.ts";
import { classifyComplaint } from "../complaint-severity.ts";
import type { ComplaintOutcome } from "../complaint-step.ts";
import { recordComplaint } from "../record-complaint.ts";
import type { Complaint, ComplaintFacts } from "../types.ts";

export const clerk: Actor = { id: "cs-1", role: "customer_service", name: "Li Na" };
export const supervisor: Actor = { id: "mgr-1", role: "manager", name: "Wang Qiang" };
export const engineer: Actor = { id: "eng-1", role: "engineering", name: "Zhao Lei" };
export const owner: Actor = { id: "own-1", role: "owner" };
export const system: Actor = { id: "sla-timer", role: "system" };

/** Monday 2 March 2026, 09:00 in Beijing. */
export const received = new Date("2026-03-02T09:00:00+08:00");

/** `minutes` after the complaint was received. */
export function after(minutes: number): Date {
  return new Date(received.getTime() + minutes * 60_000);
}

export const HOUR = 60;
export const DAY = 24 * HOUR;

export function newComplaint(overrides: Partial<Parameters<typeof recordComplaint>[0]> = {}): Complaint {
  return recordComplaint({
    id: "C-2026-0001",
    channel: "hotline",
    content: "The lift in building 3 has been stuck for two days",
    complainant: { name: "Chen Jie", unitId: "3-1201", phone: "13800000000" },
    receivedAt: received,
    recordedBy: clerk,
    ...overrides,
  });
}

/** The complaint of an accepted step; fails the test with the refusals otherwise. */
export function accepted(outcome: ComplaintOutcome): Complaint {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusals.map((r) => r.code).join(", ")}`);
  return outcome.complaint;
}

/** The codes of a refused step (empty when it was accepted). */
export function refusalCodes(outcome: ComplaintOutcome): readonly string[] {
  return outcome.ok ? [] : outcome.refusals.map((r) => r.code);
}

/** A complaint classified at `received` from `facts` by the supervisor. */
export function classifiedComplaint(facts: ComplaintFacts = {}, urgent = false, policy = {}): Complaint {
  return accepted(
    classifyComplaint(newComplaint(), { actor: supervisor, at: received, facts, urgent }, policy),
  );
}
