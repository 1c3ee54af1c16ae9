import type { Refusal } from "@wuye/domain";
import { GraphQLError } from "graphql";
import { type ApiErrorCode, apiErrors } from "./codes.ts";

/**
 * The errors the API returns, as classes the errors plugin maps to GraphQL types (each type
 * implements the `Error` interface: `code`, `message`, `messageZh`, `path`). They extend
 * `GraphQLError`, so one that escapes a field without typed errors still reaches the client with
 * its code (in `extensions`) instead of being masked as unexpected.
 */
export abstract class ApiError extends GraphQLError {
  readonly code: string;
  readonly messageZh: string;
  /** The input field at fault, e.g. `["input", "content"]`; empty when no one field is to blame. */
  readonly fieldPath: readonly string[];

  protected constructor(refusal: Refusal) {
    super(refusal.message, {
      extensions: {
        code: refusal.code,
        messageZh: refusal.messageZh,
        ...(refusal.path ? { fieldPath: refusal.path } : {}),
      },
    });
    this.code = refusal.code;
    this.messageZh = refusal.messageZh;
    this.fieldPath = refusal.path ?? [];
  }
}

function refusalOf<C extends ApiErrorCode>(
  code: C,
  params: Parameters<(typeof apiErrors)[C]["refuse"]>[0],
  path?: readonly string[],
): Refusal {
  // The catalogue's parameter types differ per code; this is the one place that erases them.
  return (apiErrors[code].refuse as (p: unknown, path?: readonly string[]) => Refusal)(params, path);
}

/** The rules said no (a domain refusal), with every reason the domain gave. */
export class RefusalError extends ApiError {
  override readonly name = "RefusalError";
  readonly refusals: readonly Refusal[];
  readonly rule: string | undefined;
  constructor(refusals: readonly Refusal[]) {
    const first = refusals[0];
    if (!first) throw new TypeError("RefusalError needs at least one refusal");
    super(first);
    this.refusals = refusals;
    this.rule = first.rule;
    this.extensions.rule = first.rule;
  }
}

/** One problem with the input, as zod reports it. */
export interface ValidationIssue {
  readonly path: readonly string[];
  readonly message: string;
}

/** The input is malformed (zod validation, or a domain `DomainError` for bad input). */
export class ValidationError extends ApiError {
  override readonly name = "ValidationError";
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], refusal?: Refusal) {
    const first = issues[0];
    super(
      refusal ??
        refusalOf(
          "API_VALIDATION_FAILED",
          { issue: first ? `${first.path.join(".") || "input"}: ${first.message}` : "see issues" },
          first?.path,
        ),
    );
    this.issues = issues;
  }
}

/** No such record, or not one the viewer may see (the two are not told apart). */
export class NotFoundError extends ApiError {
  override readonly name = "NotFoundError";
  constructor(what: string, path?: readonly string[]) {
    super(refusalOf("API_NOT_FOUND", { what }, path));
  }
}

/** The viewer may see the record but not do this. */
export class ForbiddenError extends ApiError {
  override readonly name = "ForbiddenError";
  constructor(code: "API_FORBIDDEN" | "AUTH_REQUIRED" = "API_FORBIDDEN") {
    super(refusalOf(code, {}));
  }
}

/** The request conflicts with the current state: a stale record, a reused idempotency key. */
export class ConflictError extends ApiError {
  override readonly name = "ConflictError";
  constructor(refusal: Refusal) {
    super(refusal);
  }
  static stale(what: string): ConflictError {
    return new ConflictError(refusalOf("API_STALE_RECORD", { what }));
  }
  static idempotencyKeyReused(path?: readonly string[]): ConflictError {
    return new ConflictError(refusalOf("API_IDEMPOTENCY_KEY_REUSED", {}, path));
  }
}

/** Credentials or tokens that do not identify anyone. */
export class AuthenticationError extends ApiError {
  override readonly name = "AuthenticationError";
  constructor(
    code:
      | "AUTH_INVALID_CREDENTIALS"
      | "AUTH_REFRESH_TOKEN_INVALID"
      | "AUTH_REFRESH_TOKEN_REUSED"
      | "AUTH_TOKEN_INVALID",
  ) {
    super(refusalOf(code, {}));
  }
}

/** Too many attempts: try again after `retryAfterSeconds`. */
export class RateLimitError extends ApiError {
  override readonly name = "RateLimitError";
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(refusalOf("AUTH_RATE_LIMITED", { seconds }));
    this.retryAfterSeconds = seconds;
    this.extensions.retryAfterSeconds = seconds;
  }
}

/** Every error class the schema exposes as a GraphQL type, for mutation results. */
export const MUTATION_ERROR_TYPES = [
  RefusalError,
  ValidationError,
  NotFoundError,
  ForbiddenError,
  ConflictError,
] as const;
