import type { WuyeDb } from "../../src/db/index.ts";
import { publishFees } from "../fees-fixtures.ts";
import { globalId, type World } from "../support/world.ts";
import { type MatrixRows, staff } from "./types.ts";

/** Occupancy: handover, tenants, move-in/out, takeover (R-HND-1…4, R-ARC-1/2). */

const DESK = ["customer_service", "manager"] as const;
const ENGINEERING = ["engineering", "manager"] as const;

let sequence = 0;
async function unitIn(world: World, prisma: WuyeDb, status: "awaitingHandover" | "vacant" | "occupied") {
  sequence += 1;
  const unit = await prisma.unit.create({
    data: {
      estateId: world.estateId,
      buildingId: world.buildingId,
      number: `M-${process.pid}-${sequence}`,
      buildingArea: "88.00",
      status,
      ...(status === "awaitingHandover" ? {} : { handoverDate: new Date("2025-01-01") }),
    },
  });
  return globalId("Unit", unit.id);
}

async function defectIn(world: World, prisma: WuyeDb, status: "recorded" | "reported" | "rectified") {
  const defect = await prisma.takeoverDefect.create({
    data: { estateId: world.estateId, scope: "plumbing", location: "B1 泵房", description: "渗水", status },
  });
  return globalId("TakeoverDefect", defect.id);
}

const CHECKLIST = {
  handedOverOn: "2026-01-10",
  identityVerifiedBy: "客服 李",
  inspection: ["water", "power", "heating", "fixtures", "smokeAlarms", "emergencyLights"].map((item) => ({
    item,
    result: "ok",
  })),
  receipt: { keysHandedOver: 3, ownersManual: true, renovationManual: true, signedBy: "业主" },
};

export const OCCUPANCY_MATRIX: MatrixRows = {
  "Query.takeover": {
    allowed: staff,
    document: "query ($id: ID!) { takeover(estateId: $id) { complete } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Mutation.unitHandOver": {
    allowed: DESK,
    document: "mutation ($input: UnitHandOverInput!) { unitHandOver(input: $input) { __typename } }",
    variables: async (w, prisma) => {
      // R-HND-3: the handover issues the prepayment, so the estate needs a published fee standard.
      const priced = await prisma.feeItem.findFirst({ where: { estateId: w.estateId, code: "property" } });
      if (!priced) await publishFees(prisma, w.estateId);
      return { input: { unitId: await unitIn(w, prisma, "awaitingHandover"), ...CHECKLIST } };
    },
  },
  "Mutation.tenantRegister": {
    allowed: DESK,
    document: "mutation ($input: TenantRegisterInput!) { tenantRegister(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        unitId: globalId("Unit", w.ownerUnitId),
        name: "租户 甲",
        tenancy: { from: "2026-02-01", to: "2027-01-31" },
      },
    }),
  },
  "Mutation.unitMoveIn": {
    allowed: DESK,
    document: "mutation ($input: UnitMoveInInput!) { unitMoveIn(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: {
        unitId: await unitIn(w, prisma, "vacant"),
        date: "2026-02-01",
        residents: [{ name: "住户 甲", relation: "familyMember" }],
      },
    }),
  },
  "Mutation.unitMoveOut": {
    allowed: DESK,
    document: "mutation ($input: UnitMoveOutInput!) { unitMoveOut(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { unitId: await unitIn(w, prisma, "occupied"), date: "2026-02-01" },
    }),
  },
  "Mutation.takeoverInspectionRecord": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverInspectionRecordInput!) { takeoverInspectionRecord(input: $input) { __typename } }",
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.estateId), scope: "fire", inspectedOn: "2025-12-01" },
    }),
  },
  "Mutation.takeoverDefectRecord": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverDefectRecordInput!) { takeoverDefectRecord(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        scope: "fire",
        location: "2栋",
        description: "烟感失效",
      },
    }),
  },
  "Mutation.takeoverDefectReport": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverDefectReportInput!) { takeoverDefectReport(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { defectId: await defectIn(w, prisma, "recorded"), reportRef: "R-1" },
    }),
  },
  "Mutation.takeoverDefectRectify": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverDefectRectifyInput!) { takeoverDefectRectify(input: $input) { __typename } }",
    variables: async (w, prisma) => ({ input: { defectId: await defectIn(w, prisma, "reported") } }),
  },
  "Mutation.takeoverDefectAccept": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverDefectAcceptInput!) { takeoverDefectAccept(input: $input) { __typename } }",
    variables: async (w, prisma) => ({ input: { defectId: await defectIn(w, prisma, "rectified") } }),
  },
  "Mutation.takeoverDefectReopen": {
    allowed: ENGINEERING,
    document:
      "mutation ($input: TakeoverDefectReopenInput!) { takeoverDefectReopen(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { defectId: await defectIn(w, prisma, "rectified"), finding: "仍渗水" },
    }),
  },
};
