import type { Prisma } from "../generated/prisma/client.ts";
import type { WuyeTx } from "./append-only.ts";

/**
 * Appending to the money ledger (R-FEE-6, R-FEE-9). The only writes the data layer offers on
 * ledger tables are these inserts; each row carries its author (`createdById`), time
 * (`createdAt`) and `reason`. To correct a row, append one with `reversalOfId` set to it.
 */
export type LedgerEntry =
  | { readonly kind: "payment"; readonly data: Prisma.PaymentUncheckedCreateInput }
  | { readonly kind: "paymentAllocation"; readonly data: Prisma.PaymentAllocationUncheckedCreateInput }
  | { readonly kind: "creditEntry"; readonly data: Prisma.CreditEntryUncheckedCreateInput }
  | { readonly kind: "refund"; readonly data: Prisma.RefundUncheckedCreateInput }
  | { readonly kind: "renovationDeposit"; readonly data: Prisma.RenovationDepositUncheckedCreateInput }
  | { readonly kind: "renovationPenalty"; readonly data: Prisma.RenovationPenaltyUncheckedCreateInput }
  | {
      readonly kind: "renovationDepositSettlement";
      readonly data: Prisma.RenovationDepositSettlementUncheckedCreateInput;
    }
  | { readonly kind: "maintenanceFundEntry"; readonly data: Prisma.MaintenanceFundEntryUncheckedCreateInput };

export type LedgerKind = LedgerEntry["kind"];

export interface AppendedLedgerEntry {
  readonly kind: LedgerKind;
  readonly id: string;
}

/** Appends one ledger row inside the caller's transaction and returns its id. */
export async function appendLedgerEntry(tx: WuyeTx, entry: LedgerEntry): Promise<AppendedLedgerEntry> {
  const select = { id: true } as const;
  let row: { id: string };
  switch (entry.kind) {
    case "payment":
      row = await tx.payment.create({ data: entry.data, select });
      break;
    case "paymentAllocation":
      row = await tx.paymentAllocation.create({ data: entry.data, select });
      break;
    case "creditEntry":
      row = await tx.creditEntry.create({ data: entry.data, select });
      break;
    case "refund":
      row = await tx.refund.create({ data: entry.data, select });
      break;
    case "renovationDeposit":
      row = await tx.renovationDeposit.create({ data: entry.data, select });
      break;
    case "renovationPenalty":
      row = await tx.renovationPenalty.create({ data: entry.data, select });
      break;
    case "renovationDepositSettlement":
      row = await tx.renovationDepositSettlement.create({ data: entry.data, select });
      break;
    case "maintenanceFundEntry":
      row = await tx.maintenanceFundEntry.create({ data: entry.data, select });
      break;
  }
  return { kind: entry.kind, id: row.id };
}

/** Appends rows in order (later rows may reference earlier ones by a pre-assigned `id`). */
export async function appendLedgerEntries(
  tx: WuyeTx,
  entries: readonly LedgerEntry[],
): Promise<AppendedLedgerEntry[]> {
  const appended: AppendedLedgerEntry[] = [];
  for (const entry of entries) appended.push(await appendLedgerEntry(tx, entry));
  return appended;
}
