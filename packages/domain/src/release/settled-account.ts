import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import {
  formatMoney,
  isNegativeMoney,
  isPositiveMoney,
  type Money,
  moneyErrors,
  sumMoney,
} from "../money/index.ts";
import { releaseErrors } from "./errors.ts";
import type { OutstandingCharge, UnitAccountStatement } from "./types.ts";

const KIND_NAMES: Record<OutstandingCharge["kind"], { en: string; zh: string }> = {
  propertyFee: { en: "property fees", zh: "物业费" },
  utility: { en: "utilities", zh: "代收水电气费" },
  other: { en: "other charges", zh: "其他费用" },
};

/**
 * R-REL-3: moving out needs every amount owed by the unit settled up to that day — property fees
 * and the utilities collected on the utility's behalf. Returns every reason it is not.
 */
export function checkSettledAccount(
  unitId: string,
  date: IsoDate,
  statement: UnitAccountStatement | undefined,
): readonly Refusal[] {
  if (!statement) return [releaseErrors.REL_ACCOUNT_STATEMENT_MISSING.refuse({ date }, ["accountStatement"])];
  if (statement.unitId !== unitId) {
    throw releaseErrors.REL_STATEMENT_WRONG_UNIT.error({ statementUnit: statement.unitId, unit: unitId }, [
      "accountStatement",
      "unitId",
    ]);
  }
  statement.outstanding.forEach((charge, index) => {
    if (isNegativeMoney(charge.amount)) {
      throw moneyErrors.MONEY_INVALID_AMOUNT.error({ text: formatMoney(charge.amount) }, [
        "accountStatement",
        "outstanding",
        String(index),
        "amount",
      ]);
    }
  });
  const refusals: Refusal[] = [];
  // "截止当日": a statement from an earlier day misses what fell due since (utilities read today).
  if (statement.asOf < date) {
    refusals.push(
      releaseErrors.REL_ACCOUNT_STATEMENT_STALE.refuse({ asOf: statement.asOf, date }, [
        "accountStatement",
        "asOf",
      ]),
    );
  }
  const owed = statement.outstanding.filter((charge) => isPositiveMoney(charge.amount));
  if (owed.length > 0) {
    const byKind = (["propertyFee", "utility", "other"] as const)
      .map((kind) => ({
        kind,
        total: sumMoney(owed.filter((c) => c.kind === kind).map((c) => c.amount)),
      }))
      .filter((entry) => isPositiveMoney(entry.total));
    const shown = (amount: Money) => formatMoney(amount, { symbol: true });
    refusals.push(
      releaseErrors.REL_UNSETTLED_BALANCE.refuse(
        {
          total: shown(sumMoney(owed.map((c) => c.amount))),
          breakdown: byKind.map((e) => `${KIND_NAMES[e.kind].en} ${shown(e.total)}`).join(", "),
          breakdownZh: byKind.map((e) => `${KIND_NAMES[e.kind].zh} ${shown(e.total)}`).join("，"),
        },
        ["accountStatement", "outstanding"],
      ),
    );
  }
  return refusals;
}
