/**
 * Authentication and authorization shared by every area module: who the viewer is, the scopes
 * fields are checked with, the row-level visibility filters, and the masking of personal data.
 */

export { apiKeyPrefixOf, type CreatedApiKey, createApiKey, loadApiKeyViewer } from "./api-keys.ts";
export { API_SCOPES, type ApiScope, isApiScope } from "./api-scopes.ts";
export { authenticateRequest } from "./authenticate.ts";
export { loadUserViewer } from "./load-viewer.ts";
export { identityNumberFor, mayReadPersonalData, type PersonalDataOwner, phoneFor } from "./masking.ts";
export { hashPassword, verifyDecoy, verifyPassword } from "./passwords.ts";
export { LoginRateLimiter, type LoginRateLimitOptions } from "./rate-limit.ts";
export { type IssuedRefreshToken, RefreshTokens } from "./refresh-tokens.ts";
export { ALL_STAFF_ROLES, authScopesFor, staffRolesFor, type WuyeAuthScopes } from "./scopes.ts";
export { loadTokenSecret, MIN_TOKEN_SECRET_LENGTH, type TokenSecretOptions } from "./secret.ts";
export {
  ACCESS_TOKEN_TTL_SECONDS,
  AccessTokens,
  hashSecret,
  type IssuedAccessToken,
  REFRESH_TOKEN_TTL_SECONDS,
} from "./tokens.ts";
export {
  type EstateRole,
  type ResidentUnit,
  type StaffRole,
  Viewer,
  type ViewerRole,
} from "./viewer.ts";
export {
  type EstateScopeOptions,
  estateScoped,
  NO_ROWS,
  visibleBuildings,
  visibleComplaints,
  visibleEstates,
  visibleOccupancies,
  visiblePeople,
  visibleUnits,
} from "./visibility.ts";
