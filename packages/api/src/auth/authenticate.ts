import type { WuyeDb } from "../db/index.ts";
import { AuthenticationError } from "../errors/index.ts";
import { loadApiKeyViewer } from "./api-keys.ts";
import { loadUserViewer } from "./load-viewer.ts";
import type { AccessTokens } from "./tokens.ts";
import { Viewer } from "./viewer.ts";

function invalidToken(): AuthenticationError {
  const error = new AuthenticationError("AUTH_TOKEN_INVALID");
  // 401 tells clients to refresh the access token (or log in) and retry.
  error.extensions.http = { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } };
  return error;
}

/**
 * Who sent the request: `Authorization: Bearer <access token>` for users, `Authorization: Bearer
 * wyk_…` or `X-Api-Key: wyk_…` for a partner's key, nothing for anonymous. A credential that is
 * present but invalid or expired is refused (401), never silently treated as anonymous.
 */
export async function authenticateRequest(
  headers: Headers,
  deps: { readonly prisma: WuyeDb; readonly tokens: AccessTokens; readonly now: Date },
): Promise<Viewer> {
  const apiKey = headers.get("x-api-key")?.trim();
  const authorization = headers.get("authorization")?.trim();
  let credential: string | undefined = apiKey;
  if (!credential && authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw invalidToken();
    credential = match[1];
  }
  if (!credential) return Viewer.anonymous();
  if (credential.startsWith("wyk_")) {
    return (await loadApiKeyViewer(deps.prisma, credential, deps.now)) ?? Promise.reject(invalidToken());
  }
  const userId = await deps.tokens.verify(credential, deps.now);
  const viewer = userId ? await loadUserViewer(deps.prisma, userId, deps.now) : undefined;
  if (!viewer) throw invalidToken();
  return viewer;
}
