import type { RepairPriceList } from "@wuye/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { RepairTrade } from "../../generated/prisma/enums.ts";
import { publishRepairPriceList, setRepairTechnicianTrades } from "../../services/repairs/roster.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { RepairPriceListRef } from "./queries.ts";
import { RepairPriceKind, RepairTechnicianRef } from "./types.ts";

/** A manager keeps the technicians' trades (R-REP-2) and publishes the repair price list (R-REP-3). */

const RepairTechnicianSetTradesInput = builder.inputType("RepairTechnicianSetTradesInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    technicianId: t.globalID({ required: true }),
    trades: t.field({ type: [RepairTrade], required: true }),
  }),
});

const RepairTechnicianSetTradesPayload = builder
  .objectRef<{ technician: { id: string; name: string; trades: readonly RepairTrade[] } }>(
    "RepairTechnicianSetTradesPayload",
  )
  .implement({
    fields: (t) => ({
      technician: t.field({ type: RepairTechnicianRef, nullable: true, resolve: (p) => p.technician }),
    }),
  });

builder.mutationField("repairTechnicianSetTrades", (t) =>
  t.field({
    type: RepairTechnicianSetTradesPayload,
    description: "R-REP-2: record the trades an engineering staff member may be assigned repairs of.",
    authScopes: { staffRole: ["manager"] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairTechnicianSetTradesInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      technician: await setRepairTechnicianTrades(serviceContext(context), input),
    }),
  }),
);

const RepairPriceItemInput = builder.inputType("RepairPriceItemInput", {
  fields: (t) => ({
    code: t.string({ required: true, validate: z.string().trim().min(1).max(40) }),
    name: t.string({ required: true, validate: z.string().trim().min(1).max(100) }),
    kind: t.field({ type: RepairPriceKind, required: true }),
    unit: t.string({ required: true, validate: z.string().trim().min(1).max(20) }),
    price: t.field({ type: "Money", required: true, validate: z.bigint().nonnegative() }),
  }),
});

const RepairPriceListPublishInput = builder.inputType("RepairPriceListPublishInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    id: t.string({
      required: true,
      description: 'The list\'s name, e.g. "2026".',
      validate: z.string().trim().min(1).max(40),
    }),
    items: t.field({
      type: [RepairPriceItemInput],
      required: true,
      validate: z
        .array(z.object({ code: z.string() }).passthrough())
        .min(1)
        .max(500)
        .refine(
          (items) => new Set(items.map((i) => i.code.trim())).size === items.length,
          "item codes must be unique",
        ),
    }),
  }),
});

const RepairPriceListPublishPayload = builder
  .objectRef<{ priceList: { list: RepairPriceList; published: boolean } }>("RepairPriceListPublishPayload")
  .implement({
    fields: (t) => ({
      priceList: t.field({ type: RepairPriceListRef, nullable: true, resolve: (p) => p.priceList }),
    }),
  });

builder.mutationField("repairPriceListPublish", (t) =>
  t.field({
    type: RepairPriceListPublishPayload,
    description:
      "R-REP-3: publish the estate's repair price list 维修收费标准; quotes are taken from it from now on.",
    authScopes: { staffRole: ["manager"] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RepairPriceListPublishInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      priceList: await publishRepairPriceList(serviceContext(context), {
        estateId: input.estateId,
        priceList: {
          id: input.id.trim(),
          items: input.items.map((item) => ({
            code: item.code.trim(),
            name: item.name.trim(),
            kind: item.kind,
            unit: item.unit.trim(),
            price: item.price,
          })),
        },
      }),
    }),
  }),
);
