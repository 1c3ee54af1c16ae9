import { toJsonValue, type WuyeTx } from "../db/index.ts";

/**
 * History (R-QLT-2) for the workflows of the estate areas whose records `recordTransition` does
 * not move yet (the db module keeps a fixed list of stored workflows): the takeover defect of the
 * occupancy area and the satisfaction survey. Their lines go to the same `WorkflowEvent` table,
 * named by the domain workflow's name, so `history` reads them like any other.
 */
export type SideWorkflowName = "takeover defect" | "survey";

export interface SideHistoryLine {
  readonly workflow: SideWorkflowName;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly at: Date;
  readonly data?: unknown;
}

/** Appends a history line inside the caller's transaction (the step's state change is in it too). */
export async function appendSideHistory(tx: WuyeTx, recordId: string, line: SideHistoryLine): Promise<void> {
  await tx.workflowEvent.create({
    data: {
      workflow: line.workflow,
      recordId,
      action: line.action,
      fromState: line.from,
      toState: line.to,
      actorId: line.actor.role === "system" ? null : line.actor.id,
      actorRole: line.actor.role,
      at: line.at,
      ...(line.data === undefined ? {} : { data: toJsonValue(line.data) }),
    },
  });
}
