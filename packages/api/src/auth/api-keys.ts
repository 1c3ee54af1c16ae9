import { randomBytes } from "node:crypto";
import type { WuyeDb } from "../db/index.ts";
import { type ApiScope, isApiScope } from "./api-scopes.ts";
import { hashSecret, opaqueSecret, sameHash } from "./tokens.ts";
import { Viewer } from "./viewer.ts";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `wyk_<8 characters>_<secret>`: the first part is stored in clear to find the key and name it in logs. */
export function apiKeyPrefixOf(key: string): string | undefined {
  return /^(wyk_[A-Za-z0-9]{8})_[A-Za-z0-9_-]{20,}$/.exec(key)?.[1];
}

export interface CreatedApiKey {
  readonly id: string;
  /** Shown once; only its hash is stored. */
  readonly key: string;
  readonly prefix: string;
}

/** Creates a partner's API key for a company, with scopes (see `API_SCOPES`). */
export async function createApiKey(
  prisma: WuyeDb,
  input: {
    companyId: string;
    name: string;
    scopes: readonly ApiScope[];
    userId?: string;
    expiresAt?: Date;
  },
): Promise<CreatedApiKey> {
  const prefix = `wyk_${[...randomBytes(8)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join("")}`;
  const key = `${prefix}_${opaqueSecret("")}`;
  const row = await prisma.apiKey.create({
    data: {
      companyId: input.companyId,
      name: input.name,
      prefix,
      keyHash: hashSecret(key),
      scopes: [...input.scopes],
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
    },
    select: { id: true },
  });
  return { id: row.id, key, prefix };
}

/** Loads the viewer behind a partner's API key: unrevoked, unexpired, with its known scopes. */
export async function loadApiKeyViewer(prisma: WuyeDb, key: string, now: Date): Promise<Viewer | undefined> {
  const prefix = apiKeyPrefixOf(key);
  if (!prefix) return undefined;
  const row = await prisma.apiKey.findUnique({ where: { prefix } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined;
  if (!sameHash(row.keyHash, hashSecret(key))) return undefined;
  return Viewer.apiKey({
    apiKeyId: row.id,
    companyId: row.companyId,
    name: row.name,
    apiScopes: row.scopes.filter(isApiScope),
    ...(row.userId ? { userId: row.userId } : {}),
  });
}
