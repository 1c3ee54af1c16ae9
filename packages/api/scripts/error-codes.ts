// `pnpm readme`: writes the table of the API's own error codes into README.md
// (between the `generated:api-errors` markers); test/docs.test.ts fails when it is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { apiErrors } from "../src/errors/index.ts";

export const readmeFile = fileURLToPath(new URL("../README.md", import.meta.url));
const START = "<!-- generated:api-errors -->";
const END = "<!-- /generated -->";

/** Which GraphQL error type carries each code. */
const TYPE_OF: Record<string, string> = {
  AUTH_INVALID_CREDENTIALS: "AuthenticationError",
  AUTH_RATE_LIMITED: "RateLimitError",
  AUTH_REFRESH_TOKEN_INVALID: "AuthenticationError",
  AUTH_REFRESH_TOKEN_REUSED: "AuthenticationError",
  AUTH_TOKEN_INVALID: "top-level error, HTTP 401",
  AUTH_REQUIRED: "ForbiddenError",
  API_FORBIDDEN: "ForbiddenError",
  API_NOT_FOUND: "NotFoundError",
  API_VALIDATION_FAILED: "ValidationError",
  API_STALE_RECORD: "ConflictError",
  API_IDEMPOTENCY_KEY_REUSED: "ConflictError",
  API_INTERNAL: "top-level error (masked)",
};

export function errorTable(): string {
  const rows = Object.values(apiErrors).map((kind) => {
    const type = TYPE_OF[kind.code] ?? "?";
    return `| \`${kind.code}\` | ${type} | ${kind.template.en} | ${kind.template.zh} |`;
  });
  return [START, "| Code | Returned as | English | 中文 |", "| --- | --- | --- | --- |", ...rows, END].join(
    "\n",
  );
}

/** The README with the generated table in place. */
export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(0, start) + errorTable() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(readmeFile, readmeWithTable(readFileSync(readmeFile, "utf8")));
  console.log(`updated ${readmeFile}`);
}
