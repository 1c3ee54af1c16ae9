/**
 * The demo estate (issue 4 §5): a deterministic, idempotent seed of one company with two estates,
 * their people, bills, payments and every workflow, for `pnpm start`, `pnpm db:seed` and the
 * benchmarks.
 */
export { DEMO_NOW, DEMO_TIME_ZONE } from "./clock.ts";
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, type DemoLoginRole } from "./demo-logins.ts";
export { DEFAULT_DEMO_UNITS, MIN_DEMO_UNITS, type SeedDemoEstateOptions } from "./options.ts";
export { DEMO_COMPANY_CREDIT_CODE, DEMO_COMPANY_NAME } from "./organisation.ts";
export { type DemoEstateSummary, type SeedableDatabase, seedDemoEstate } from "./seed-demo-estate.ts";
