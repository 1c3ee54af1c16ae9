import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, type World } from "../support/world.ts";
import { type MatrixRows, staff } from "./types.ts";

/** Access: visitors, vehicles, parking spaces and monthly cards (R-ACC-1, R-ACC-3). */

const GATE = ["security", "customer_service", "manager"] as const;

let sequence = 0;
function next(): string {
  sequence += 1;
  return `${process.pid % 1000}${sequence}`;
}

async function spaceIn(world: World, prisma: WuyeDb, assigned: boolean) {
  const space = await prisma.parkingSpace.create({
    data: {
      estateId: world.estateId,
      code: `P-${next()}`,
      kind: "rented",
      ...(assigned ? { unitId: world.ownerUnitId } : {}),
    },
  });
  return globalId("ParkingSpace", space.id);
}

export const ACCESS_MATRIX: MatrixRows = {
  "Query.visitors": {
    allowed: [...GATE, "owner", "tenant"],
    document: "{ visitors(first: 1) { totalCount } }",
  },
  "Query.vehicles": {
    allowed: [...staff, "owner", "tenant"],
    document: "{ vehicles(first: 1) { edges { cursor } } }",
  },
  "Query.parkingSpaces": {
    allowed: [...staff, "owner", "tenant"],
    document: "{ parkingSpaces(first: 1) { edges { cursor } } }",
  },
  "Mutation.visitorRegister": {
    allowed: GATE,
    document: "mutation ($input: VisitorRegisterInput!) { visitorRegister(input: $input) { __typename } }",
    variables: (w) => ({
      input: { unitId: globalId("Unit", w.ownerUnitId), kind: "guest", name: "访客 甲", purpose: "探亲" },
    }),
  },
  "Mutation.visitorLeave": {
    allowed: GATE,
    document: "mutation ($input: VisitorLeaveInput!) { visitorLeave(input: $input) { __typename } }",
    variables: async (w, prisma) => {
      const visitor = await prisma.visitor.create({
        data: {
          estateId: w.estateId,
          kind: "delivery",
          name: "快递",
          purpose: "送件",
          arrivedAt: new Date("2026-01-05T02:00:00Z"),
          registeredById: w.userIds.security!,
        },
      });
      return { input: { visitorId: globalId("Visitor", visitor.id) } };
    },
  },
  "Mutation.vehicleRegister": {
    allowed: GATE,
    document: "mutation ($input: VehicleRegisterInput!) { vehicleRegister(input: $input) { __typename } }",
    variables: (w) => ({
      input: { unitId: globalId("Unit", w.ownerUnitId), plateNumber: `粤B${next().padStart(5, "0")}` },
    }),
  },
  "Mutation.parkingSpaceRegister": {
    allowed: GATE,
    document:
      "mutation ($input: ParkingSpaceRegisterInput!) { parkingSpaceRegister(input: $input) { __typename } }",
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.estateId), code: `Q-${next()}`, kind: "owned" },
    }),
  },
  "Mutation.parkingSpaceAssign": {
    allowed: GATE,
    document:
      "mutation ($input: ParkingSpaceAssignInput!) { parkingSpaceAssign(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { parkingSpaceId: await spaceIn(w, prisma, false), unitId: globalId("Unit", w.ownerUnitId) },
    }),
  },
  "Mutation.parkingCardRenew": {
    allowed: ["security", "customer_service", "cashier", "manager"],
    document: "mutation ($input: ParkingCardRenewInput!) { parkingCardRenew(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { parkingSpaceId: await spaceIn(w, prisma, true), months: 1 },
    }),
  },
};
