import type { IsoDate } from "../calendar/index.ts";
import { epochDayOf } from "../calendar/iso-date.ts";
import type { Refusal } from "../errors/index.ts";
import { compareMoney, formatMoney, isPositiveMoney, type Money } from "../money/index.ts";
import { governanceErrors } from "./errors.ts";
import type { BackingVote, MaintenanceFundUse, MaintenanceFundUseDecision } from "./types.ts";

/** What local rules allow an estate to do with its maintenance fund. */
export interface MaintenanceFundPolicy {
  /**
   * Emergency use 应急使用 without a prior vote (a lift stopped, a roof or pipe leaking, fire
   * systems failing), where the local regulations provide for it; published afterwards.
   */
  readonly emergencyUseAllowed: boolean;
}

export type MaintenanceFundPolicyInput = Partial<MaintenanceFundPolicy>;

/** No emergency use unless the estate records that its local rules allow it. */
export const DEFAULT_MAINTENANCE_FUND_POLICY: MaintenanceFundPolicy = { emergencyUseAllowed: false };

export function resolveMaintenanceFundPolicy(input: MaintenanceFundPolicyInput = {}): MaintenanceFundPolicy {
  const emergencyUseAllowed =
    input.emergencyUseAllowed ?? DEFAULT_MAINTENANCE_FUND_POLICY.emergencyUseAllowed;
  if (typeof emergencyUseAllowed !== "boolean") {
    throw governanceErrors.GOV_FUND_INVALID_USE.error(
      {
        problem: "policy emergencyUseAllowed must be true or false",
        problemZh: "政策 emergencyUseAllowed 须为布尔值",
      },
      ["policy", "emergencyUseAllowed"],
    );
  }
  return { emergencyUseAllowed };
}

/** What a fund-use decision is taken against. */
export interface MaintenanceFundUseContext {
  /** The business date of the decision. */
  readonly date: IsoDate;
  /** What the fund holds today. */
  readonly fundBalance: Money;
  /** The assembly vote the use rests on, when there is one. */
  readonly vote?: BackingVote;
  readonly policy?: MaintenanceFundPolicyInput;
}

/** Throws when the use itself is malformed: no positive amount, no purpose, an emergency without reason. */
export function assertMaintenanceFundUse(
  use: Pick<MaintenanceFundUse, "amount" | "purpose" | "emergency">,
): void {
  const invalid = (problem: string, problemZh: string, field: string) =>
    governanceErrors.GOV_FUND_INVALID_USE.error({ problem, problemZh }, [field]);
  if (typeof use.amount !== "bigint" || !isPositiveMoney(use.amount)) {
    throw invalid("the amount must be more than zero", "金额须大于零", "amount");
  }
  if (use.purpose.trim() === "") throw invalid("the purpose is blank", "未填写用途", "purpose");
  if (use.emergency && use.emergency.reason.trim() === "") {
    throw invalid("an emergency use states the emergency", "应急使用须说明紧急情况", "emergency");
  }
}

/** R-GOV-2: the fund is for common parts out of warranty; the warrantor pays before that. */
export function checkWarranty(
  use: Pick<MaintenanceFundUse, "commonPart">,
  date: IsoDate,
): readonly Refusal[] {
  const until = use.commonPart.warrantyUntil;
  if (until === undefined || epochDayOf(date) > epochDayOf(until, ["commonPart", "warrantyUntil"])) return [];
  return [
    governanceErrors.GOV_FUND_UNDER_WARRANTY.refuse({ part: use.commonPart.name, warrantyUntil: until }, [
      "commonPart",
      "warrantyUntil",
    ]),
  ];
}

/** R-GOV-2: nothing is paid out beyond what the fund holds. */
export function checkFundBalance(amount: Money, balance: Money): readonly Refusal[] {
  return compareMoney(amount, balance) > 0
    ? [
        governanceErrors.GOV_FUND_INSUFFICIENT_BALANCE.refuse(
          { amount: formatMoney(amount, { symbol: true }), balance: formatMoney(balance, { symbol: true }) },
          ["amount"],
        ),
      ]
    : [];
}

/**
 * R-GOV-2 (with R-GOV-1): whether the special maintenance fund may pay for this use. The common
 * part must be out of its warranty; the use must rest on a closed, passed assembly vote on the
 * maintenance fund — or, where the estate's local rules allow emergency use and no vote was taken,
 * on the emergency; the amount must not exceed the balance. Every use is published to the owners
 * (an emergency use afterwards). Returns every reason at once; throws on a malformed use.
 */
export function decideMaintenanceFundUse(
  use: Pick<MaintenanceFundUse, "commonPart" | "amount" | "purpose" | "emergency">,
  context: MaintenanceFundUseContext,
): MaintenanceFundUseDecision {
  assertMaintenanceFundUse(use);
  const policy = resolveMaintenanceFundPolicy(context.policy);
  const refusals: Refusal[] = [...checkWarranty(use, context.date)];
  let basis: MaintenanceFundUseDecision["basis"] = "none";
  const { vote } = context;
  if (vote) {
    if (vote.matter !== "maintenanceFund") {
      refusals.push(
        governanceErrors.GOV_FUND_VOTE_WRONG_MATTER.refuse({ voteId: vote.id, matter: vote.matter }, [
          "vote",
        ]),
      );
    } else if (vote.status !== "closed" || !vote.passed) {
      refusals.push(
        governanceErrors.GOV_FUND_VOTE_NOT_PASSED.refuse({ voteId: vote.id, status: vote.status }, ["vote"]),
      );
    } else {
      basis = "assemblyVote";
    }
  } else if (use.emergency) {
    if (policy.emergencyUseAllowed) basis = "emergency";
    else refusals.push(governanceErrors.GOV_FUND_EMERGENCY_NOT_ALLOWED.refuse(undefined, ["emergency"]));
  } else {
    refusals.push(governanceErrors.GOV_FUND_VOTE_MISSING.refuse(undefined, ["vote"]));
  }
  refusals.push(...checkFundBalance(use.amount, context.fundBalance));
  return {
    outcome: refusals.length === 0 ? "approve" : "refuse",
    basis,
    refusals,
    publicationRequired: true,
    rules: ["R-GOV-2", "R-GOV-1"],
  };
}
