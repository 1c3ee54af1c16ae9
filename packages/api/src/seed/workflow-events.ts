import type { WorkflowEvent } from "@wuye/domain";
import { toJsonValue } from "../db/index.ts";
import type { BulkWriter } from "./bulk-writer.ts";
import type { SeedIds } from "./ids.ts";

/**
 * Writes a domain workflow event as its `WorkflowEvent` row (R-QLT-2), exactly as
 * `recordTransition` does for one step: the system acts with no user, the data is stored as JSON
 * (money in fen as decimal strings, instants as ISO strings). The seed writes the events of a
 * record in bulk after walking it to its state with the domain's own `transition`.
 */
export function writeWorkflowEvent(
  writer: BulkWriter,
  ids: SeedIds,
  recordId: string,
  event: WorkflowEvent,
  data: unknown = event.data,
): void {
  const system = event.actor.role === "system";
  writer.add("WorkflowEvent", {
    id: ids.next(),
    workflow: event.workflow,
    recordId,
    action: event.action,
    fromState: event.from,
    toState: event.to,
    actorId: system ? null : event.actor.id,
    actorRole: event.actor.role,
    at: event.at,
    data: data === undefined ? null : toJsonValue(data),
    createdAt: event.at,
  });
}

/** A domain step's outcome: the new record and its event, or the refusals that said no. */
type Outcome = { readonly ok: true } | { readonly ok: false; readonly refusals: readonly { code: string }[] };

/**
 * The seed only takes steps the rules allow; a refusal means the seed's story is wrong, so it
 * stops with the codes rather than writing a record the domain would not have produced.
 */
export function expectStep<T extends Outcome>(outcome: T, what: string): Extract<T, { ok: true }> {
  if (!outcome.ok) {
    const codes = (outcome as { refusals: readonly { code: string }[] }).refusals.map((r) => r.code);
    throw new Error(`seed: ${what} was refused (${codes.join(", ")})`);
  }
  return outcome as Extract<T, { ok: true }>;
}
