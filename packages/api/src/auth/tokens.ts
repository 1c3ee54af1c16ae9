import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";

const ISSUER = "wuye";
const AUDIENCE = "wuye-api";

/** @default 15 minutes: short enough that a leaked token expires soon; refresh renews it. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** @default 30 days: a refresh token unused that long expires. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface IssuedAccessToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Short-lived access tokens: JWTs signed with HS256 (`jose`), naming the user as `sub`. */
export class AccessTokens {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number = ACCESS_TOKEN_TTL_SECONDS,
  ) {}

  async issue(userId: string, now: Date): Promise<IssuedAccessToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.secret);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The user id in a valid, unexpired token; `undefined` for anything else. */
  async verify(token: string, now: Date): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["HS256"],
        currentDate: now,
        requiredClaims: ["sub", "exp", "iat"],
      });
      return payload.sub;
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}

/** A high-entropy opaque secret with a recognisable prefix (`wyr_` refresh, `wyk_` API key). */
export function opaqueSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString("base64url")}`;
}

/**
 * How opaque secrets are stored: SHA-256 is enough for 256-bit random values (nothing to brute
 * force), and lets the database find a token by its hash.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
