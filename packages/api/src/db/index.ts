/**
 * Persistence for the API: Prisma Client on embedded PGlite (default) or PostgreSQL
 * (`DATABASE_URL`), migrations in Prisma's layout applied by the project itself, workflow steps
 * written with their history and money movements in one transaction, and an append-only ledger.
 */
export {
  APPEND_ONLY_SQLSTATE,
  type AppendOnlyDelegate,
  type AppendOnlyModel,
  HISTORY_MODELS,
  LEDGER_MODELS,
  type WuyeDb,
  type WuyeTransactionOptions,
  type WuyeTx,
} from "./append-only.ts";
export {
  isAppendOnlyViolation,
  isCheckViolation,
  isUniqueViolation,
  StaleTransitionError,
  UnknownStateError,
} from "./errors.ts";
export { appendHistoryEvent } from "./history.ts";
export { toJsonValue } from "./json.ts";
export {
  type AppendedLedgerEntry,
  appendLedgerEntries,
  appendLedgerEntry,
  type LedgerEntry,
  type LedgerKind,
} from "./ledger.ts";
export { migratePostgres } from "./migrate-postgres.ts";
export {
  applyMigrations,
  defaultMigrationsDir,
  MIGRATION_LOCK_KEY,
  type Migration,
  MigrationError,
  type MigrationResult,
  readMigrations,
} from "./migrations.ts";
export {
  type Database,
  databaseOptionsFromEnv,
  defaultDataDir,
  type OpenDatabaseOptions,
  openDatabase,
} from "./open-database.ts";
export {
  isStoredWorkflow,
  type RecordedTransition,
  type RecordTransitionInput,
  recordTransition,
  type TransitionEvent,
  type WorkflowName,
} from "./record-transition.ts";
export { pgliteSession, pgSession, type SqlSession } from "./sql-session.ts";
