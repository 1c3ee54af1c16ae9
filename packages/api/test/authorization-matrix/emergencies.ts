import type { WuyeDb } from "../../src/db/index.ts";
import { globalId, STAFF_ROLES, type World } from "../support/world.ts";
import type { MatrixRows } from "./types.ts";

/** Emergencies: plans, drills, coverage and incidents (staff only). */

const unique = () => Math.random().toString(36).slice(2);

async function plan(world: World, prisma: WuyeDb) {
  const row = await prisma.emergencyPlan.create({
    data: { estateId: world.estateId, type: "fire", title: `matrix plan ${unique()}` },
  });
  return globalId("EmergencyPlan", row.id);
}

async function incident(world: World, prisma: WuyeDb) {
  const row = await prisma.incident.create({
    data: {
      estateId: world.estateId,
      type: "fire",
      title: "matrix incident",
      declaredAt: new Date("2026-01-05T01:00:00Z"),
      declaredById: world.userIds.security!,
    },
  });
  return globalId("Incident", row.id);
}

const mutation = (name: string) =>
  `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`;

const incidentStep = (
  name: string,
  allowed: MatrixRows[string]["allowed"],
  input: Record<string, unknown>,
) => ({
  allowed,
  document: mutation(name),
  variables: async (w: World, prisma: WuyeDb) => ({
    input: { incidentId: await incident(w, prisma), ...input },
  }),
});

const planContent = { responsiblePeople: [], evacuationRoutes: [], assemblyPoints: [] };

export const EMERGENCIES_MATRIX: MatrixRows = {
  "Query.emergencyPlans": {
    allowed: STAFF_ROLES,
    document: "{ emergencyPlans(first: 1) { edges { cursor } } }",
  },
  "Query.incidents": { allowed: STAFF_ROLES, document: "{ incidents(first: 1) { edges { cursor } } }" },
  "Query.emergencyPlanReview": {
    allowed: STAFF_ROLES,
    document: "query ($id: ID!) { emergencyPlanReview(estateId: $id) { complete } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Query.emergencyDrillCoverage": {
    allowed: STAFF_ROLES,
    document: "query ($id: ID!) { emergencyDrillCoverage(estateId: $id) { planCount } }",
    variables: (w) => ({ id: globalId("Estate", w.estateId) }),
  },
  "Mutation.emergencyPlanCreate": {
    allowed: ["manager"],
    document: mutation("emergencyPlanCreate"),
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        type: "fire",
        title: `matrix ${unique()}`,
        ...planContent,
      },
    }),
  },
  "Mutation.emergencyPlanRevise": {
    allowed: ["manager"],
    document: mutation("emergencyPlanRevise"),
    variables: async (w, prisma) => ({
      input: { planId: await plan(w, prisma), type: "fire", title: `matrix ${unique()}`, ...planContent },
    }),
  },
  "Mutation.emergencyDrillRecord": {
    allowed: ["manager", "security"],
    document: mutation("emergencyDrillRecord"),
    variables: async (w, prisma) => ({ input: { planId: await plan(w, prisma), heldOn: "2026-01-10" } }),
  },
  "Mutation.incidentDeclare": {
    allowed: ["security", "manager"],
    document: mutation("incidentDeclare"),
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.estateId), type: "fire", title: "matrix", wholeEstate: true },
    }),
  },
  "Mutation.incidentRecordNotifications": incidentStep(
    "incidentRecordNotifications",
    ["customer_service", "security", "manager"],
    { remainingVia: "sms" },
  ),
  "Mutation.incidentNotifyResidents": incidentStep(
    "incidentNotifyResidents",
    ["customer_service", "security", "manager"],
    { remainingVia: "sms" },
  ),
  "Mutation.incidentLogAction": incidentStep(
    "incidentLogAction",
    ["security", "engineering", "customer_service", "manager"],
    { description: "matrix" },
  ),
  "Mutation.incidentClose": incidentStep("incidentClose", ["manager"], { summary: "matrix" }),
  "Mutation.incidentReview": incidentStep("incidentReview", ["manager"], { lessonsLearned: ["matrix"] }),
};
