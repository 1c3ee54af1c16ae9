import { DEFAULT_TIME_ZONE, normalisePlate } from "@wuye/domain";
import { identityNumberFor, phoneFor } from "../auth/index.ts";
import {
  ACCESS_DESK_ROLES,
  visibleParkingSpaces,
  visibleVehicles,
  visibleVisitors,
} from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { ParkingSpaceKind, VisitorKind } from "../generated/prisma/enums.ts";
import { dayWindow, isoOf } from "../services/estate-dates.ts";
import { UnitRef } from "./occupancy.ts";

/**
 * Access 门岗 (R-ACC-1, R-ACC-3): visitors registered at the gate and listed per day; residents'
 * vehicles and the estate's parking spaces with their monthly cards. The gate's staff (security,
 * customer service, managers) keep the registers; owners and tenants see their own units' entries;
 * keys need `access:read`. Visitors' phone and identity numbers are masked per R-ARC-3.
 */

builder.enumType(VisitorKind, { name: "VisitorKind" });
builder.enumType(ParkingSpaceKind, { name: "ParkingSpaceKind" });

builder.prismaNode("Visitor", {
  id: { field: "id" },
  nullable: true,
  description: "A registered visitor 访客 (R-ACC-1).",
  findUnique: (id, context) => ({ id, AND: [visibleVisitors(context.viewer)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: VisitorKind }),
    name: t.exposeString("name"),
    phone: t.string({
      nullable: true,
      description: "Masked unless the viewer is staff who need it (R-ARC-3).",
      resolve: (v, _args, context) => phoneFor(context.viewer, v.phone, { estateIds: [v.estateId] }),
    }),
    idNumber: t.string({
      nullable: true,
      description: "Masked unless the viewer is staff who need it (R-ARC-3).",
      resolve: (v, _args, context) =>
        identityNumberFor(context.viewer, v.idNumber, { estateIds: [v.estateId] }),
    }),
    purpose: t.exposeString("purpose"),
    certificateRef: t.exposeString("certificateRef", { nullable: true }),
    preRegistered: t.exposeBoolean("preRegistered"),
    arrivedAt: t.expose("arrivedAt", { type: "DateTime" }),
    leftAt: t.expose("leftAt", { type: "DateTime", nullable: true }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
  }),
});

builder.prismaNode("Vehicle", {
  id: { field: "id" },
  nullable: true,
  description: "A resident's registered vehicle 车辆 (R-ACC-3).",
  findUnique: (id, context) => ({ id, AND: [visibleVehicles(context.viewer)] }),
  fields: (t) => ({
    plateNumber: t.exposeString("plateNumber"),
    description: t.exposeString("description", { nullable: true }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    owner: t.relation("owner", { nullable: true }),
  }),
});

builder.prismaNode("ParkingSpace", {
  id: { field: "id" },
  nullable: true,
  description: "A parking space 车位; its monthly card 月卡 says until when it may be used (R-ACC-3).",
  findUnique: (id, context) => ({ id, AND: [visibleParkingSpaces(context.viewer)] }),
  fields: (t) => ({
    code: t.exposeString("code"),
    kind: t.expose("kind", { type: ParkingSpaceKind }),
    monthlyCardUntil: t.expose("monthlyCardUntil", {
      type: "Date",
      nullable: true,
      description: "Last day of the monthly card.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    vehicle: t.relation("vehicle", { nullable: true }),
  }),
});

builder.prismaObjectFields(UnitRef, (t) => ({
  vehicles: t.relation("vehicles", {
    description: "Vehicles registered to the unit (R-ACC-3).",
    authScopes: { $any: { staff: true, resident: true, apiScope: "access:read" } },
    query: (_args, context) => ({
      where: visibleVehicles(context.viewer),
      orderBy: [{ plateNumber: "asc" }, { id: "asc" }],
    }),
  }),
  parkingSpaces: t.relation("parkingSpaces", {
    description: "Parking spaces assigned to the unit (R-ACC-3).",
    authScopes: { $any: { staff: true, resident: true, apiScope: "access:read" } },
    query: (_args, context) => ({
      where: visibleParkingSpaces(context.viewer),
      orderBy: [{ code: "asc" }, { id: "asc" }],
    }),
  }),
}));

const VisitorFilter = builder.inputType("VisitorFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    day: t.field({
      type: "Date",
      required: false,
      description: "Visitors who arrived that day (estate time).",
    }),
    kind: t.field({ type: [VisitorKind], required: false }),
    onSite: t.boolean({ required: false, description: "Only those who have not left yet." }),
  }),
});

const VehicleFilter = builder.inputType("VehicleFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    plateNumber: t.string({ required: false, description: "Exact plate (spaces and case ignored)." }),
  }),
});

const ParkingSpaceFilter = builder.inputType("ParkingSpaceFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    kind: t.field({ type: [ParkingSpaceKind], required: false }),
    cardValidOn: t.field({
      type: "Date",
      required: false,
      description: "Spaces whose monthly card covers the day.",
    }),
    cardLapsedOn: t.field({
      type: "Date",
      required: false,
      description: "Spaces with no card covering the day.",
    }),
  }),
});

builder.queryFields((t) => ({
  visitors: t.prismaConnection({
    type: "Visitor",
    cursor: "id",
    nullable: true,
    description: "Visitors the viewer may see, latest arrival first; `filter.day` lists one day's register.",
    authScopes: { $any: { staffRole: [...ACCESS_DESK_ROLES], resident: true, apiScope: "access:read" } },
    args: { filter: t.arg({ type: VisitorFilter, required: false }) },
    totalCount: async (_connection, { filter }, context) =>
      prismaOf(context).visitor.count({ where: await visitorWhereWithDay(context, filter) }),
    resolve: async (query, _root, { filter }, context) =>
      prismaOf(context).visitor.findMany({
        ...query,
        where: await visitorWhereWithDay(context, filter),
        orderBy: [{ arrivedAt: "desc" }, { id: "desc" }],
      }),
  }),
  vehicles: t.prismaConnection({
    type: "Vehicle",
    cursor: "id",
    nullable: true,
    description: "Registered vehicles the viewer may see, by plate.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "access:read" } },
    args: { filter: t.arg({ type: VehicleFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).vehicle.findMany({
        ...query,
        where: {
          AND: [
            visibleVehicles(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.unitId ? { unitId: filter.unitId.id } : {},
            filter?.plateNumber ? { plateNumber: normalisePlate(filter.plateNumber) } : {},
          ],
        },
        orderBy: [{ plateNumber: "asc" }, { id: "asc" }],
      }),
  }),
  parkingSpaces: t.prismaConnection({
    type: "ParkingSpace",
    cursor: "id",
    nullable: true,
    description: "Parking spaces the viewer may see, by code.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "access:read" } },
    args: { filter: t.arg({ type: ParkingSpaceFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).parkingSpace.findMany({
        ...query,
        where: {
          AND: [
            visibleParkingSpaces(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.unitId ? { unitId: filter.unitId.id } : {},
            filter?.kind ? { kind: { in: filter.kind } } : {},
            filter?.cardValidOn ? { monthlyCardUntil: { gte: filter.cardValidOn } } : {},
            filter?.cardLapsedOn
              ? { OR: [{ monthlyCardUntil: null }, { monthlyCardUntil: { lt: filter.cardLapsedOn } }] }
              : {},
          ],
        },
        orderBy: [{ code: "asc" }, { id: "asc" }],
      }),
  }),
}));

type VisitorFilterInput =
  | {
      estateId?: { id: string } | null;
      unitId?: { id: string } | null;
      day?: Date | null;
      kind?: VisitorKind[] | null;
      onSite?: boolean | null;
    }
  | null
  | undefined;

function visitorWhere(viewer: Parameters<typeof visibleVisitors>[0], filter: VisitorFilterInput) {
  return {
    AND: [
      visibleVisitors(viewer),
      filter?.estateId ? { estateId: filter.estateId.id } : {},
      filter?.unitId ? { unitId: filter.unitId.id } : {},
      filter?.kind ? { kind: { in: filter.kind } } : {},
      filter?.onSite ? { leftAt: null } : {},
    ],
  } satisfies Prisma.VisitorWhereInput;
}

/** The day's register is the day in the estate's time zone (one zone per company in practice). */
async function visitorWhereWithDay(
  context: { viewer: Parameters<typeof visibleVisitors>[0] },
  filter: VisitorFilterInput,
): Promise<Prisma.VisitorWhereInput> {
  const base = visitorWhere(context.viewer, filter);
  if (!filter?.day) return base;
  const estate = filter.estateId
    ? await prismaOf(context).estate.findUnique({
        where: { id: filter.estateId.id },
        select: { timeZone: true },
      })
    : null;
  return { AND: [base, { arrivedAt: dayWindow(isoOf(filter.day), estate?.timeZone ?? DEFAULT_TIME_ZONE) }] };
}
