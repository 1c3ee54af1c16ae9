import {
  type BilingualMessage,
  type Renovation,
  type RenovationDepositSettlement,
  type RenovationPolicy,
  type RenovationViolation,
  renovationViolationPenalty,
} from "@wuye/domain";
import { dateZh, yuanEn, yuanZh } from "./read-out.ts";
import type { RenovationDepositCase } from "./renovation-case.ts";

/**
 * R-REN-7/9: what the cashier reads out at settlement — the deposit held, each violation and its
 * penalty, each damage, the refund or the receivable, and the refund date rule. Every amount is
 * read in the domain's own words (`explanation.zh` / `.en`); this file adds only the facts of the
 * case around them.
 */
export function renovationSettlementLines(
  c: RenovationDepositCase,
  renovation: Renovation,
  settlement: RenovationDepositSettlement,
  violations: readonly RenovationViolation[],
  policy: RenovationPolicy,
): BilingualMessage[] {
  const paidOn = settlement.settledOn;
  const acceptedOn = renovation.acceptedOn!;
  const earliest = renovation.depositRefundableFrom!;
  const months = policy.depositRefundWaitMonths;
  return [
    {
      zh: `装修单 ${renovation.id}，房号 ${settlement.unitId}：装修押金 ${yuanZh(settlement.deposit)}`,
      en: `Renovation ${renovation.id}, unit ${settlement.unitId}: deposit held ${yuanEn(settlement.deposit)}`,
    },
    ...violations.map((v) => violationLine(v, paidOn)),
    ...c.damages.map((d) => ({
      zh: `损坏赔偿：${d.description.zh}（${d.assessedBy}核定）${yuanZh(d.amount)}`,
      en: `Damage: ${d.description.en} (assessed by ${d.assessedBy}) ${yuanEn(d.amount)}`,
    })),
    // R-REN-9: deposit − penalties − damages, or the shortfall owed by the unit.
    settlement.explanation,
    {
      zh: `${dateZh(acceptedOn)}竣工验收合格，押金最早于${dateZh(earliest)}退还（验收合格满 ${months} 个月）；${dateZh(paidOn)}结算，业主、施工单位、项目中心已签字`,
      en: `Accepted at completion on ${acceptedOn}; refundable from ${earliest} (${months} months after acceptance); settled ${paidOn}, signed off by the owner, the contractor and the project centre`,
    },
  ];
}

/** One violation: when it was found and put right, then its penalty as the domain explains it. */
function violationLine(v: RenovationViolation, asOf: string): BilingualMessage {
  const { explanation } = renovationViolationPenalty(v, asOf);
  const rectified = v.rectifiedOn ?? asOf;
  return {
    zh: `违章 ${v.id}：${dateZh(v.observedOn)}发现，限${dateZh(v.rectifyBy)}前整改，${dateZh(rectified)}已整改。${explanation.zh}`,
    en: `Violation ${v.id} found ${v.observedOn}, rectify by ${v.rectifyBy}, rectified ${rectified}. ${explanation.en}`,
  };
}
