import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { schema } from "../src/schema/index.ts";
import { AUTHORIZATION_MATRIX } from "./authorization-matrix/index.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, MATRIX_ROLES, tokensFor, type World } from "./support/world.ts";

/** Every root field of the schema, as `Type.field`. */
function operations(): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

describe("the authorization matrix covers the schema", () => {
  it("has an entry for every query, mutation and subscription field", () => {
    const missing = operations().filter((operation) => !AUTHORIZATION_MATRIX[operation]);
    expect(missing, "add these to test/authorization-matrix/<area>.ts").toEqual([]);
  });

  it("has no entry for a field that no longer exists", () => {
    const known = new Set(operations());
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((operation) => !known.has(operation))).toEqual([]);
  });

  it("every root field declares its authScopes", () => {
    const unchecked = operations().filter((operation) => {
      const [typeName, fieldName] = operation.split(".") as [string, string];
      const type = schema.getType(typeName) as { getFields(): Record<string, { extensions?: unknown }> };
      const options = (
        type.getFields()[fieldName]?.extensions as { pothosOptions?: { authScopes?: unknown } }
      )?.pothosOptions;
      return options?.authScopes === undefined;
    });
    expect(unchecked).toEqual([]);
  });
});

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;

beforeAll(async () => {
  api = await startTestApi({ loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const DENIED = new Set(["AUTH_REQUIRED", "API_FORBIDDEN"]);

/**
 * Subscriptions are authorized when subscribing: a refused one answers a plain JSON POST with its
 * error at once; an allowed one opens a stream, which a JSON response cannot carry (406).
 */
async function opensStream(document: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: document, variables }),
  });
  await response.body?.cancel();
  return response.status === 406;
}

/** Denied: a FORBIDDEN/AUTH_REQUIRED error on the field, or a typed `ForbiddenError` result. */
async function isDenied(operation: string, role: ViewerRole): Promise<boolean> {
  const entry = AUTHORIZATION_MATRIX[operation]!;
  const field = operation.split(".")[1]!;
  const variables = (await entry.variables?.(world, api.db.prisma)) ?? {};
  if (operation.startsWith("Subscription.") && (await opensStream(entry.document, variables, tokens[role]))) {
    return false;
  }
  const result = await api.graphql<Record<string, { __typename?: string } | null>>(entry.document, {
    token: tokens[role],
    variables,
  });
  const topLevel = (result.errors ?? []).some(
    (error) => error.path?.[0] === field && DENIED.has(String(error.extensions?.code)),
  );
  const typed = result.data?.[field]?.__typename === "ForbiddenError";
  const unexpected = (result.errors ?? []).filter((error) => !DENIED.has(String(error.extensions?.code)));
  expect(unexpected, `${operation} as ${role}`).toEqual([]);
  return topLevel || typed;
}

describe("each role × each operation is allowed or denied as the matrix says", () => {
  for (const operation of Object.keys(AUTHORIZATION_MATRIX).sort()) {
    it(operation, async () => {
      const verdicts: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of MATRIX_ROLES) {
        verdicts[role] = (await isDenied(operation, role)) ? "denied" : "allowed";
        expected[role] = AUTHORIZATION_MATRIX[operation]!.allowed.includes(role) ? "allowed" : "denied";
      }
      expect(verdicts).toEqual(expected);
    });
  }
});
