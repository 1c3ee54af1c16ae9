import {
  type BillableUnit,
  businessDateOf,
  computeHandoverPrepayment,
  formatMoney,
  type IsoDate,
} from "@wuye/domain";
import { visibleUnits } from "../../auth/visibility.ts";
import type { WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { accepted, callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { authorizeEstateAction, BILLING_ROLES } from "./access.ts";
import { writeBills } from "./bill-writer.ts";
import { lockEstateBilling, onDuplicateBill, unitsBilledFor } from "./billing-run.ts";
import { dateColumn, isoOf } from "./records.ts";
import { loadFeeSchedule } from "./schedule.ts";

/**
 * The handover prepayment 预收物业费 (R-HND-3): at handover six months (the estate's policy) are
 * collected in advance. The domain's `computeHandoverPrepayment` gives one bill per covered month,
 * each exactly that month's bill; they are issued now and due today (they are paid at the handover
 * desk), and the covered period is written on the unit's handover record when there is one.
 * Idempotent: months already billed are left as they are.
 */

export interface HandoverPrepaymentResult {
  readonly unitId: string;
  readonly coveredFrom: IsoDate;
  readonly coveredTo: IsoDate;
  readonly months: number;
  /** What the covered months bill (including months billed before). */
  readonly total: string;
  /** Bills issued now. */
  readonly billIds: readonly string[];
  readonly alreadyBilled: number;
}

/**
 * Issues the handover prepayment bills of a unit whose handover date is recorded. For other
 * areas (the handover step) to call: it checks no permission itself. Pass `tx` to write inside
 * the caller's transaction; otherwise it opens its own. Refusals (`FEE_NOT_HANDED_OVER`,
 * `FEE_NO_STANDARD_IN_FORCE`, …) come back as a `RefusalError`.
 */
export async function createHandoverPrepayment(
  sc: ServiceContext,
  unitId: string,
  options: { readonly tx?: WuyeTx } = {},
): Promise<HandoverPrepaymentResult> {
  const work = async (tx: WuyeTx): Promise<HandoverPrepaymentResult> => {
    const unit = await tx.unit.findUnique({
      where: { id: unitId },
      select: { id: true, estateId: true, type: true, buildingArea: true, handoverDate: true },
    });
    if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
    await lockEstateBilling(tx, unit.estateId);
    const loaded = await loadFeeSchedule(tx, unit.estateId);
    const billable: BillableUnit = {
      id: unit.id,
      unitType: unit.type,
      buildingArea: unit.buildingArea.toFixed(2),
      ...(unit.handoverDate ? { handoverDate: isoOf(unit.handoverDate) } : {}),
    };
    const { prepayment } = accepted(callDomain(() => computeHandoverPrepayment(loaded.schedule, billable)));
    const billedMonths = new Set<string>();
    for (const bill of prepayment.bills) {
      const billed = await unitsBilledFor(tx, unit.estateId, dateColumn(`${bill.period}-01`), [unit.id]);
      if (billed.size > 0) billedMonths.add(bill.period);
    }
    const today = businessDateOf(sc.now, loaded.policy.timeZone);
    const actor = sc.viewer.actorIn(unit.estateId, [...BILLING_ROLES]);
    const written = await writeBills(
      tx,
      loaded,
      prepayment.bills
        .filter((bill) => !billedMonths.has(bill.period))
        .map((bill) => ({ bill, dueDate: today })),
      { actor, at: sc.now, issuedOn: today },
    );
    // R-HND-3: the covered period is recorded on the handover record.
    await tx.unitHandover.updateMany({
      where: { unitId: unit.id },
      data: {
        prepaidFrom: dateColumn(prepayment.coveredFrom),
        prepaidUntil: dateColumn(prepayment.coveredTo),
      },
    });
    return {
      unitId: unit.id,
      coveredFrom: prepayment.coveredFrom,
      coveredTo: prepayment.coveredTo,
      months: prepayment.months,
      total: formatMoney(prepayment.total),
      billIds: written.map((w) => w.billId),
      alreadyBilled: billedMonths.size,
    };
  };
  if (options.tx) return work(options.tx);
  return onDuplicateBill(() => sc.prisma.$transaction(work, { timeout: 60_000, maxWait: 30_000 }));
}

/** `billHandoverPrepayment`: the money desk issues a handed-over unit's prepayment bills. */
export async function issueHandoverPrepayment(sc: ServiceContext, input: { readonly unitId: GlobalId }) {
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
  return createHandoverPrepayment(sc, unit.id);
}
