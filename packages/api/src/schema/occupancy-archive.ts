import { checkOwnerArchive, type OccupancyCheck } from "@wuye/domain";
import { builder } from "../builder.ts";
import { inForceOn } from "../services/estate-dates.ts";
import { ownerArchiveOf } from "../services/occupancy/unit-records.ts";
import { callDomain } from "../services/support.ts";
import { todayFor } from "./common.ts";
import { RefusalRef } from "./errors.ts";
import { UnitRef } from "./occupancy.ts";

/**
 * The owner archive 业主档案 check (R-ARC-1) and the handover record 交房 (R-HND-2/3) on a unit.
 * The check lists what the archive still lacks before anyone moves in; it names fields, never
 * personal numbers.
 */

export const OccupancyCheckRef = builder.objectRef<OccupancyCheck>("OccupancyCheck").implement({
  description: "A completeness check: complete, or every item still missing (each a refusal with its rule).",
  fields: (t) => ({
    complete: t.exposeBoolean("complete"),
    missing: t.field({ type: [RefusalRef], resolve: (check) => [...check.missing] }),
    rules: t.stringList({ resolve: (check) => [...check.rules] }),
  }),
});

builder.prismaObjectFields(UnitRef, (t) => ({
  ownerArchiveCheck: t.field({
    type: OccupancyCheckRef,
    description:
      "R-ARC-1: what the owner archive lacks (owner's name, contact, identity document, building area, the people living there).",
    authScopes: { $any: { staff: true, resident: true, apiScope: "people:read" } },
    select: (_args, context) => ({
      id: true,
      status: true,
      buildingArea: true,
      occupancies: {
        where: inForceOn(todayFor(context)),
        include: { person: true },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      },
    }),
    resolve: (unit) =>
      callDomain(() => checkOwnerArchive(ownerArchiveOf({ unit, current: unit.occupancies })), []),
  }),
}));

interface StoredHandoverDefect {
  readonly item: string;
  readonly description: string;
  readonly rectified: boolean;
}

const HandoverDefectRef = builder.objectRef<StoredHandoverDefect>("UnitHandoverDefect").implement({
  fields: (t) => ({
    item: t.exposeString("item"),
    description: t.exposeString("description"),
    rectified: t.exposeBoolean("rectified"),
  }),
});

builder.prismaObject("UnitHandover", {
  description: "The handover record 交房 (R-HND-2) with the prepaid period (R-HND-3).",
  fields: (t) => ({
    id: t.exposeID("id"),
    handedOverOn: t.expose("handedOverOn", { type: "Date" }),
    prepaidFrom: t.expose("prepaidFrom", { type: "Date", description: "R-HND-3: first day prepaid." }),
    prepaidUntil: t.expose("prepaidUntil", { type: "Date", description: "R-HND-3: last day prepaid." }),
    defects: t.field({
      type: [HandoverDefectRef],
      description: "Defects recorded with the owner for rectification.",
      resolve: (handover) =>
        Array.isArray(handover.defects) ? (handover.defects as unknown as StoredHandoverDefect[]) : [],
    }),
    keysHandedOver: t.exposeInt("keysHandedOver"),
    keyKeptBack: t.exposeBoolean("keyKeptBack", { description: "A key kept back for rectification." }),
    documentsSigned: t.exposeBoolean("documentsSigned", {
      description: "Owner's manual and renovation manual signed for (文件签收表).",
    }),
  }),
});
