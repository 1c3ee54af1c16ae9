/**
 * What a partner's API key may do. A key belongs to a company and sees that company's estates
 * only; each area adds the scopes its fields check (`read` to list and view, `write` to act).
 * Personal data is always masked for keys (R-ARC-3).
 */
export const API_SCOPES = [
  "estates:read",
  "units:read",
  "people:read",
  "complaints:read",
  "complaints:write",
  "repairs:read",
  "repairs:write",
  "fees:read",
  "fees:write",
  "renovations:read",
  "releasePasses:read",
  "access:read",
  "community:read",
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
