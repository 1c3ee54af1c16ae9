import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, STAFF_ROLES, type World } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/** Facilities: the ledger, maintenance plans and records, patrol routes and rounds (staff only). */

async function facility(world: World, prisma: WuyeDb) {
  const row = await prisma.facility.create({
    data: {
      estateId: world.estateId,
      type: "elevator",
      name: "matrix elevator",
      model: "X",
      location: "3栋",
      installedOn: new Date("2024-01-01"),
    },
  });
  return globalId("Facility", row.id);
}

async function route(world: World, prisma: WuyeDb) {
  const row = await prisma.patrolRoute.create({
    data: {
      estateId: world.estateId,
      kind: "security",
      name: `matrix route ${Math.random().toString(36).slice(2)}`,
      frequencyMinutes: 60,
      checkpoints: { create: [{ position: 0, name: "东门" }] },
    },
    include: { checkpoints: true },
  });
  return {
    routeId: globalId("PatrolRoute", row.id),
    checkpointId: globalId("PatrolCheckpoint", row.checkpoints[0]!.id),
  };
}

const mutation = (name: string) =>
  `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`;

export const FACILITIES_MATRIX: MatrixRows = {
  "Query.facilities": { allowed: STAFF_ROLES, document: "{ facilities(first: 1) { edges { cursor } } }" },
  "Query.maintenancePlans": {
    allowed: STAFF_ROLES,
    document: "{ maintenancePlans(first: 1) { edges { cursor } } }",
  },
  "Query.patrolRoutes": { allowed: STAFF_ROLES, document: "{ patrolRoutes(first: 1) { edges { cursor } } }" },
  "Query.patrolRounds": { allowed: STAFF_ROLES, document: "{ patrolRounds(first: 1) { edges { cursor } } }" },
  "Mutation.facilityRegister": {
    allowed: ["engineering", "manager"],
    document: mutation("facilityRegister"),
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        type: "cctv",
        name: "matrix camera",
        model: "HIK",
        location: "门岗",
        installedOn: "2024-01-01",
      },
    }),
  },
  "Mutation.maintenancePlanCreate": {
    allowed: ["engineering", "manager"],
    document: mutation("maintenancePlanCreate"),
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        facilityType: "elevator",
        title: "matrix plan",
        period: "monthly",
        startsOn: "2026-03-01",
      },
    }),
  },
  "Mutation.facilityMaintenanceRecord": {
    allowed: ["engineering", "manager"],
    document: mutation("facilityMaintenanceRecord"),
    variables: async (w, prisma) => ({
      input: { facilityId: await facility(w, prisma), doneOn: "2026-03-01", work: "matrix" },
    }),
  },
  "Mutation.patrolRouteCreate": {
    allowed: ["security", "engineering", "manager"],
    document: mutation("patrolRouteCreate"),
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        kind: "security",
        name: `matrix ${Math.random().toString(36).slice(2)}`,
        frequencyMinutes: 60,
        checkpoints: [{ name: "东门" }],
      },
    }),
  },
  "Mutation.patrolRoundRecord": {
    allowed: ["security", "engineering", "manager"],
    document: mutation("patrolRoundRecord"),
    variables: async (w, prisma) => {
      const { routeId, checkpointId } = await route(w, prisma);
      return {
        input: {
          routeId,
          startedAt: "2026-03-01T14:00:00Z",
          scans: [{ checkpointId, at: "2026-03-01T14:01:00Z" }],
        },
      };
    },
  },
};
