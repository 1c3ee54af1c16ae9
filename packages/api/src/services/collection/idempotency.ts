import { createHash } from "node:crypto";
import { isUniqueViolation, toJsonValue, type WuyeTx } from "../../db/index.ts";
import { ConflictError } from "../../errors/index.ts";
import type { ServiceContext } from "../support.ts";

/**
 * Idempotency keys for money mutations (the `IdempotencyKey` table). The key's row is inserted in
 * the same transaction as the money it guards and completed with the result before commit, so:
 * - the same key with the same input returns the first result, without acting again;
 * - the same key with another input is a `ConflictError` (`API_IDEMPOTENCY_KEY_REUSED`);
 * - a concurrent duplicate waits on the key's unique index until the first commits, then gets
 *   the first result; if the first fails, nothing was written and the duplicate acts itself.
 * A request the rules refuse leaves no key behind: retrying it asks the rules again. Keys are
 * scoped per operation and caller, and kept for 24 hours.
 */

const KEEP_MS = 24 * 60 * 60 * 1000;

/** The input as canonical JSON (keys sorted), hashed: two requests match when this matches. */
export function requestHashOf(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === "bigint") return value.toString();
    if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
  return createHash("sha256")
    .update(canonical ?? "null")
    .digest("hex");
}

export interface IdempotentRequest {
  /** The mutation, e.g. `billPay`. */
  readonly operation: string;
  readonly key: string | null | undefined;
  /** The input the key promises to stand for (without the key itself). */
  readonly input: unknown;
}

/**
 * Runs `work` in one transaction, at most once per key. `T` must be JSON (strings, numbers,
 * arrays, objects): it is what a repeated request receives back.
 */
export async function idempotent<T>(
  sc: ServiceContext,
  request: IdempotentRequest,
  work: (tx: WuyeTx) => Promise<T>,
  options: { readonly timeout?: number } = {},
): Promise<T> {
  const txOptions = { timeout: options.timeout ?? 60_000, maxWait: 30_000 };
  if (!request.key) return sc.prisma.$transaction(work, txOptions);
  const scope = `${request.operation}:${sc.viewer.userId ?? sc.viewer.apiKeyId ?? "anonymous"}`;
  const where = { scope_key: { scope, key: request.key } };
  const requestHash = requestHashOf(request.input);
  const replay = async (): Promise<T | undefined> => {
    const found = await sc.prisma.idempotencyKey.findUnique({ where });
    if (!found || found.expiresAt <= sc.now) return undefined;
    if (found.requestHash !== requestHash || found.state !== "completed") {
      throw ConflictError.idempotencyKeyReused(["input", "idempotencyKey"]);
    }
    return found.response as T;
  };
  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    return await sc.prisma.$transaction(async (tx) => {
      // An expired key may be used again.
      await tx.idempotencyKey.deleteMany({
        where: { scope, key: request.key ?? "", expiresAt: { lte: sc.now } },
      });
      await tx.idempotencyKey.create({
        data: { scope, key: request.key ?? "", requestHash, expiresAt: new Date(sc.now.getTime() + KEEP_MS) },
      });
      const result = await work(tx);
      await tx.idempotencyKey.update({
        where,
        data: { state: "completed", response: toJsonValue(result) },
      });
      return result;
    }, txOptions);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key committed first: answer as it did.
    const first = await replay();
    if (first !== undefined) return first;
    throw error;
  }
}
