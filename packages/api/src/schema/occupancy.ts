import { identityNumberFor, phoneFor, visibleEstates, visiblePeople, visibleUnits } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { IdentityDocumentKind, OccupancyRole, OccupancyStatus, UnitType } from "../generated/prisma/enums.ts";
import { inForceOn } from "../services/estate-dates.ts";
import { OrderDirection, todayFor } from "./common.ts";
import { HistoryConnection, resolveHistory } from "./history.ts";

/**
 * Estates, buildings, units and the people in them: the archive 档案 (domain area `occupancy`).
 * Staff see the estates they work in; owners and tenants their estate, its buildings, and only
 * their own units; API keys their company's estates. Identity and phone numbers are masked
 * per R-ARC-3.
 */

builder.enumType(UnitType, { name: "UnitType" });
builder.enumType(OccupancyStatus, {
  name: "OccupancyStatus",
  description: "A unit's occupancy (R-HND-2, R-HND-4): awaiting handover, vacant or occupied.",
});
builder.enumType(OccupancyRole, { name: "OccupancyRole" });
builder.enumType(IdentityDocumentKind, { name: "IdentityDocumentKind" });

export const EstateRef = builder.prismaNode("Estate", {
  id: { field: "id" },
  nullable: true,
  // `node(id:)` and fallback loads only find estates the viewer may see.
  findUnique: (id, context) => ({ id, AND: [visibleEstates(context.viewer)] }),
  fields: (t) => ({
    name: t.exposeString("name"),
    address: t.exposeString("address", { nullable: true }),
    timeZone: t.exposeString("timeZone", { description: "IANA zone of the estate's business dates." }),
    buildings: t.relation("buildings", { query: { orderBy: [{ name: "asc" }, { id: "asc" }] } }),
    units: t.relatedConnection("units", {
      cursor: "id",
      totalCount: true,
      args: {
        filter: t.arg({ type: UnitFilter, required: false }),
        orderBy: t.arg({ type: UnitOrder, required: false }),
      },
      query: (args, context) => ({
        where: { AND: [visibleUnits(context.viewer), unitWhere(args.filter)] },
        orderBy: unitOrderBy(args.orderBy),
      }),
    }),
  }),
});

export const BuildingRef = builder.prismaNode("Building", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, estate: visibleEstates(context.viewer) }),
  fields: (t) => ({
    name: t.exposeString("name"),
    floors: t.exposeInt("floors", { nullable: true }),
    estate: t.relation("estate"),
    units: t.relatedConnection("units", {
      cursor: "id",
      totalCount: true,
      args: { orderBy: t.arg({ type: UnitOrder, required: false }) },
      query: (args, context) => ({ where: visibleUnits(context.viewer), orderBy: unitOrderBy(args.orderBy) }),
    }),
  }),
});

export const UnitRef = builder.prismaNode("Unit", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleUnits(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "Door number within the building, e.g. `2-1502`." }),
    floor: t.exposeInt("floor", { nullable: true }),
    type: t.expose("type", { type: UnitType }),
    buildingArea: t.string({
      description: "Building area 建筑面积 in m², exact to the hundredth (R-FEE-3), e.g. `98.50`.",
      resolve: (unit) => unit.buildingArea.toFixed(2),
    }),
    status: t.expose("status", { type: OccupancyStatus }),
    handoverDate: t.expose("handoverDate", { type: "Date", nullable: true }),
    moveInDate: t.expose("moveInDate", { type: "Date", nullable: true }),
    estate: t.relation("estate"),
    building: t.relation("building"),
    occupancies: t.relation("occupancies", {
      description: "Owners, tenants and residents of the unit (R-ARC-1); current ones by default.",
      authScopes: { $any: { staff: true, resident: true, apiScope: "people:read" } },
      args: { current: t.arg.boolean({ required: false, defaultValue: true }) },
      query: (args, context) => ({
        where: args.current ? inForceOn(todayFor(context)) : {},
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      }),
    }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    handover: t.relation("handover", {
      nullable: true,
      description: "The handover record 交房 with the prepaid period (R-HND-2, R-HND-3).",
      authScopes: { $any: { staff: true, resident: true } },
    }),
    history: t.field({
      type: HistoryConnection,
      description: "Every occupancy change of the unit, oldest first (R-QLT-2, R-ARC-1).",
      authScopes: { $any: { staff: true, resident: true, apiScope: "people:read" } },
      args: { ...t.arg.connectionArgs() },
      resolve: (unit, args, context) => resolveHistory(context, "unit occupancy", unit.id, args),
    }),
  }),
});

builder.prismaObject("Occupancy", {
  description: "A person's link to a unit over time: owner 业主, tenant 租户 or resident 住户 (R-ARC-1).",
  fields: (t) => ({
    id: t.exposeID("id"),
    role: t.expose("role", { type: OccupancyRole }),
    startDate: t.expose("startDate", { type: "Date" }),
    endDate: t.expose("endDate", { type: "Date", nullable: true }),
    person: t.relation("person"),
    unit: t.relation("unit"),
    leaseReference: t.exposeString("leaseReference", { nullable: true, description: "R-ARC-2: the lease." }),
    ownerConfirmedAt: t.expose("ownerConfirmedAt", {
      type: "DateTime",
      nullable: true,
      description: "R-ARC-2: when the owner's letter of commitment was signed.",
    }),
    safetyLetterSignedAt: t.expose("safetyLetterSignedAt", {
      type: "DateTime",
      nullable: true,
      description: "R-ARC-2: when the tenant signed the safety-responsibility letter.",
    }),
  }),
});

/** Where the person lives: the estates whose staff may see their personal data (R-ARC-3). */
const personEstates = { occupancies: { select: { unit: { select: { estateId: true } } } } } as const;

export const PersonRef = builder.prismaNode("Person", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visiblePeople(context.viewer)] }),
  fields: (t) => ({
    name: t.exposeString("name"),
    phone: t.string({
      nullable: true,
      description: "Masked (`138****5678`) unless the viewer is this person or staff who need it (R-ARC-3).",
      select: personEstates,
      resolve: (person, _args, context) =>
        phoneFor(context.viewer, person.phone, {
          personId: person.id,
          estateIds: person.occupancies.map((o) => o.unit.estateId),
        }),
    }),
    idType: t.expose("idType", { type: IdentityDocumentKind, nullable: true }),
    idNumber: t.string({
      nullable: true,
      description: "Masked unless the viewer is this person or staff who need it (R-ARC-3).",
      select: personEstates,
      resolve: (person, _args, context) =>
        identityNumberFor(context.viewer, person.idNumber, {
          personId: person.id,
          estateIds: person.occupancies.map((o) => o.unit.estateId),
        }),
    }),
  }),
});

const UnitFilter = builder.inputType("UnitFilter", {
  fields: (t) => ({
    buildingId: t.globalID({ required: false }),
    status: t.field({ type: [OccupancyStatus], required: false }),
    type: t.field({ type: [UnitType], required: false }),
    numberStartsWith: t.string({ required: false }),
  }),
});

const UnitOrderField = builder.enumType("UnitOrderField", {
  values: { NUMBER: { value: "number" }, BUILDING_AREA: { value: "buildingArea" } } as const,
});

const UnitOrder = builder.inputType("UnitOrder", {
  fields: (t) => ({
    field: t.field({ type: UnitOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "asc" }),
  }),
});

type UnitFilterInput = {
  buildingId?: { id: string; typename: string } | null;
  status?: readonly OccupancyStatus[] | null;
  type?: readonly UnitType[] | null;
  numberStartsWith?: string | null;
} | null;

function unitWhere(filter: UnitFilterInput | undefined): Prisma.UnitWhereInput {
  if (!filter) return {};
  return {
    ...(filter.buildingId ? { buildingId: filter.buildingId.id } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.type ? { type: { in: [...filter.type] } } : {}),
    ...(filter.numberStartsWith ? { number: { startsWith: filter.numberStartsWith } } : {}),
  };
}

/** Ordered by the chosen field, then by id so pages are stable. */
function unitOrderBy(
  order: { field: "number" | "buildingArea"; direction?: "asc" | "desc" | null } | null | undefined,
): Prisma.UnitOrderByWithRelationInput[] {
  const direction = order?.direction ?? "asc";
  return [{ [order?.field ?? "number"]: direction }, { id: direction }];
}

builder.queryFields((t) => ({
  estates: t.prismaConnection({
    type: "Estate",
    cursor: "id",
    nullable: true,
    description: "The estates the viewer may see, by name.",
    authScopes: { authenticated: true },
    totalCount: (_connection, _args, context) =>
      prismaOf(context).estate.count({ where: visibleEstates(context.viewer) }),
    resolve: (query, _root, _args, context) =>
      prismaOf(context).estate.findMany({
        ...query,
        where: visibleEstates(context.viewer),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
  units: t.prismaConnection({
    type: "Unit",
    cursor: "id",
    nullable: true,
    description: "Units the viewer may see (an owner or tenant: their own), filtered and ordered.",
    authScopes: { authenticated: true },
    args: {
      filter: t.arg({ type: UnitFilter, required: false }),
      orderBy: t.arg({ type: UnitOrder, required: false }),
    },
    totalCount: (_connection, args, context) =>
      prismaOf(context).unit.count({
        where: { AND: [visibleUnits(context.viewer), unitWhere(args.filter)] },
      }),
    resolve: (query, _root, args, context) =>
      prismaOf(context).unit.findMany({
        ...query,
        where: { AND: [visibleUnits(context.viewer), unitWhere(args.filter)] },
        orderBy: unitOrderBy(args.orderBy),
      }),
  }),
}));
