import { APPEND_ONLY_SQLSTATE } from "./append-only.ts";

/** The record was not in the expected state (or version): someone else moved it first. */
export class StaleTransitionError extends Error {
  override readonly name = "StaleTransitionError";
  readonly code = "DB_STALE_TRANSITION";
  constructor(
    readonly workflow: string,
    readonly recordId: string,
    readonly expectedState: string,
    readonly expectedVersion?: number,
  ) {
    super(
      `${workflow} ${recordId} is no longer in state "${expectedState}"` +
        (expectedVersion === undefined ? "" : ` at version ${expectedVersion}`) +
        "; reload it and try again",
    );
  }
}

/** A workflow state the database does not know: the domain and the schema disagree. */
export class UnknownStateError extends Error {
  override readonly name = "UnknownStateError";
  readonly code = "DB_UNKNOWN_STATE";
  constructor(
    readonly workflow: string,
    readonly state: string,
  ) {
    super(`"${state}" is not a state of ${workflow} in the database schema`);
  }
}

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function describes(error: unknown, needle: string): boolean {
  return errorChain(error).some((link) => {
    if (typeof link !== "object" || link === null) return false;
    const { code, message, meta } = link as { code?: unknown; message?: unknown; meta?: unknown };
    return (
      code === needle ||
      (typeof message === "string" && message.includes(needle)) ||
      JSON.stringify(meta ?? null).includes(needle)
    );
  });
}

/** A unique constraint refused the write (Prisma P2002, SQLSTATE 23505): e.g. a second bill line. */
export function isUniqueViolation(error: unknown): boolean {
  return describes(error, "P2002") || describes(error, "23505");
}

/** An append-only table refused an UPDATE, DELETE or TRUNCATE (R-FEE-9). */
export function isAppendOnlyViolation(error: unknown): boolean {
  return describes(error, APPEND_ONLY_SQLSTATE) || describes(error, "is append-only");
}

/** A CHECK constraint refused the row (SQLSTATE 23514): e.g. a negative amount. */
export function isCheckViolation(error: unknown): boolean {
  return describes(error, "23514") || describes(error, "violates check constraint");
}
