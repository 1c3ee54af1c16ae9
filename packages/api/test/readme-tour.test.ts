import { readFileSync } from "node:fs";
import { type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_NOW, DEMO_PASSWORD, seedDemoEstate } from "../src/seed/index.ts";
import { type SseSubscription, subscribe } from "./subscriptions-sse.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { login } from "./support/world.ts";

/**
 * The root README's "A tour in GraphiQL" (issue 6: "a short tour with GraphQL examples"), run as
 * written against the demo estate `pnpm start` seeds: every operation is taken from the README,
 * sent as the role its first comment names, with the ids the operations before it returned — as
 * a newcomer pasting them into GraphiQL would.
 */
const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

interface TourStep {
  readonly document: string;
  readonly as: "anyone" | "owner" | "manager" | "customer_service";
  readonly operation: OperationDefinitionNode;
}

const ROLES = {
  anyone: "anyone",
  "the owner": "owner",
  "the manager": "manager",
  "customer service": "customer_service",
} as const;

/** The operations of the tour, and the variables its JSON blocks tell the reader to fill in. */
function tour(): { steps: TourStep[]; documented: Set<string> } {
  const start = README.indexOf("## A tour in GraphiQL");
  expect(start, "the README has its tour").toBeGreaterThan(-1);
  const section = README.slice(start, README.indexOf("\n## ", start + 3));
  const steps: TourStep[] = [];
  const documented = new Set<string>();
  for (const [, language, body] of section.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)) {
    if (language === "json") {
      for (const key of Object.keys(JSON.parse(body!) as object)) documented.add(key);
      continue;
    }
    const who = /^# As (anyone|the owner|the manager|customer service)\b/.exec(body!)?.[1];
    expect(who, `each operation says who runs it:\n${body}`).toBeDefined();
    const operation = parse(body!).definitions[0] as OperationDefinitionNode;
    steps.push({ document: body!, as: ROLES[who as keyof typeof ROLES], operation });
  }
  return { steps, documented };
}

let api: TestApi;
const offset = DEMO_NOW.getTime() - Date.now();

beforeAll(async () => {
  // The clock runs from the seed's "now", as if the newcomer started the API the day it was seeded.
  api = await startTestApi({
    now: () => new Date(Date.now() + offset),
    loginRateLimit: { perPhone: 1000, perIp: 1000 },
  });
  await seedDemoEstate(api.db, { units: 100 });
}, 240_000);
afterAll(async () => {
  await api?.close();
});

type Json = Record<string, unknown>;

describe("the README's tour in GraphiQL", () => {
  it("runs as written: log in, see bills, pay one, file a complaint and watch it being handled", async () => {
    const { steps, documented } = tour();
    expect(steps.map((s) => s.operation.name?.value)).toEqual([
      "LogIn",
      "MyBills",
      "PayBill",
      "WatchMyComplaints",
      "FileComplaint",
      "Classify",
      "Assign",
    ]);
    const phoneOf = (role: string) => DEMO_LOGINS.find((l) => l.role === role)!.phone;
    // The prose names the staff logins by phone: they must be the seeded ones.
    expect(README).toContain(`manager (\`${phoneOf("manager")}\`)`);
    expect(README).toContain(`customer\nservice (\`${phoneOf("customer_service")}\`)`);
    const tokens: Record<string, string | undefined> = {
      manager: (await login(api, phoneOf("manager"), DEMO_PASSWORD)).accessToken,
      customer_service: (await login(api, phoneOf("customer_service"), DEMO_PASSWORD)).accessToken,
    };
    const ids: Record<string, string> = {};
    let watch: SseSubscription<{ complaintStatusChanged: Json & { complaint: Json } }> | undefined;
    try {
      for (const step of steps) {
        const name = step.operation.name?.value;
        const variables: Record<string, string> = {};
        for (const definition of step.operation.variableDefinitions ?? []) {
          const variable = definition.variable.name.value;
          expect(ids[variable], `${name} needs $${variable} from an operation before it`).toBeDefined();
          expect([...documented], `the README tells the reader where $${variable} comes from`).toContain(
            variable,
          );
          variables[variable] = ids[variable]!;
        }
        const token = step.as === "anyone" ? undefined : tokens[step.as];
        if (step.operation.operation === "subscription") {
          watch = await subscribe(api.url, step.document, { token, variables });
          expect(watch.status).toBe(200);
          continue;
        }
        const result = await api.graphql<Record<string, Json>>(step.document, { token, variables });
        expect(result.errors, `${name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
        const payload = Object.values(result.data!)[0]!;
        expect(payload, `${name} returned a typed error: ${JSON.stringify(payload)}`).not.toHaveProperty(
          "code",
        );

        if (name === "LogIn") {
          const session = payload as {
            accessToken: string;
            viewer: { role: string; units: { id: string }[] };
          };
          expect(session.viewer.role).toBe("owner");
          tokens.owner = session.accessToken;
          ids.unitId = session.viewer.units[0]!.id;
        } else if (name === "MyBills") {
          const bills = payload as {
            totalCount: number;
            edges: { node: { id: string; outstanding: string } }[];
          };
          expect(bills.totalCount, "the demo owner has a bill to pay").toBeGreaterThan(0);
          ids.billId = bills.edges[0]!.node.id;
        } else if (name === "PayBill") {
          expect(payload).toMatchObject({ bills: [{ status: "paid", outstanding: "0.00" }] });
        } else if (name === "FileComplaint") {
          ids.complaintId = (payload.complaint as { id: string }).id;
          expect(payload.complaint).toMatchObject({ status: "received" });
        }
      }
      // The owner's tab saw the filing, the classification and the assignment, in order.
      const seen: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const change = (await watch!.next()).data?.complaintStatusChanged;
        seen.push(`${change?.action}→${change?.toState}`);
      }
      expect(seen).toEqual(["record→received", "classify→classified", "assign→assigned"]);
    } finally {
      watch?.close();
    }
  });
});
