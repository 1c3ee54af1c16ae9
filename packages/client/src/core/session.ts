import { clientError, WuyeAuthError } from "./errors.ts";
import type { WuyeLogger } from "./log.ts";

/**
 * A signed-in session: the short-lived access token sent with every request and the rotating
 * refresh token that renews it (each refresh token works once).
 */
export interface WuyeSession {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** As the server's clock saw it. */
  readonly accessTokenExpiresAt?: string | null;
  readonly refreshTokenExpiresAt?: string | null;
  /** When this client received the session, by its own clock (ms); set by the client. */
  readonly receivedAt?: number;
}

/**
 * Where the session lives between requests (and, if you choose, between page loads). The default
 * keeps it in memory. A browser app may keep it in `sessionStorage`; whatever holds the refresh
 * token holds the account, so keep it out of reach of other scripts.
 */
export interface TokenStorage {
  load(): WuyeSession | null | undefined | Promise<WuyeSession | null | undefined>;
  save(session: WuyeSession | null): void | Promise<void>;
}

/** A session kept in this object only: gone when the page or process ends. */
export function memoryTokenStorage(initial: WuyeSession | null = null): TokenStorage {
  let session = initial;
  return {
    load: () => session,
    save: (next) => {
      session = next;
    },
  };
}

/**
 * How long an access token lives, from its own `iat` and `exp` claims (the API's tokens are JWTs).
 * Measured on the server's clock and applied from the moment the client received it, the client's
 * expiry estimate does not depend on the two clocks agreeing. `undefined` for a token that is not a
 * readable JWT: such a session is refreshed only when the API refuses it.
 */
export function accessTokenLifetimeMs(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="))) as {
      iat?: unknown;
      exp?: unknown;
    };
    if (typeof claims.iat !== "number" || typeof claims.exp !== "number") return undefined;
    return (claims.exp - claims.iat) * 1000;
  } catch {
    return undefined;
  }
}

export interface SessionManagerOptions {
  readonly storage: TokenStorage;
  /** Exchanges a refresh token for a new session (the API's `authRefresh`). */
  readonly refresh: (refreshToken: string) => Promise<WuyeSession>;
  readonly clock: () => number;
  /** Refresh this long before the access token expires. */
  readonly marginMs: number;
  readonly log: WuyeLogger;
}

/**
 * Holds the session and refreshes it, once for everyone: concurrent requests that find the token
 * expiring, or see it refused, share one `authRefresh` (a refresh token works only once, so two
 * parallel refreshes would revoke the session).
 */
export class SessionManager {
  readonly #options: SessionManagerOptions;
  #refreshing: Promise<WuyeSession> | undefined;

  constructor(options: SessionManagerOptions) {
    this.#options = options;
  }

  async current(): Promise<WuyeSession | null> {
    return (await this.#options.storage.load()) ?? null;
  }

  async save(session: WuyeSession): Promise<WuyeSession> {
    const stored = { ...session, receivedAt: this.#options.clock() };
    await this.#options.storage.save(stored);
    this.#options.log({ type: "session", change: "saved" });
    return stored;
  }

  async clear(): Promise<void> {
    await this.#options.storage.save(null);
    this.#options.log({ type: "session", change: "cleared" });
  }

  /** The access token to send: refreshed first when it expires within the margin; none when signed out. */
  async accessToken(): Promise<string | undefined> {
    const session = await this.current();
    if (!session) return undefined;
    if (!this.#expiresSoon(session)) return session.accessToken;
    return (await this.refresh(session.accessToken, "expiring")).accessToken;
  }

  /**
   * A fresh session. `stale` is the access token the caller found expiring or refused: when the
   * stored one already differs, another caller has refreshed meanwhile and that session is returned.
   */
  refresh(stale: string | undefined, reason: "expiring" | "rejected" | "requested"): Promise<WuyeSession> {
    this.#refreshing ??= (async () => {
      const session = await this.current();
      if (!session) throw clientError(WuyeAuthError, "CLIENT_NOT_LOGGED_IN");
      if (stale !== undefined && session.accessToken !== stale) return session;
      this.#options.log({ type: "refresh", reason });
      let next: WuyeSession;
      try {
        next = await this.#options.refresh(session.refreshToken);
      } catch (error) {
        // A refused refresh token ends the session; a network failure leaves it for the next try.
        if (error instanceof WuyeAuthError) await this.clear();
        throw error;
      }
      return this.save(next);
    })().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  #expiresSoon(session: WuyeSession): boolean {
    const lifetime = accessTokenLifetimeMs(session.accessToken);
    if (lifetime === undefined || session.receivedAt === undefined) return false;
    return session.receivedAt + lifetime - this.#options.marginMs <= this.#options.clock();
  }
}
