import { randomUUID } from "node:crypto";
import type { WuyeDb } from "../db/index.ts";
import { AuthenticationError } from "../errors/index.ts";
import { hashSecret, opaqueSecret, REFRESH_TOKEN_TTL_SECONDS } from "./tokens.ts";

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
  readonly familyId: string;
}

/**
 * Rotating refresh tokens: opaque (`wyr_…`), stored as a hash, usable once. Each use revokes the
 * token and issues its successor in the same family. Presenting a token that was already used
 * means it was copied (by an attacker or by the client after a race): the whole family is revoked,
 * so the thief and the victim both have to log in again.
 */
export class RefreshTokens {
  constructor(
    private readonly prisma: WuyeDb,
    private readonly ttlSeconds: number = REFRESH_TOKEN_TTL_SECONDS,
  ) {}

  /** Starts a new family (a login). */
  issue(userId: string, now: Date): Promise<IssuedRefreshToken> {
    return this.create(userId, randomUUID(), now);
  }

  /**
   * Uses a refresh token: revokes it and issues its successor, or refuses. A reused token revokes
   * its family ({@link AuthenticationError} `AUTH_REFRESH_TOKEN_REUSED`).
   */
  async rotate(token: string, now: Date): Promise<{ userId: string } & IssuedRefreshToken> {
    const row = await this.prisma.refreshToken.findUnique({ where: { tokenHash: hashSecret(token) } });
    if (!row || row.expiresAt <= now) throw new AuthenticationError("AUTH_REFRESH_TOKEN_INVALID");
    if (row.revokedAt) {
      await this.revokeFamily(row.familyId, now);
      throw new AuthenticationError("AUTH_REFRESH_TOKEN_REUSED");
    }
    // Compare-and-set: of two concurrent uses of one token, exactly one rotates it.
    const claimed = await this.prisma.refreshToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (claimed.count !== 1) {
      await this.revokeFamily(row.familyId, now);
      throw new AuthenticationError("AUTH_REFRESH_TOKEN_REUSED");
    }
    const next = await this.create(row.userId, row.familyId, now);
    return { userId: row.userId, ...next };
  }

  /**
   * Logs out one session (the token's family). Unknown tokens are ignored; a token of another
   * user than `ownerId` is left alone and reported as `"notOwner"`.
   */
  async revoke(token: string, now: Date, ownerId?: string): Promise<"revoked" | "unknown" | "notOwner"> {
    const row = await this.prisma.refreshToken.findUnique({ where: { tokenHash: hashSecret(token) } });
    if (!row) return "unknown";
    if (ownerId && row.userId !== ownerId) return "notOwner";
    await this.revokeFamily(row.familyId, now);
    return "revoked";
  }

  /** Logs a user out everywhere. */
  async revokeUser(userId: string, now: Date): Promise<void> {
    await this.prisma.refreshToken.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now },
    });
  }

  private async revokeFamily(familyId: string, now: Date): Promise<void> {
    await this.prisma.refreshToken.updateMany({
      where: { familyId, revokedAt: null },
      data: { revokedAt: now },
    });
  }

  private async create(userId: string, familyId: string, now: Date): Promise<IssuedRefreshToken> {
    const token = opaqueSecret("wyr_");
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    await this.prisma.refreshToken.create({
      data: { userId, familyId, tokenHash: hashSecret(token), expiresAt },
    });
    return { token, expiresAt, familyId };
  }
}
