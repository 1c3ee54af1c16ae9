import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The smallest secret accepted for signing access tokens (HS256 wants at least 256 bits). */
export const MIN_TOKEN_SECRET_LENGTH = 32;

export interface TokenSecretOptions {
  /** @default process.env.WUYE_TOKEN_SECRET */
  readonly secret?: string;
  /**
   * Where the embedded demo keeps a generated secret (`<dataDir>/token-secret`, mode 0600), so
   * tokens survive a restart. Without it and without `secret`, a random secret lives in memory.
   */
  readonly dataDir?: string;
}

/**
 * The key that signs access tokens: `WUYE_TOKEN_SECRET` when set (every instance behind a load
 * balancer must share it), else one generated once into the data folder of the embedded demo.
 */
export function loadTokenSecret(options: TokenSecretOptions = {}): Uint8Array {
  const configured = options.secret ?? process.env.WUYE_TOKEN_SECRET;
  if (configured !== undefined && configured !== "") {
    if (configured.length < MIN_TOKEN_SECRET_LENGTH) {
      throw new Error(`WUYE_TOKEN_SECRET must be at least ${MIN_TOKEN_SECRET_LENGTH} characters`);
    }
    return new TextEncoder().encode(configured);
  }
  if (!options.dataDir) return randomBytes(48);
  const file = join(options.dataDir, "token-secret");
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  chmodSync(file, 0o600);
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}
