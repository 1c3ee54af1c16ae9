import {
  type computeRenovationFees,
  formatMoney,
  type Money,
  type Renovation,
  type RenovationViolation,
  subtractMoney,
  sumMoney,
} from "@wuye/domain";
import type { EstateSeed, SeedContext } from "./context.ts";
import type { UnitLife } from "./residents.ts";

/**
 * The money of a renovation as the API's renovation service writes it: the fees received as a
 * payment with the deposit held apart (R-REN-5), and at settlement the penalties that accrued
 * since sign-off, the one settlement and its refund (R-REN-9). Ledger rows: append-only.
 */

/** R-REN-5: the fees received are a payment on the unit's ledger; the deposit is held apart. */
export function writeFeeLedger(
  ctx: SeedContext,
  estate: EstateSeed,
  home: UnitLife,
  applicationId: string,
  number: string,
  fees: ReturnType<typeof computeRenovationFees>,
  payer: string,
  cashierId: string,
  at: Date,
): string | undefined {
  const paymentId = ctx.ids.next();
  ctx.writer.add("Payment", {
    id: paymentId,
    estateId: estate.id,
    unitId: home.plan.id,
    amount: formatMoney(fees.total),
    method: "bankTransfer",
    reference: `TRF${number.replaceAll("-", "")}`,
    payerName: payer,
    receivedAt: at,
    reason: `R-REN-5 装修费用 renovation fees (${number}): ${fees.lines.map((l) => l.explanation.zh).join("；")}`,
    reversalOfId: null,
    createdById: cashierId,
    createdAt: at,
  });
  if (fees.deposit <= 0n) return undefined;
  const line = fees.lines.find((l) => l.item === "deposit");
  const depositId = ctx.ids.next();
  ctx.writer.add("RenovationDeposit", {
    id: depositId,
    applicationId,
    amount: formatMoney(fees.deposit),
    paymentId,
    reason: line ? `${line.explanation.zh} / ${line.explanation.en}` : "R-REN-5 装修押金",
    createdById: cashierId,
    createdAt: at,
  });
  return depositId;
}

/** R-REN-9: penalties accrued since sign-off, the one settlement and its refund, as the API writes them. */
export function writeSettlementLedger(
  ctx: SeedContext,
  file: {
    readonly estate: EstateSeed;
    readonly home: UnitLife;
    readonly applicationId: string;
    readonly depositId: string | undefined;
    readonly renovation: Renovation;
    readonly violations: readonly RenovationViolation[];
  },
  financeId: string,
  at: Date,
): void {
  const settlement = file.renovation.depositSettlement!;
  for (const penalty of settlement.penalties) {
    // The sign-off filed the one-off amount; what accrued daily until rectification goes on now.
    const violation = file.violations.find((v) => v.id === penalty.violationId);
    const filed = violation?.signedOff ? violation.penalty.base : (0n as Money);
    const rest = subtractMoney(penalty.amount, filed);
    if (rest <= 0n) continue;
    ctx.writer.add("RenovationPenalty", {
      id: ctx.ids.next(),
      applicationId: file.applicationId,
      violationId: penalty.violationId,
      amount: formatMoney(rest),
      reason: `${penalty.explanation.zh} / ${penalty.explanation.en}`,
      approvedById: financeId,
      reversalOfId: null,
      createdById: financeId,
      createdAt: at,
    });
  }
  if (!file.depositId) return;
  const settlementId = ctx.ids.next();
  const reason = `${settlement.explanation.zh} / ${settlement.explanation.en}`;
  ctx.writer.add("RenovationDepositSettlement", {
    id: settlementId,
    depositId: file.depositId,
    penaltiesTotal: formatMoney(sumMoney(settlement.penalties.map((p) => p.amount))),
    damagesTotal: formatMoney(sumMoney(settlement.damages.map((d) => d.amount))),
    refundAmount: formatMoney(settlement.refund),
    shortfall: formatMoney(settlement.receivable),
    settledOn: settlement.settledOn,
    ownerSignedAt: settlement.signOffs.owner.signedAt,
    contractorSignedAt: settlement.signOffs.contractor.signedAt,
    centreSignedAt: settlement.signOffs.projectCentre.signedAt,
    reason,
    createdById: financeId,
    createdAt: at,
  });
  if (settlement.refund <= 0n) return;
  ctx.writer.add("Refund", {
    id: ctx.ids.next(),
    estateId: file.estate.id,
    unitId: file.home.plan.id,
    source: "renovationDeposit",
    amount: formatMoney(settlement.refund),
    method: "bankTransfer",
    payeeName: settlement.signOffs.owner.name,
    paidAt: at,
    creditEntryId: null,
    settlementId,
    reason: `R-REN-9 ${reason}`,
    reversalOfId: null,
    createdById: financeId,
    createdAt: at,
  });
}
