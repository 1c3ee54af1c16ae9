import { type DomainError, isDomainError, type Refusal } from "@wuye/domain";
import type { Viewer } from "../auth/index.ts";
import { servicesOf, type WuyeContext } from "../context.ts";
import { StaleTransitionError, type WuyeDb } from "../db/index.ts";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RefusalError,
  ValidationError,
} from "../errors/index.ts";
import type { WuyePubSub } from "../pubsub/index.ts";

/**
 * What an application service works with: the database, who acts, and the instant the rules are
 * applied at (one per request, so every step of a request is dated the same).
 */
export interface ServiceContext {
  readonly prisma: WuyeDb;
  readonly viewer: Viewer;
  readonly now: Date;
  readonly requestId: string;
  /** Publish only after the transaction that made the change has committed. */
  readonly pubsub: WuyePubSub;
}

export function serviceContext(context: WuyeContext): ServiceContext {
  const services = servicesOf(context);
  return {
    prisma: services.db.prisma,
    viewer: context.viewer,
    now: services.now(),
    requestId: context.requestId,
    pubsub: services.pubsub,
  };
}

/** A relay global id decoded by the schema (`t.arg.globalID()` / `t.globalID()` input fields). */
export interface GlobalId {
  readonly typename: string;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global id of type `typename`; any other id is "not found". */
export function idOf(globalId: GlobalId, typename: string, what: string, path: readonly string[]): string {
  if (globalId.typename !== typename || !UUID.test(globalId.id)) throw new NotFoundError(what, path);
  return globalId.id;
}

/** Malformed input the domain rejected (a thrown `DomainError`) as a typed `ValidationError`. */
export function asValidationError(
  error: DomainError,
  prefix: readonly string[] = ["input"],
): ValidationError {
  const refusal = error.toRefusal();
  const path = [...prefix, ...(refusal.path ?? [])];
  return new ValidationError([{ path, message: refusal.message }], { ...refusal, path });
}

/** Runs a pure domain function; malformed input becomes a `ValidationError`. */
export function callDomain<T>(work: () => T, prefix: readonly string[] = ["input"]): T {
  try {
    return work();
  } catch (error) {
    if (isDomainError(error)) throw asValidationError(error, prefix);
    throw error;
  }
}

/** The domain's outcome: the value, or every refusal as one `RefusalError`. */
export function accepted<T extends { readonly ok: true }>(
  outcome: T | { readonly ok: false; readonly refusals: readonly Refusal[] },
): T {
  if (!outcome.ok) throw new RefusalError(outcome.refusals);
  return outcome;
}

/** A domain refusal about one input field: the domain names its own arguments, the API its input's. */
export function refusedAt(refusal: Refusal, path: readonly string[]): RefusalError {
  return new RefusalError([{ ...refusal, path }]);
}

/** Writes a workflow step; a record someone else moved first is a `ConflictError`. */
export async function writeStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StaleTransitionError) throw ConflictError.stale(what);
    throw error;
  }
}

/** Refuses unless `allowed` (the viewer can see the record but may not do this). */
export function ensure(allowed: boolean): void {
  if (!allowed) throw new ForbiddenError();
}

/** ISO instants inside stored domain data come back as `Date`s (business dates stay strings). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function reviveDomainData<T>(json: unknown): T {
  return JSON.parse(JSON.stringify(json ?? null), (_key, value) =>
    typeof value === "string" && INSTANT.test(value) ? new Date(value) : value,
  ) as T;
}
