import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { formatMoney, type Money, parseMoney } from "@wuye/domain";
import { GraphQLError, Kind } from "graphql";
import { DateResolver, DateTimeResolver, JSONResolver } from "graphql-scalars";
import { authScopesFor, type WuyeAuthScopes } from "./auth/index.ts";
import { prismaOf, type WuyeContext } from "./context.ts";
import { ForbiddenError, ValidationError } from "./errors/index.ts";
import type PrismaTypes from "./generated/pothos-types.ts";
import { getDatamodel } from "./generated/pothos-types.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

/** Anything Prisma returns for a `Decimal` money column (it has `toFixed`), or a domain `Money`. */
export type MoneyOutput = Money | { toFixed(decimalPlaces: number): string };

export interface WuyeSchemaTypes {
  Context: WuyeContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: WuyeAuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    /** An instant, ISO 8601 with offset (`graphql-scalars` DateTime). */
    DateTime: { Input: Date; Output: Date };
    /** A business date `YYYY-MM-DD` in the estate's time zone (`graphql-scalars` Date). */
    Date: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    /** CNY as a decimal string with two places, exact (never a float). */
    Money: { Input: Money; Output: MoneyOutput };
  };
}

/**
 * The schema builder: plugins and scalars only, types live in `schema/<area>.ts`.
 *
 * Plugin order matters: scope-auth first, so no other plugin runs a resolver before the
 * authorization check; errors before prisma (and dataloader), so typed errors also catch what
 * those plugins' field builders throw. Errors wraps the argument mappers too
 * (`unsafelyHandleInputErrors`), which turns validation failures and scope-auth refusals on
 * mutations into typed `ValidationError` / `ForbiddenError` results instead of top-level errors.
 */
export const builder = new SchemaBuilder<WuyeSchemaTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => authScopesFor(context.viewer),
    // Scope parameters are small objects (`{ estateId, roles }`): cache checks by value.
    cacheKey: (value) => JSON.stringify(value),
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context) =>
      new ForbiddenError(context.viewer.isAuthenticated ? "API_FORBIDDEN" : "AUTH_REQUIRED"),
  },
  errors: {
    unsafelyHandleInputErrors: true,
    directResult: true,
    // `complaintFile` → `ComplaintFileResult`, the union of its payload and its error types.
    defaultUnionOptions: {
      name: ({ parentTypeName, fieldName }) =>
        `${parentTypeName === "Mutation" ? "" : parentTypeName}${upperFirst(fieldName)}Result`,
    },
  },
  prisma: {
    // The client is looked up per request, never part of the context type.
    client: (context) => prismaOf(context) as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: { models: true, fields: false },
    filterConnectionTotalCount: true,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    decodeGlobalID: decodeWuyeGlobalID,
    // `node(id:)` finds only what the viewer may see: each node type loads through its
    // visibility filter and returns null otherwise.
    nodeQueryOptions: { authScopes: { authenticated: true }, nullable: true },
    nodesQueryOptions: { authScopes: { authenticated: true }, nullable: { list: false, items: true } },
  },
  validation: {
    validationError: (failure) =>
      new ValidationError(
        failure.issues.map((issue) => ({
          path: (issue.path ?? []).map((segment) =>
            String(typeof segment === "object" && segment !== null ? segment.key : segment),
          ),
          message: issue.message,
        })),
      ),
  },
});

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Global ids are base64 of `Type:uuid` (the relay default); anything else is a typed input error. */
function decodeWuyeGlobalID(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon <= 0 || !/^[A-Z][A-Za-z]*$/.test(typename) || id === "") {
    throw new ValidationError([{ path: [], message: `"${globalID}" is not a global id` }]);
  }
  return { typename, id };
}

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("Date", DateResolver);
builder.addScalarType("JSON", JSONResolver);

function readMoney(value: unknown): Money {
  // A float would already have lost the fen: only decimal strings are accepted.
  if (typeof value !== "string") throw new GraphQLError('Money must be a decimal string such as "1234.56"');
  try {
    return parseMoney(value);
  } catch (error) {
    throw new GraphQLError(error instanceof Error ? error.message : String(error));
  }
}

builder.scalarType("Money", {
  description:
    'An amount of CNY as an exact decimal string with two places, e.g. "1234.56" (parsed and written by the domain\'s parseMoney/formatMoney; never a float).',
  serialize: (value) =>
    typeof value === "bigint" ? formatMoney(value) : formatMoney(parseMoney(value.toFixed(2))),
  parseValue: readMoney,
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('Money must be a decimal string such as "1234.56"');
    return readMoney(node.value);
  },
});
