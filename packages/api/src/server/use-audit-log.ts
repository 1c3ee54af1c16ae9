import { errorTypeMap } from "@pothos/plugin-errors";
import { type GraphQLFieldResolver, type GraphQLSchema, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { servicesOf, type WuyeContext } from "../context.ts";
import { toJsonValue } from "../db/index.ts";
import { ApiError } from "../errors/index.ts";
import { getDatamodel } from "../generated/pothos-types.ts";

/**
 * The audit log 操作日志: every mutation a request executes is recorded — who (the user, or the
 * API key and the partner user it acts as), when, which operation, the request id, the client's
 * address, the record it named or produced, and the outcome (`success`, or the error code). One
 * row per root mutation field, written after execution. Nothing of the input is stored, so no
 * password, token or personal data can end up in the log.
 *
 * The outcome is taken where the typed errors are still visible: each Mutation field's resolver
 * is wrapped once (as envelop's `useOnResolve` does), because a client's selection may leave the
 * error's `code` out of the response.
 */

interface AuditOutcome {
  readonly field: string;
  readonly code: string | null;
  readonly entity: { readonly type: string; readonly id: string } | null;
}

/** Outcomes recorded by the wrapped resolvers, per request context. */
const outcomes = new WeakMap<object, AuditOutcome[]>();
const WRAPPED = Symbol.for("wuye.audit-log.wrapped");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `{ complaintId: "…" }` in a payload names the record the mutation produced or acted on. */
function entityOfResult(result: unknown): AuditOutcome["entity"] {
  if (typeof result !== "object" || result === null || isTypedError(result)) return null;
  for (const [key, value] of Object.entries(result)) {
    const match = /^([a-z][A-Za-z]*)Id$/.exec(key);
    if (match?.[1] && typeof value === "string" && UUID.test(value)) {
      return { type: match[1].charAt(0).toUpperCase() + match[1].slice(1), id: value };
    }
  }
  return null;
}

/** The first global id among the input's `…Id` fields: the record the request named. */
function entityOfInput(args: Record<string, unknown>): AuditOutcome["entity"] {
  const input = args.input;
  if (typeof input !== "object" || input === null) return null;
  for (const [key, value] of Object.entries(input)) {
    if (!key.endsWith("Id") || typeof value !== "string") continue;
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const match = /^([A-Z][A-Za-z]*):(.+)$/.exec(decoded);
    if (match?.[1] && match[2] && UUID.test(match[2])) return { type: match[1], id: match[2] };
  }
  return null;
}

/**
 * Whether a resolver's result is a typed error. The errors plugin returns typed errors wrapped in
 * a proxy (for its union's type resolution) that `instanceof` does not see through; its own map
 * of wrapped errors tells them apart.
 */
function isTypedError(result: unknown): result is ApiError {
  return (
    typeof result === "object" && result !== null && (result instanceof ApiError || errorTypeMap.has(result))
  );
}

function codeOf(error: unknown): string {
  return isTypedError(error) ? error.code : "API_INTERNAL";
}

/** Wraps every Mutation field's resolver once to record its outcome in the request's list. */
function wrapMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const marked = field as typeof field & { [WRAPPED]?: true };
    if (marked[WRAPPED] || !field.resolve) continue;
    const resolve: GraphQLFieldResolver<unknown, object> = field.resolve;
    const record = (context: object, outcome: AuditOutcome) => outcomes.get(context)?.push(outcome);
    field.resolve = async (source, args, context, info) => {
      try {
        const result = await resolve(source, args, context, info);
        const failed = isTypedError(result) || result instanceof Error;
        record(context, {
          field: field.name,
          code: failed ? codeOf(result) : null,
          entity: (failed ? null : entityOfResult(result)) ?? entityOfInput(args),
        });
        return result;
      } catch (error) {
        record(context, { field: field.name, code: codeOf(error), entity: entityOfInput(args) });
        throw error;
      }
    };
    marked[WRAPPED] = true;
  }
}

/** Models that carry an `estateId`, by name (from Prisma's datamodel). */
const ESTATE_MODELS = new Set(
  Object.entries(getDatamodel().datamodel.models)
    .filter(([, model]) => model.fields.some((f) => f.name === "estateId"))
    .map(([name]) => name),
);

type Delegate = { findUnique(args: unknown): Promise<{ estateId: string } | null> };

/** The estate a record belongs to, so each estate's managers read their own estate's entries. */
async function estateOf(context: WuyeContext, entity: AuditOutcome["entity"]): Promise<string | null> {
  if (!entity) return null;
  if (entity.type === "Estate") return entity.id;
  if (!ESTATE_MODELS.has(entity.type)) return null;
  const prisma = servicesOf(context).db.prisma as unknown as Record<string, Delegate>;
  const delegate = prisma[entity.type.charAt(0).toLowerCase() + entity.type.slice(1)];
  const row = await delegate?.findUnique({ where: { id: entity.id }, select: { estateId: true } });
  return row?.estateId ?? null;
}

/** A sign-in (or refresh) that succeeded was made by the user it names, who proved who they are. */
function signedInAs(outcome: AuditOutcome): string | null {
  return outcome.code === null && outcome.entity?.type === "User" ? outcome.entity.id : null;
}

async function writeEntries(context: WuyeContext, recorded: readonly AuditOutcome[], operationName?: string) {
  const services = servicesOf(context);
  const { viewer } = context;
  const at = services.now();
  const rows = await Promise.all(
    recorded.map(async (outcome) => ({
      at,
      actorId: viewer.userId ?? signedInAs(outcome),
      actorRole: viewer.role,
      estateId: await estateOf(context, outcome.entity),
      action: outcome.field,
      entity: outcome.entity?.type ?? "Mutation",
      entityId: outcome.entity?.id ?? null,
      ip: context.clientIp,
      requestId: context.requestId,
      data: toJsonValue({
        outcome: outcome.code ? "error" : "success",
        ...(outcome.code ? { code: outcome.code } : {}),
        ...(viewer.apiKeyId ? { apiKeyId: viewer.apiKeyId } : {}),
        ...(operationName ? { operationName } : {}),
      }),
    })),
  );
  await services.db.prisma.auditLog.createMany({ data: rows });
}

export interface AuditLogOptions {
  /** Where a failure to write the log is reported (the mutation itself has already run). */
  readonly logger?: { error(...args: unknown[]): void };
}

/** Records every executed mutation in `AuditLog`, after execution, one row per root field. */
export function useAuditLog(options: AuditLogOptions = {}): Plugin<WuyeContext> {
  const logger = options.logger ?? console;
  return {
    onSchemaChange({ schema }) {
      wrapMutations(schema);
    },
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      const context = args.contextValue;
      outcomes.set(context, []);
      return {
        async onExecuteDone() {
          const recorded = outcomes.get(context) ?? [];
          outcomes.delete(context);
          if (recorded.length === 0) return;
          try {
            await writeEntries(context, recorded, operation.name?.value);
          } catch (error) {
            logger.error("audit log: could not record", recorded.map((r) => r.field).join(", "), error);
          }
        },
      };
    },
  };
}
