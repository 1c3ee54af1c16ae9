import {
  type BilingualMessage,
  formatQuantity,
  type Renovation,
  type RenovationDepositSettlement,
  type RenovationPolicy,
  type RenovationViolation,
  renovationViolationPenalty,
  sumMoney,
} from "@wuye/domain";
import { dateZh, yuanEn, yuanZh } from "./read-out.ts";
import type { RenovationDepositCase } from "./renovation-case.ts";

/**
 * R-REN-7/9: what the cashier reads out at settlement — the deposit held, each violation and its
 * penalty, each damage, the deductions, the refund or the receivable, and the refund date rule.
 */
export function renovationSettlementLines(
  c: RenovationDepositCase,
  renovation: Renovation,
  settlement: RenovationDepositSettlement,
  violations: readonly RenovationViolation[],
  policy: RenovationPolicy,
): BilingualMessage[] {
  const paidOn = settlement.settledOn;
  const penalties = sumMoney(settlement.penalties.map((p) => p.amount));
  const damages = sumMoney(settlement.damages.map((d) => d.amount));
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
    {
      zh: `扣款合计：违约金 ${yuanZh(penalties)} + 损坏赔偿 ${yuanZh(damages)} = ${yuanZh(settlement.deductions)}`,
      en: `Deductions: penalties ${yuanEn(penalties)} + damages ${yuanEn(damages)} = ${yuanEn(settlement.deductions)}`,
    },
    settlement.receivable > 0n
      ? {
          zh: `押金不足抵扣：${yuanZh(settlement.deductions)} − ${yuanZh(settlement.deposit)} = ${yuanZh(settlement.receivable)}，计入房屋 ${settlement.unitId} 应收款，退还 ${yuanZh(settlement.refund)}`,
          en: `Deductions exceed the deposit: ${yuanEn(settlement.deductions)} − ${yuanEn(settlement.deposit)} = ${yuanEn(settlement.receivable)} receivable on unit ${settlement.unitId}; refund ${yuanEn(settlement.refund)}`,
        }
      : {
          zh: `应退押金：${yuanZh(settlement.deposit)} − ${yuanZh(settlement.deductions)} = ${yuanZh(settlement.refund)}`,
          en: `Refund: ${yuanEn(settlement.deposit)} − ${yuanEn(settlement.deductions)} = ${yuanEn(settlement.refund)}`,
        },
    {
      zh: `${dateZh(acceptedOn)}竣工验收合格，押金最早于${dateZh(earliest)}退还（验收合格满 ${months} 个月）；${dateZh(paidOn)}结算，业主、施工单位、项目中心已签字`,
      en: `Accepted at completion on ${acceptedOn}; refundable from ${earliest} (${months} months after acceptance); settled ${paidOn}, signed off by the owner, the contractor and the project centre`,
    },
  ];
}

/** One violation: its label, the notice it got, and its penalty with any days it ran late. */
function violationLine(v: RenovationViolation, asOf: string): BilingualMessage {
  const penalty = renovationViolationPenalty(v, asOf);
  const head = {
    zh: `违章 ${v.id}（${dateZh(v.observedOn)}发现）${v.label.zh}`,
    en: `Violation ${v.id} found ${v.observedOn}, ${v.label.en}`,
  };
  const rectified = v.rectifiedOn ?? asOf;
  if (v.classification.notice === "verbal") {
    return {
      zh: `${head.zh}：一般违章，口头通知整改，${dateZh(rectified)}已整改，不收违约金`,
      en: `${head.en}: minor, verbal notice, rectified ${rectified}; no penalty`,
    };
  }
  const { multiplier } = v.penalty;
  const repeatZh = multiplier ? `（同类违章再犯，按 ${formatQuantity(multiplier)} 倍计）` : "";
  const repeatEn = multiplier ? ` (repeat of the same type, × ${formatQuantity(multiplier)})` : "";
  const lateZh =
    penalty.daysUnrectified > 0
      ? ` + 逾期 ${penalty.daysUnrectified} 天 × ${yuanZh(v.penalty.dailyAmount)}/天`
      : "";
  const lateEn =
    penalty.daysUnrectified > 0
      ? ` + ${penalty.daysUnrectified} day(s) late × ${yuanEn(v.penalty.dailyAmount)}/day`
      : "";
  return {
    zh: `${head.zh}：严重违章，书面通知，限${dateZh(v.rectifyBy)}前整改，${dateZh(rectified)}整改；违约金 ${yuanZh(penalty.base)}${repeatZh}${lateZh} = ${yuanZh(penalty.total)}`,
    en: `${head.en}: serious, written notice, rectify by ${v.rectifyBy}, rectified ${rectified}; penalty ${yuanEn(penalty.base)}${repeatEn}${lateEn} = ${yuanEn(penalty.total)}`,
  };
}
