import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/**
 * The money ledger (R-FEE-6, R-FEE-9): every money movement is a row with an author, a time and a
 * reason, never edited in place; a correction is a new row reversing an earlier one.
 */
export const LEDGER_MODELS = [
  "payment",
  "paymentAllocation",
  "creditEntry",
  "refund",
  "renovationDeposit",
  "renovationPenalty",
  "renovationDepositSettlement",
  "maintenanceFundEntry",
] as const;

/** The history (R-QLT-2): workflow events and the audit log, also append-only. */
export const HISTORY_MODELS = ["workflowEvent", "auditLog"] as const;

export type AppendOnlyModel = (typeof LEDGER_MODELS)[number] | (typeof HISTORY_MODELS)[number];

/**
 * SQLSTATE the database raises when anything tries to UPDATE, DELETE or TRUNCATE an append-only
 * table (trigger `wuye_refuse_append_only_change` in prisma/migrations/*_integrity).
 */
export const APPEND_ONLY_SQLSTATE = "WY001";

type RewritingOperation =
  | "update"
  | "updateMany"
  | "updateManyAndReturn"
  | "upsert"
  | "delete"
  | "deleteMany";

/** A model delegate that can only add and read rows. */
export type AppendOnlyDelegate<Delegate> = Omit<Delegate, RewritingOperation>;

type AppendOnlyView<Client> = Omit<Client, AppendOnlyModel> & {
  readonly [Model in AppendOnlyModel & keyof Client]: AppendOnlyDelegate<Client[Model]>;
};

/** A transaction as the data layer exposes it: ledger and history rows can be added, not changed. */
export type WuyeTx = AppendOnlyView<Prisma.TransactionClient>;

export interface WuyeTransactionOptions {
  readonly maxWait?: number;
  readonly timeout?: number;
  readonly isolationLevel?: Prisma.TransactionIsolationLevel;
}

/** Prisma Client as the data layer exposes it (see {@link WuyeTx}). */
export type WuyeDb = AppendOnlyView<Omit<PrismaClient, "$transaction">> & {
  /** An interactive transaction: everything inside commits together, or nothing does. */
  $transaction<T>(work: (tx: WuyeTx) => Promise<T>, options?: WuyeTransactionOptions): Promise<T>;
};
