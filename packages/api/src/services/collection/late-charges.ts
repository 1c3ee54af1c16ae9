import {
  checkLateChargePolicy,
  formatMoney,
  type LateChargePolicy,
  type Money,
  type Refusal,
} from "@wuye/domain";
import { toJsonValue } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { authorizeEstateAction, REVERSAL_ROLES } from "../fees/access.ts";
import { lockEstateBilling } from "../fees/billing-run.ts";
import type { StoredMoneyPolicy } from "../fees/records.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Late-payment charges 滞纳金 (R-FEE-7) are off by default; an estate enables them only as policy
 * data. Setting the policy runs the domain's `checkLateChargePolicy`: a malformed setting is a
 * `ValidationError` with its field, and a configuration that could pass 30 % of the overdue
 * principal (courts generally cut such charges) comes back as warnings — values, not refusals.
 */

export interface LateChargePolicyInput {
  readonly estateId: GlobalId;
  readonly enabled: boolean;
  readonly dailyRate?: string | null;
  readonly graceDays?: number | null;
  readonly capAmount?: Money | null;
  readonly capPercentOfPrincipal?: string | null;
}

export interface LateChargePolicySet {
  readonly estateId: string;
  readonly warnings: readonly Refusal[];
}

export async function setLateChargePolicy(
  sc: ServiceContext,
  input: LateChargePolicyInput,
): Promise<LateChargePolicySet> {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  const estate = await sc.prisma.estate.findUnique({
    where: { id: estateId },
    select: { id: true, companyId: true },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  // Finance and the manager: the same people who may correct the ledger.
  authorizeEstateAction(sc, estate, REVERSAL_ROLES, { what: "estate", path: ["input", "estateId"] });
  const policy: Partial<LateChargePolicy> = {
    enabled: input.enabled,
    dailyRate: input.dailyRate ?? "0",
    graceDays: input.graceDays ?? 0,
    ...(input.capAmount != null ? { capAmount: input.capAmount } : {}),
    ...(input.capPercentOfPrincipal != null ? { capPercentOfPrincipal: input.capPercentOfPrincipal } : {}),
  };
  const warnings = callDomain(() => checkLateChargePolicy(policy));
  const lateCharges = {
    enabled: policy.enabled,
    dailyRate: policy.dailyRate,
    graceDays: policy.graceDays,
    ...(policy.capAmount !== undefined ? { capAmount: formatMoney(policy.capAmount) } : {}),
    ...(policy.capPercentOfPrincipal !== undefined
      ? { capPercentOfPrincipal: policy.capPercentOfPrincipal }
      : {}),
  };
  await sc.prisma.$transaction(async (tx) => {
    // Read and write the policy under the estate's lock: other areas keep their settings there too.
    await lockEstateBilling(tx, estateId);
    const current = await tx.estate.findUniqueOrThrow({ where: { id: estateId }, select: { policy: true } });
    const stored = (
      current.policy && typeof current.policy === "object" ? current.policy : {}
    ) as StoredMoneyPolicy & Record<string, unknown>;
    await tx.estate.update({
      where: { id: estateId },
      data: { policy: toJsonValue({ ...stored, collection: { ...stored.collection, lateCharges } }) },
    });
  });
  return { estateId, warnings };
}
