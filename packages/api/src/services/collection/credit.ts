import { type Actor, addMoney, applyCredit, formatMoney, type Money, ZERO_MONEY } from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { visibleUnits } from "../../auth/visibility.ts";
import type { WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { authorizeEstateAction, BILLING_ROLES } from "../fees/access.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { idempotent } from "./idempotency.ts";
import { creditBalances, loadUnitLines, lockUnitAccount, settleBillStatuses } from "./ledger.ts";

/**
 * Prepaid credit 预存款 (R-FEE-6): an excess payment waits on the unit and is spent on its
 * outstanding lines, oldest first, by the domain's `applyCredit`. Each use is a credit debit and
 * an allocation from it (R-FEE-9: author, time, reason), and the bills' statuses follow.
 */

const CREDIT_REASON = "预存款抵扣 (prepaid credit applied)";

export interface CreditApplied {
  readonly unitId: string;
  readonly applied: string;
  readonly remaining: string;
  readonly billIds: readonly string[];
}

/** Applies the unit's credit inside the caller's transaction (the unit's account is locked). */
export async function applyUnitCredit(
  tx: WuyeTx,
  unitId: string,
  record: { readonly actor: Actor; readonly at: Date; readonly authorId: string },
): Promise<{ applied: Money; remaining: Money; billIds: string[] }> {
  await lockUnitAccount(tx, unitId);
  const available = (await creditBalances(tx, { unitId })).get(unitId) ?? ZERO_MONEY;
  if (available <= 0n) return { applied: ZERO_MONEY, remaining: available, billIds: [] };
  const lines = await loadUnitLines(tx, unitId);
  const application = callDomain(() =>
    applyCredit({
      applicationId: uuidv7(),
      unitId,
      available,
      lines,
      author: record.actor,
      at: record.at,
      reason: CREDIT_REASON,
    }),
  );
  for (const entry of application.entries) {
    const debitId = uuidv7();
    await tx.creditEntry.create({
      data: {
        id: debitId,
        unitId,
        direction: "debit",
        amount: formatMoney(entry.amount),
        billLineId: entry.lineId ?? null,
        reason: entry.reason,
        createdById: record.authorId,
        createdAt: record.at,
      },
    });
    await tx.paymentAllocation.create({
      data: {
        billLineId: entry.lineId ?? "",
        creditEntryId: debitId,
        amount: formatMoney(entry.amount),
        reason: entry.reason,
        createdById: record.authorId,
        createdAt: record.at,
      },
    });
  }
  const billIds = [...new Set(application.settlements.map((s) => s.billId))];
  await settleBillStatuses(tx, billIds, {
    action: "applyCredit",
    actor: record.actor,
    at: record.at,
    data: { applied: application.applied, rules: ["R-FEE-6"] },
  });
  return { applied: application.applied, remaining: application.remaining, billIds };
}

/** R-FEE-6 in the billing run: units of the estate with credit spend it on the bills just issued. */
export async function applyCreditInRun(
  tx: WuyeTx,
  sc: ServiceContext,
  estateId: string,
  billedUnitIds: readonly string[],
  actor: Actor,
): Promise<Money> {
  const billed = new Set(billedUnitIds);
  const balances = await creditBalances(tx, { unit: { estateId } });
  let total = ZERO_MONEY;
  const authorId = sc.viewer.userId;
  if (!authorId) return total;
  for (const [unitId, balance] of [...balances].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (balance <= 0n || !billed.has(unitId)) continue;
    const { applied } = await applyUnitCredit(tx, unitId, { actor, at: sc.now, authorId });
    total = addMoney(total, applied);
  }
  return total;
}

export interface CreditApplyInput {
  readonly unitId: GlobalId;
  readonly idempotencyKey?: string | null;
}

/** `creditApply`: the money desk spends a unit's prepaid credit on its outstanding lines now. */
export async function applyCreditStep(sc: ServiceContext, input: CreditApplyInput): Promise<CreditApplied> {
  const unitId = idOf(input.unitId, "Unit", "unit", ["input", "unitId"]);
  const unit = await sc.prisma.unit.findFirst({
    where: { id: unitId, AND: [visibleUnits(sc.viewer)] },
    select: { id: true, estate: { select: { id: true, companyId: true } } },
  });
  if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  authorizeEstateAction(
    sc,
    unit.estate,
    BILLING_ROLES,
    { what: "unit", path: ["input", "unitId"] },
    "fees:write",
  );
  const actor = sc.viewer.actorIn(unit.estate.id, [...BILLING_ROLES]);
  const authorId = sc.viewer.userId ?? "";
  return idempotent(
    sc,
    { operation: "creditApply", key: input.idempotencyKey, input: { unitId } },
    async (tx) => {
      const result = await applyUnitCredit(tx, unitId, { actor, at: sc.now, authorId });
      return {
        unitId,
        applied: formatMoney(result.applied),
        remaining: formatMoney(result.remaining),
        billIds: result.billIds,
      };
    },
  );
}
