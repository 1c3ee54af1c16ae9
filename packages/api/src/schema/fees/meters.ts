import { z } from "zod";
import { visibleMeters } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import { METER_READING_ROLES } from "../../services/fees/access.ts";
import { recordMeterReading } from "../../services/fees/meters.ts";
import { decimalTextOf } from "../../services/fees/records.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { MeterKindEnum } from "./standards.ts";

/**
 * Meters 表具 and their readings 抄表 (R-FEE-2): a metered line bills the difference of two
 * readings. Engineering reads meters; a reading going backwards is the domain's
 * `FEE_READING_BACKWARDS`. Staff see their estates' meters, residents their own units'.
 */

export const MeterRef = builder.prismaNode("Meter", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleMeters(context.viewer)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: MeterKindEnum }),
    serialNumber: t.exposeString("serialNumber"),
    multiplier: t.string({ resolve: (meter) => decimalTextOf(meter.multiplier, 4) }),
    installedOn: t.expose("installedOn", { type: "Date", nullable: true }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    readings: t.relatedConnection("readings", {
      cursor: "id",
      description: "Readings, newest first.",
      query: { orderBy: [{ readOn: "desc" }, { id: "desc" }] },
    }),
  }),
});

builder.prismaObject("MeterReading", {
  description: "A meter reading 抄表 (R-FEE-2).",
  fields: (t) => ({
    id: t.exposeID("id"),
    readOn: t.expose("readOn", { type: "Date" }),
    value: t.string({ resolve: (reading) => decimalTextOf(reading.value, 3) }),
    readByName: t.string({ select: { readBy: { select: { name: true } } }, resolve: (r) => r.readBy.name }),
    meter: t.relation("meter"),
  }),
});

const MeterFilter = builder.inputType("MeterFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    kind: t.field({ type: [MeterKindEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  meters: t.prismaConnection({
    type: "Meter",
    cursor: "id",
    nullable: true,
    description: "Meters the viewer may see: staff their estates', residents their units'.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "fees:read" } },
    args: { filter: t.arg({ type: MeterFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).meter.findMany({
        ...query,
        where: {
          AND: [
            visibleMeters(context.viewer),
            {
              ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
              ...(filter?.unitId ? { unitId: filter.unitId.id } : {}),
              ...(filter?.kind ? { kind: { in: filter.kind } } : {}),
            },
          ],
        },
        orderBy: [{ serialNumber: "asc" }, { id: "asc" }],
      }),
  }),
}));

const MeterReadingRecordInput = builder.inputType("MeterReadingRecordInput", {
  fields: (t) => ({
    meterId: t.globalID({ required: true }),
    readOn: t.field({ type: "Date", required: true }),
    value: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .regex(/^-?\d{1,11}(\.\d{1,3})?$/, 'a reading such as "12345.6" (at most three decimals)'),
    }),
  }),
});

const MeterReadingRecordPayload = builder
  .objectRef<{ readingId: string }>("MeterReadingRecordPayload")
  .implement({
    fields: (t) => ({
      reading: t.prismaField({
        type: "MeterReading",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).meterReading.findUnique({ ...query, where: { id: payload.readingId } }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  meterReadingRecord: t.field({
    type: MeterReadingRecordPayload,
    description: "R-FEE-2: record a reading; one below its neighbour is refused (FEE_READING_BACKWARDS).",
    authScopes: { staffRole: [...METER_READING_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: MeterReadingRecordInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { readingId } = await recordMeterReading(serviceContext(context), input);
      return { readingId };
    },
  }),
}));
