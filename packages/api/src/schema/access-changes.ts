import { z } from "zod";
import { ACCESS_DESK_ROLES } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { ParkingSpaceKind, VisitorKind } from "../generated/prisma/enums.ts";
import {
  assignParkingSpace,
  PARKING_CARD_ROLES,
  registerParkingSpace,
  registerVehicle,
  renewParkingCard,
} from "../services/access/parking.ts";
import { registerVisitor, visitorLeaves } from "../services/access/visitors.ts";
import { dateColumn } from "../services/estate-dates.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";

/**
 * The gate's actions (R-ACC-1, R-ACC-3): register a visitor and their departure, register a
 * vehicle, register and assign a parking space, extend its monthly card.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max).optional();
const desk = { staffRole: [...ACCESS_DESK_ROLES] };

function visitorPayload(name: string) {
  return builder.objectRef<{ visitorId: string }>(name).implement({
    fields: (t) => ({
      visitor: t.prismaField({
        type: "Visitor",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).visitor.findUnique({ ...query, where: { id: p.visitorId } }),
      }),
    }),
  });
}

function spacePayload(name: string) {
  return builder.objectRef<{ parkingSpaceId: string }>(name).implement({
    fields: (t) => ({
      parkingSpace: t.prismaField({
        type: "ParkingSpace",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).parkingSpace.findUnique({ ...query, where: { id: p.parkingSpaceId } }),
      }),
    }),
  });
}

const VisitorRegisterInput = builder.inputType("VisitorRegisterInput", {
  description: "Who is visiting whom: give the unit visited, or the estate for a visit to the estate itself.",
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    kind: t.field({ type: VisitorKind, required: true }),
    name: t.string({ required: true, validate: text(100) }),
    phone: t.string({ required: false, validate: optional(30) }),
    idNumber: t.string({ required: false, validate: optional(40) }),
    purpose: t.string({ required: true, validate: text(500) }),
    certificateRef: t.string({
      required: false,
      description: "A contractor's or temporary worker's work certificate (R-ACC-1).",
      validate: optional(100),
    }),
    preRegistered: t.boolean({ required: false, defaultValue: false }),
    arrivedAt: t.field({ type: "DateTime", required: false, description: "Default now." }),
  }),
});

builder.mutationField("visitorRegister", (t) =>
  t.field({
    type: visitorPayload("VisitorRegisterPayload"),
    description:
      "R-ACC-1: register a visitor at the gate; a contractor or temporary worker needs a work certificate or pre-registration.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: VisitorRegisterInput, required: true }) },
    resolve: (_root, { input }, context) => registerVisitor(serviceContext(context), input),
  }),
);

builder.mutationField("visitorLeave", (t) =>
  t.field({
    type: visitorPayload("VisitorLeavePayload"),
    description: "R-ACC-1: record that a visitor has left (once).",
    authScopes: desk,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("VisitorLeaveInput", {
          fields: (f) => ({ visitorId: f.globalID({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => visitorLeaves(serviceContext(context), input),
  }),
);

const VehicleRegisterPayload = builder.objectRef<{ vehicleId: string }>("VehicleRegisterPayload").implement({
  fields: (t) => ({
    vehicle: t.prismaField({
      type: "Vehicle",
      nullable: true,
      resolve: (query, p, _args, context) =>
        prismaOf(context).vehicle.findUnique({ ...query, where: { id: p.vehicleId } }),
    }),
  }),
});

builder.mutationField("vehicleRegister", (t) =>
  t.field({
    type: VehicleRegisterPayload,
    description: "R-ACC-3: register a resident's vehicle, once per estate, with its unit and owner.",
    authScopes: desk,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("VehicleRegisterInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: false }),
            unitId: f.globalID({ required: false }),
            plateNumber: f.string({
              required: true,
              description: "Spaces and case are ignored: `粤b 12345` is registered as `粤B12345`.",
              validate: z.string().trim().min(5).max(12),
            }),
            ownerId: f.globalID({
              required: false,
              description: "The person (`Person`) the vehicle belongs to.",
            }),
            description: f.string({ required: false, validate: optional(200) }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => registerVehicle(serviceContext(context), input),
  }),
);

builder.mutationField("parkingSpaceRegister", (t) =>
  t.field({
    type: spacePayload("ParkingSpaceRegisterPayload"),
    description: "R-ACC-3: register one of the estate's parking spaces (owned, rented or for visitors).",
    authScopes: desk,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("ParkingSpaceRegisterInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            code: f.string({ required: true, validate: text(30) }),
            kind: f.field({ type: ParkingSpaceKind, required: true }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => registerParkingSpace(serviceContext(context), input),
  }),
);

builder.mutationField("parkingSpaceAssign", (t) =>
  t.field({
    type: spacePayload("ParkingSpaceAssignPayload"),
    description:
      "R-ACC-3: assign a space to a unit and, optionally, a vehicle of that unit (absent ids free the space).",
    authScopes: desk,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("ParkingSpaceAssignInput", {
          fields: (f) => ({
            parkingSpaceId: f.globalID({ required: true }),
            unitId: f.globalID({ required: false }),
            vehicleId: f.globalID({ required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => assignParkingSpace(serviceContext(context), input),
  }),
);

const ParkingCardRenewPayload = builder
  .objectRef<{ parkingSpaceId: string; validFrom: string; validUntil: string }>("ParkingCardRenewPayload")
  .implement({
    fields: (t) => ({
      parkingSpace: t.prismaField({
        type: "ParkingSpace",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).parkingSpace.findUnique({ ...query, where: { id: p.parkingSpaceId } }),
      }),
      validFrom: t.field({ type: "Date", nullable: true, resolve: (p) => dateColumn(p.validFrom) }),
      validUntil: t.field({ type: "Date", nullable: true, resolve: (p) => dateColumn(p.validUntil) }),
    }),
  });

builder.mutationField("parkingCardRenew", (t) =>
  t.field({
    type: ParkingCardRenewPayload,
    description:
      "R-ACC-3: extend a space's monthly card 月卡 by whole months, from the day after it ends (or today if it has lapsed). The parking fee is billed by the fees area.",
    authScopes: { staffRole: [...PARKING_CARD_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("ParkingCardRenewInput", {
          fields: (f) => ({
            parkingSpaceId: f.globalID({ required: true }),
            months: f.int({ required: true, validate: z.number().int().min(1).max(24) }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => renewParkingCard(serviceContext(context), input),
  }),
);
