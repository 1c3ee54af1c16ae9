import { builder } from "../builder.ts";

/**
 * The schema: one module per business area, named as the domain's folders are (an area module
 * holds its object types, inputs, and the query and mutation fields that belong to it). Add a
 * new area by importing its module here; see "Adding an area" in packages/api/README.md.
 */
import "./errors.ts";
import "./history.ts";
import "./auth.ts";
import "./occupancy.ts";
import "./occupancy-archive.ts";
import "./occupancy-changes.ts";
import "./takeover.ts";
import "./access.ts";
import "./access-changes.ts";
import "./community.ts";
import "./community-events.ts";
import "./community-surveys.ts";
import "./indicators.ts";
import "./record-history.ts";
import "./complaints.ts";
import "./service-requests.ts";
import "./subscriptions.ts";
import "./audit-log.ts";
import "./repairs/index.ts";
import "./facilities/index.ts";
import "./emergencies/index.ts";
import "./fees/index.ts";
import "./renovation/index.ts";
import "./release/index.ts";
import "./collection/index.ts";
import "./governance/index.ts";

builder.queryType({ description: "Everything that can be read. Lists are Relay connections." });
builder.mutationType({
  description:
    "One mutation per business action, named object-first (`complaintClassify`); each takes one `input`.",
});

export const schema = builder.toSchema({ sortSchema: true });
