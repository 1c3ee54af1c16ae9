import { graphql } from "graphql";
import { builder } from "../builder.ts";
import type { WorkflowName } from "../db/index.ts";
import { HistoryConnection, resolveHistory } from "./history.ts";

/**
 * `recordHistory(id:)` (R-QLT-2): the history of any workflow record from its global id alone,
 * for portals that show a timeline without knowing the record's type. Visibility is the node's:
 * the record is first loaded through `node(id:)`, so what the viewer may not see has no history.
 */

/** The workflow whose history lines a node type keeps, by GraphQL type name. */
const WORKFLOW_OF_TYPE: Readonly<Record<string, string>> = {
  Complaint: "complaint",
  ServiceRequest: "service request",
  RepairOrder: "repair",
  RenovationApplication: "renovation",
  RenovationViolation: "renovation violation",
  ReleasePass: "release pass",
  AssemblyVote: "assembly vote",
  MaintenanceFundUse: "maintenance fund use",
  Incident: "incident",
  Bill: "bill",
  Unit: "unit occupancy",
  CommunityEvent: "community event",
  TakeoverDefect: "takeover defect",
  Survey: "survey",
};

const NODE_TYPE = "query RecordHistoryNode($id: ID!) { node(id: $id) { __typename } }";

function databaseIdOf(globalId: string): string {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

builder.queryField("recordHistory", (t) =>
  t.field({
    type: HistoryConnection,
    nullable: true,
    description:
      "The history of any workflow record (complaint, repair, renovation, release pass, unit occupancy, community event, takeover defect, survey…), oldest first; null when the viewer may not see the record.",
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }), ...t.arg.connectionArgs() },
    resolve: async (_root, args, context, info) => {
      const id = String(args.id);
      const found = await graphql({
        schema: info.schema,
        source: NODE_TYPE,
        variableValues: { id },
        contextValue: context,
      });
      const typename = (found.data?.node as { __typename?: string } | null | undefined)?.__typename;
      const workflow = typename ? WORKFLOW_OF_TYPE[typename] : undefined;
      if (!workflow) return null;
      return resolveHistory(context, workflow as WorkflowName, databaseIdOf(id), args);
    },
  }),
);
