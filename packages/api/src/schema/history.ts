import { dataloaderGetter } from "@pothos/plugin-dataloader";
import { resolveArrayConnection } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import type { WorkflowName } from "../db/index.ts";
import type { WorkflowEvent as WorkflowEventRow } from "../generated/prisma/client.ts";

/**
 * History 历史记录 (R-QLT-2): every workflow record has a `history` connection of the events
 * that moved it — who did what, from which state to which, when, with what data. Events are not
 * a Prisma relation of the record (one table serves every workflow), so they are loaded with a
 * dataloader: one query for all the records of a page, whatever its size.
 */
type HistoryEvent = WorkflowEventRow & { actor: { name: string } | null };

export const WorkflowEventRef = builder.objectRef<HistoryEvent>("WorkflowEvent").implement({
  description: "One line of a record's history (R-QLT-2). Append-only.",
  fields: (t) => ({
    id: t.exposeID("id"),
    action: t.exposeString("action", { description: "The domain's action, e.g. `classify`." }),
    fromState: t.exposeString("fromState"),
    toState: t.exposeString("toState"),
    at: t.expose("at", { type: "DateTime" }),
    actorRole: t.exposeString("actorRole", { description: "The role the actor acted in, or `system`." }),
    actorName: t.string({ nullable: true, resolve: (event) => event.actor?.name ?? null }),
    data: t.expose("data", { type: "JSON", nullable: true, description: "What the step recorded." }),
  }),
});

const historyKey = (workflow: WorkflowName, recordId: string) => `${workflow}\u0000${recordId}`;

const historyLoader = dataloaderGetter<string, HistoryEvent[], string>(
  undefined,
  async (keys, context) => {
    const pairs = keys.map((key) => key.split("\u0000") as [string, string]);
    const rows = await prismaOf(context).workflowEvent.findMany({
      where: { OR: pairs.map(([workflow, recordId]) => ({ workflow, recordId })) },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      include: { actor: { select: { name: true } } },
    });
    const grouped = new Map<string, HistoryEvent[]>(keys.map((key) => [key, []]));
    for (const row of rows) grouped.get(historyKey(row.workflow as WorkflowName, row.recordId))?.push(row);
    return keys.map((key) => grouped.get(key) ?? []);
  },
  undefined,
  false,
);

/** The oldest-first `history` connection of a workflow record, for an area's object type. */
export const HistoryConnection = builder.connectionObject({
  type: WorkflowEventRef,
  name: "WorkflowEventConnection",
});

/** Loads the events of one record (batched with every other record of the request). */
export function loadHistory(context: object, workflow: WorkflowName, recordId: string) {
  return historyLoader(context).load(historyKey(workflow, recordId));
}

/** Resolves a `history` connection field for a record of `workflow`. */
export async function resolveHistory(
  context: object,
  workflow: WorkflowName,
  recordId: string,
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null },
) {
  return resolveArrayConnection({ args }, await loadHistory(context, workflow, recordId));
}
