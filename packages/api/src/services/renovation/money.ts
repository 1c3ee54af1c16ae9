import {
  balanceRenovationDeposit,
  computeRenovationFees,
  formatMoney,
  type Money,
  parseMoney,
  parseQuantity,
  type RenovationDamage,
  type RenovationFees,
  renovationErrors,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { isUniqueViolation, type LedgerEntry } from "../../db/index.ts";
import { NotFoundError, RefusalError } from "../../errors/index.ts";
import type { PaymentMethod } from "../../generated/prisma/enums.ts";
import { dateColumn } from "../estate-dates.ts";
import { callDomain, type ServiceContext } from "../support.ts";
import type { LoadedRenovation } from "./load.ts";
import { violationsOf } from "./load.ts";
import { type RenovationStepInput, runIdempotentRenovationStep } from "./run-step.ts";
import { type SignatureInput, signed } from "./steps.ts";

/**
 * The renovation's money (R-REN-5, R-REN-7, R-REN-9): the fees the cashier collects before work
 * starts, and the one settlement of the deposit. Both write the money ledger (append-only, with
 * author, time and reason) in the step's transaction, and both take an idempotency key: a
 * retried request returns the first result instead of collecting or refunding twice.
 */

const money = (decimal: { toFixed(places: number): string }): Money => parseMoney(decimal.toFixed(2));

/**
 * R-REN-5: the fees for a renovation with `workers` worker passes, from the estate's published
 * standard, each line explained in both languages. Not found when the estate has none.
 */
export function renovationFeesFor(loaded: LoadedRenovation, workers: number): RenovationFees {
  const standard = loaded.settings.feeStandard;
  if (!standard) throw new NotFoundError("renovation fee standard", ["input", "renovationId"]);
  return callDomain(() =>
    computeRenovationFees(
      { buildingArea: parseQuantity(loaded.unit.buildingArea.toFixed(2)), workers },
      standard,
    ),
  );
}

export interface RenovationPayFeesInput extends RenovationStepInput {
  readonly workers: number;
  readonly paid: Money;
  readonly agreementSignature?: SignatureInput | null;
  readonly method: PaymentMethod;
  readonly reference?: string | null;
  readonly payerName?: string | null;
  readonly idempotencyKey: string;
}

/**
 * R-REN-5: the agreement is signed and the fees paid in full. The money received is a payment on
 * the unit's ledger; the deposit part is held as the renovation's deposit until settlement.
 */
export function payRenovationFees(sc: ServiceContext, input: RenovationPayFeesInput) {
  const { idempotencyKey, expectedVersion: _version, ...request } = input;
  return runIdempotentRenovationStep(
    sc,
    input,
    {
      action: "payFees",
      data: (loaded) => {
        const agreementSignature = signed(input.agreementSignature, sc.now);
        return {
          fees: renovationFeesFor(loaded, input.workers),
          paid: input.paid,
          ...(agreementSignature ? { agreementSignature } : {}),
        };
      },
      effects: (loaded, renovation) => {
        const fees = renovation.payment?.fees;
        const createdById = sc.viewer.userId ?? "";
        if (!fees || fees.total <= 0n) return {};
        const paymentId = uuidv7();
        const { number } = loaded.row;
        const ledger: LedgerEntry[] = [
          {
            kind: "payment",
            data: {
              id: paymentId,
              estateId: loaded.row.estateId,
              unitId: loaded.row.unitId,
              amount: formatMoney(fees.total),
              method: input.method,
              reference: input.reference ?? null,
              payerName: input.payerName ?? null,
              receivedAt: sc.now,
              reason: `R-REN-5 装修费用 renovation fees (${number}): ${fees.lines.map((l) => l.explanation.zh).join("；")}`,
              createdById,
            },
          },
        ];
        if (fees.deposit > 0n) {
          const line = fees.lines.find((l) => l.item === "deposit");
          ledger.push({
            kind: "renovationDeposit",
            data: {
              applicationId: loaded.row.id,
              amount: formatMoney(fees.deposit),
              paymentId,
              reason: line ? `${line.explanation.zh} / ${line.explanation.en}` : "R-REN-5 装修押金",
              createdById,
            },
          });
        }
        return { ledger };
      },
    },
    { operation: "renovationPayFees", key: idempotencyKey, input: request },
  );
}

export interface RenovationSettleDepositInput extends RenovationStepInput {
  readonly signOffs: {
    readonly owner?: SignatureInput | null;
    readonly contractor?: SignatureInput | null;
    readonly projectCentre?: SignatureInput | null;
  };
  readonly damages?: readonly RenovationDamage[] | null;
  readonly refundMethod: PaymentMethod;
  readonly payeeName?: string | null;
  readonly idempotencyKey: string;
}

/**
 * R-REN-9: after the wait, with the three sign-offs and every penalty final: refund = deposit −
 * penalties − damages, or a shortfall receivable on the unit. Exactly once: the domain refuses a
 * second settlement, and the database's unique settlement per deposit backs it.
 */
export async function settleRenovationDeposit(sc: ServiceContext, input: RenovationSettleDepositInput) {
  const { idempotencyKey, expectedVersion: _version, ...request } = input;
  const signOff = (party: keyof RenovationSettleDepositInput["signOffs"]) => {
    const signature = signed(input.signOffs[party], sc.now);
    return signature ? { [party]: signature } : {};
  };
  // Malformed damages (a negative amount) are bad input whatever the rules would say of the step.
  callDomain(() =>
    balanceRenovationDeposit({
      deposit: ZERO_MONEY,
      penalties: [],
      damages: (input.damages ?? []).map((d) => d.amount),
    }),
  );
  try {
    return await runIdempotentRenovationStep(
      sc,
      input,
      {
        action: "settleDeposit",
        data: async (loaded, db) => ({
          signOffs: { ...signOff("owner"), ...signOff("contractor"), ...signOff("projectCentre") },
          damages: (input.damages ?? []).map((d) => ({ ...d })),
          violations: await violationsOf(db, loaded),
        }),
        effects: async (loaded, renovation, db) => {
          const settlement = renovation.depositSettlement;
          if (!settlement) return {};
          const createdById = sc.viewer.userId ?? "";
          const ledger: LedgerEntry[] = [];
          // R-REN-7: penalties filed at sign-off carry the one-off amount; what accrued daily until
          // rectification is recorded now, so the penalties on the ledger add up to what was deducted.
          const recorded = await db.renovationPenalty.findMany({
            where: { applicationId: loaded.row.id },
            select: { violationId: true, amount: true, reversalOfId: true },
          });
          for (const penalty of settlement.penalties) {
            const already = sumMoney(
              recorded
                .filter((r) => r.violationId === penalty.violationId)
                .map((r) =>
                  r.reversalOfId === null ? money(r.amount) : subtractMoney(0n as Money, money(r.amount)),
                ),
            );
            const rest = subtractMoney(penalty.amount, already);
            if (rest <= 0n) continue;
            ledger.push({
              kind: "renovationPenalty",
              data: {
                applicationId: loaded.row.id,
                violationId: penalty.violationId,
                amount: formatMoney(rest),
                reason: `${penalty.explanation.zh} / ${penalty.explanation.en}`,
                approvedById: createdById,
                createdById,
              },
            });
          }
          const deposit = await db.renovationDeposit.findUnique({
            where: { applicationId: loaded.row.id },
            select: { id: true },
          });
          if (deposit) {
            const settlementId = uuidv7();
            ledger.push({
              kind: "renovationDepositSettlement",
              data: {
                id: settlementId,
                depositId: deposit.id,
                penaltiesTotal: formatMoney(sumMoney(settlement.penalties.map((p) => p.amount))),
                damagesTotal: formatMoney(sumMoney(settlement.damages.map((d) => d.amount))),
                refundAmount: formatMoney(settlement.refund),
                shortfall: formatMoney(settlement.receivable),
                settledOn: dateColumn(settlement.settledOn),
                ownerSignedAt: settlement.signOffs.owner.signedAt,
                contractorSignedAt: settlement.signOffs.contractor.signedAt,
                centreSignedAt: settlement.signOffs.projectCentre.signedAt,
                reason: `${settlement.explanation.zh} / ${settlement.explanation.en}`,
                createdById,
              },
            });
            if (settlement.refund > 0n) {
              ledger.push({
                kind: "refund",
                data: {
                  estateId: loaded.row.estateId,
                  unitId: loaded.row.unitId,
                  source: "renovationDeposit",
                  amount: formatMoney(settlement.refund),
                  method: input.refundMethod,
                  payeeName: input.payeeName ?? settlement.signOffs.owner.name,
                  paidAt: sc.now,
                  settlementId,
                  reason: `R-REN-9 ${settlement.explanation.zh} / ${settlement.explanation.en}`,
                  createdById,
                },
              });
            }
          }
          return { ledger };
        },
      },
      { operation: "renovationSettleDeposit", key: idempotencyKey, input: request },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The database's one settlement per deposit said no: someone settled it outside this flow.
    const existing = await sc.prisma.renovationDepositSettlement.findFirst({
      where: { deposit: { applicationId: input.renovationId.id } },
      select: { settledOn: true },
    });
    if (!existing) throw error;
    throw new RefusalError([
      renovationErrors.REN_DEPOSIT_ALREADY_SETTLED.refuse({
        settledOn: existing.settledOn.toISOString().slice(0, 10),
      }),
    ]);
  }
}
