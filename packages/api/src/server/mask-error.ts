import { GraphQLError } from "graphql";
import type { YogaLogger } from "graphql-yoga";
import { ApiError, apiErrors } from "../errors/index.ts";

/**
 * Whether an error is one the client may see: the API's typed errors, and GraphQL's own
 * (validation, query limits, scalar parsing). Checked by class and by name, because a test
 * runner may load graphql's ESM and CommonJS builds side by side, and `instanceof` then fails.
 */
function isExpected(error: unknown): boolean {
  return (
    error instanceof ApiError ||
    error instanceof GraphQLError ||
    (error instanceof Error && error.name === "GraphQLError")
  );
}

/**
 * Unexpected errors are masked: the client gets `API_INTERNAL` with both messages and nothing
 * of the cause (no message, no stack), the log gets the cause. Expected errors pass unchanged.
 */
export function createMaskError(logger: Pick<YogaLogger, "error">) {
  return (error: unknown): Error => {
    const original = (error as { originalError?: unknown } | null)?.originalError;
    if (isExpected(error) && (original == null || isExpected(original))) return error as Error;
    logger.error(original ?? error);
    const { message, messageZh, code } = apiErrors.API_INTERNAL.refuse({});
    const path = (error as { path?: readonly (string | number)[] } | null)?.path;
    return new GraphQLError(message, { ...(path ? { path } : {}), extensions: { code, messageZh } });
  };
}
