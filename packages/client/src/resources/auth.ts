import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { MutationResultOf } from "../core/results.ts";
import type { WuyeSession } from "../core/session.ts";
import {
  AuthLoginDocument,
  type AuthLoginInput,
  type AuthLoginMutation,
  AuthLogoutDocument,
  type AuthLogoutMutation,
  type SessionFieldsFragment,
  ViewerDocument,
  type ViewerQuery,
} from "../generated/graphql.ts";
import { mutate } from "./support.ts";

/** Who is signed in: a staff member, an owner or tenant, or a partner's API key. */
export type Viewer = NonNullable<ViewerQuery["viewer"]>;
/** A new session as `authLogin` returns it, with the viewer. */
export type AuthSession = SessionFieldsFragment;
export type AuthLoginResult = MutationResultOf<AuthLoginMutation["authLogin"]>;
export type AuthLogoutResult = MutationResultOf<AuthLogoutMutation["authLogout"]>;

/**
 * Signing in and out (`authLogin`, `authRefresh`, `authLogout`). After a successful login the
 * session is kept in the client's token storage and sent with every request; the access token is
 * refreshed automatically (before it expires, or once when the API refuses it).
 */
export class AuthResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /**
   * Logs in with phone and password. A wrong password (`AuthenticationError`), too many attempts
   * (`RateLimitError`, with `retryAfterSeconds`) or a malformed phone (`ValidationError`) come back
   * as `{ ok: false, error }`. Never retried: attempts are counted.
   */
  async login(input: AuthLoginInput, options: WuyeRequestOptions = {}): Promise<AuthLoginResult> {
    const result = await mutate(this.#core, AuthLoginDocument, { input }, (data) => data.authLogin, {
      ...options,
      anonymous: true,
    });
    if (result.ok && result.data.accessToken && result.data.refreshToken) {
      await this.#core.sessions.save({
        accessToken: result.data.accessToken,
        refreshToken: result.data.refreshToken,
        accessTokenExpiresAt: result.data.accessTokenExpiresAt,
        refreshTokenExpiresAt: result.data.refreshTokenExpiresAt,
      });
    }
    return result;
  }

  /** Exchanges the refresh token for a new pair now (the client also does this by itself). */
  refresh(): Promise<WuyeSession> {
    return this.#core.sessions.refresh(undefined, "requested");
  }

  /**
   * Ends the session on the server (revokes its refresh token; `everywhere` ends every session of
   * the user) and forgets it here, even when the server cannot be reached.
   */
  async logout(
    input: { readonly everywhere?: boolean } = {},
    options: WuyeRequestOptions = {},
  ): Promise<AuthLogoutResult> {
    const session = await this.#core.sessions.current();
    const everywhere = input.everywhere ?? false;
    try {
      return await mutate(
        this.#core,
        AuthLogoutDocument,
        { input: { everywhere, ...(session ? { refreshToken: session.refreshToken } : {}) } },
        (data) => data.authLogout,
        // Revoking one session needs only its refresh token; an expired access token must not stop it.
        { ...options, anonymous: !everywhere },
      );
    } finally {
      await this.#core.sessions.clear();
    }
  }

  /** The stored session, if any. */
  session(): Promise<WuyeSession | null> {
    return this.#core.sessions.current();
  }

  /** Who the API thinks is asking; `null` when signed out. */
  async viewer(options: WuyeRequestOptions = {}): Promise<Viewer | null> {
    return (await this.#core.execute(ViewerDocument, {}, options)).data.viewer;
  }
}
