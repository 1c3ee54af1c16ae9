import type { ViewerRole } from "../../src/auth/index.ts";
import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, STAFF_ROLES, type World } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/** Repairs: the orders, the technicians and price list, and one row per step. */

const residents: readonly ViewerRole[] = ["owner", "tenant"];

/** A fresh order of the owner's unit in `status`, for a sample to act on. */
async function order(world: World, prisma: WuyeDb) {
  const row = await prisma.repairOrder.create({
    data: {
      estateId: world.estateId,
      unitId: world.ownerUnitId,
      number: `R-MATRIX-${Math.random().toString(36).slice(2)}`,
      requesterName: "owner person",
      requesterPhone: "13800000000",
      description: "matrix sample",
      category: "plumbing",
      trade: "plumbing",
      requestedAt: new Date("2026-01-05T01:00:00Z"),
    },
  });
  return globalId("RepairOrder", row.id);
}

const step = (name: string, allowed: readonly ViewerRole[], input: Record<string, unknown> = {}) => ({
  allowed,
  document: `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`,
  variables: async (world: World, prisma: WuyeDb) => ({
    input: { repairOrderId: await order(world, prisma), ...input },
  }),
});

export const REPAIRS_MATRIX: MatrixRows = {
  "Query.repairOrders": {
    allowed: [...STAFF_ROLES, ...residents],
    document: "{ repairOrders(first: 1) { totalCount } }",
  },
  "Query.repairTechnicians": {
    allowed: STAFF_ROLES,
    document: "query ($id: ID!) { repairTechnicians(estateId: $id) { name } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Query.repairPriceList": {
    allowed: [...STAFF_ROLES, ...residents],
    document: "query ($id: ID!) { repairPriceList(estateId: $id) { id } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Mutation.repairRegister": {
    allowed: ["customer_service", "manager", ...residents],
    document: "mutation ($input: RepairRegisterInput!) { repairRegister(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        unitId: globalId("Unit", w.ownerUnitId),
        description: "matrix sample",
        category: "plumbing",
        trade: "plumbing",
        reporterName: "甲",
        contact: "13800000000",
      },
    }),
  },
  "Mutation.repairRespond": step("repairRespond", ["customer_service", "engineering"], { onSiteNow: false }),
  "Mutation.repairAssign": step("repairAssign", ["engineering", "manager"], {
    technicianId: globalId("RepairTechnician", "00000000-0000-7000-8000-000000000000"),
  }),
  "Mutation.repairAgreeFreePlan": step("repairAgreeFreePlan", ["engineering"], { plan: "更换" }),
  "Mutation.repairQuote": step("repairQuote", ["engineering"], {
    lines: [{ code: "L-CALL", quantity: "1" }],
    reason: "收费",
  }),
  "Mutation.repairAcceptQuote": step("repairAcceptQuote", ["customer_service", ...residents]),
  "Mutation.repairDeclineQuote": step("repairDeclineQuote", ["customer_service", ...residents], {
    reason: "不修",
  }),
  "Mutation.repairStart": step("repairStart", ["engineering"]),
  "Mutation.repairComplete": step("repairComplete", ["engineering"], { workDone: "完成" }),
  "Mutation.repairAcceptJointly": step("repairAcceptJointly", ["engineering", ...residents], {
    ownerSignature: "甲",
    technicianSignature: "乙",
  }),
  "Mutation.repairRejectAtAcceptance": step("repairRejectAtAcceptance", ["engineering", ...residents], {
    defects: "未完成",
  }),
  "Mutation.repairReturnVisit": step("repairReturnVisit", ["customer_service"], { satisfied: true }),
  "Mutation.repairWithdraw": step("repairWithdraw", ["customer_service", ...residents], {
    reason: "不需要了",
  }),
  "Mutation.repairTechnicianSetTrades": {
    allowed: ["manager"],
    document:
      "mutation ($input: RepairTechnicianSetTradesInput!) { repairTechnicianSetTrades(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        technicianId: globalId("RepairTechnician", w.userIds.engineering ?? ""),
        trades: ["plumbing"],
      },
    }),
  },
  "Mutation.repairPriceListPublish": {
    allowed: ["manager"],
    document:
      "mutation ($input: RepairPriceListPublishInput!) { repairPriceListPublish(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        id: "matrix",
        items: [{ code: "L-CALL", name: "上门服务", kind: "labour", unit: "次", price: "30.00" }],
      },
    }),
  },
};
