import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are stored as argon2id hashes (memory-hard; `@node-rs/argon2` ships its native
 * binary inside the npm package). The parameters are OWASP's minimum for argon2id: 19 MiB of
 * memory, 2 passes, 1 lane; they travel inside each hash, so raising them later still verifies
 * old hashes.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/** Whether the password matches; a malformed stored hash never matches. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, so that an unknown phone number costs the same time as a
// wrong password and response times do not reveal who has an account.
let decoy: Promise<string> | undefined;

/** Spends the time of one verification without any account to check. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(24).toString("base64url"));
  await verifyPassword(await decoy, password);
  return false;
}
