import type { WuyeTx } from "./append-only.ts";
import { toJsonValue } from "./json.ts";
import type { TransitionEvent, WorkflowName } from "./record-transition.ts";

/**
 * Appends a history line that moves no state, inside the caller's transaction: the creation of a
 * workflow record (`from` and `to` both its initial state) or a record kept beside the flow (an
 * override, an agreed next reply). State changes go through `recordTransition` instead.
 */
export async function appendHistoryEvent<W extends WorkflowName>(
  tx: WuyeTx,
  recordId: string,
  event: TransitionEvent<W>,
): Promise<{ eventId: string }> {
  const system = event.actor.role === "system";
  const row = await tx.workflowEvent.create({
    data: {
      workflow: event.workflow,
      recordId,
      action: event.action,
      fromState: event.from,
      toState: event.to,
      actorId: system ? null : event.actor.id,
      actorRole: event.actor.role,
      at: event.at,
      ...(event.data === undefined ? {} : { data: toJsonValue(event.data) }),
    },
    select: { id: true },
  });
  return { eventId: row.id };
}
