import {
  type AccessTokens,
  hashPassword,
  type LoginRateLimiter,
  RefreshTokens,
  type Viewer,
  verifyDecoy,
  verifyPassword,
} from "../auth/index.ts";
import type { WuyeDb } from "../db/index.ts";
import { AuthenticationError, ForbiddenError } from "../errors/index.ts";

/** What a login or a refresh hands the client. */
export interface AuthSession {
  readonly userId: string;
  readonly accessToken: string;
  readonly accessTokenExpiresAt: Date;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: Date;
}

/**
 * A mainland phone number as credentials store it: digits only, without the +86 country code,
 * so `+86 138-1234-5678` and `13812345678` are the same login.
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s()+-]/g, "");
  if (/^0086\d{11}$/.test(digits)) return digits.slice(4);
  if (/^86\d{11}$/.test(digits)) return digits.slice(2);
  return digits;
}

/** Gives a user a phone-and-password login (replacing any earlier password). */
export async function setPassword(prisma: WuyeDb, userId: string, phone: string, password: string) {
  const identifier = normalizePhone(phone);
  const secretHash = await hashPassword(password);
  await prisma.credential.upsert({
    where: { kind_identifier: { kind: "password", identifier } },
    create: { userId, kind: "password", identifier, secretHash },
    update: { userId, secretHash },
  });
}

/**
 * Logging in, refreshing and logging out (the application service behind `authLogin`,
 * `authRefresh`, `authLogout`): argon2id passwords, 15-minute access tokens, rotating refresh
 * tokens with reuse detection, and login attempts limited per phone number and per IP.
 */
export class AuthService {
  readonly refreshTokens: RefreshTokens;

  constructor(
    private readonly prisma: WuyeDb,
    readonly accessTokens: AccessTokens,
    private readonly limiter: LoginRateLimiter,
  ) {
    this.refreshTokens = new RefreshTokens(prisma);
  }

  async login(input: { phone: string; password: string; ip: string; now: Date }): Promise<AuthSession> {
    const phone = normalizePhone(input.phone);
    await this.limiter.check(phone, input.ip);
    const credential = await this.prisma.credential.findUnique({
      where: { kind_identifier: { kind: "password", identifier: phone } },
      select: { id: true, secretHash: true, user: { select: { id: true, active: true, kind: true } } },
    });
    const usable = credential?.secretHash && credential.user.active && credential.user.kind !== "partner";
    const valid = usable
      ? await verifyPassword(credential.secretHash as string, input.password)
      : await verifyDecoy(input.password);
    if (!valid || !credential) {
      await this.limiter.failed(phone, input.ip);
      throw new AuthenticationError("AUTH_INVALID_CREDENTIALS");
    }
    await this.limiter.succeeded(phone);
    await this.prisma.credential.update({ where: { id: credential.id }, data: { lastUsedAt: input.now } });
    return this.session(
      credential.user.id,
      await this.refreshTokens.issue(credential.user.id, input.now),
      input.now,
    );
  }

  async refresh(input: { refreshToken: string; now: Date }): Promise<AuthSession> {
    const rotated = await this.refreshTokens.rotate(input.refreshToken, input.now);
    const user = await this.prisma.user.findUnique({
      where: { id: rotated.userId },
      select: { active: true },
    });
    if (!user?.active) {
      await this.refreshTokens.revokeUser(rotated.userId, input.now);
      throw new AuthenticationError("AUTH_REFRESH_TOKEN_INVALID");
    }
    return this.session(rotated.userId, rotated, input.now);
  }

  /**
   * Ends the refresh token's session, or every session of the signed-in user. A token that
   * belongs to someone else than the signed-in viewer is refused.
   */
  async logout(input: { refreshToken?: string; everywhere: boolean; viewer: Viewer; now: Date }) {
    if (input.everywhere) {
      if (!input.viewer.userId) throw new ForbiddenError("AUTH_REQUIRED");
      await this.refreshTokens.revokeUser(input.viewer.userId, input.now);
      return;
    }
    if (!input.refreshToken) return;
    const outcome = await this.refreshTokens.revoke(input.refreshToken, input.now, input.viewer.userId);
    if (outcome === "notOwner") throw new ForbiddenError();
  }

  private async session(
    userId: string,
    refresh: { token: string; expiresAt: Date },
    now: Date,
  ): Promise<AuthSession> {
    const access = await this.accessTokens.issue(userId, now);
    return {
      userId,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}
