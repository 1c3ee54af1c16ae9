import type { WorkflowName } from "../db/index.ts";
import type { SideWorkflowName } from "../services/side-history.ts";
import { resolveHistory } from "./history.ts";

/**
 * The `history` connection of a takeover defect or a survey: their lines are in the one
 * `WorkflowEvent` table under the domain workflow's name, batched with every other history of the
 * request. (`WorkflowName` lists the workflows the db module moves; the loader only needs the name.)
 */
export function resolveSideHistory(
  context: object,
  workflow: SideWorkflowName,
  recordId: string,
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null },
) {
  return resolveHistory(context, workflow as unknown as WorkflowName, recordId, args);
}
