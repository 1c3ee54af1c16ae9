import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the occupancy area (档案 · 承接查验 · 交房 · 入住). `OCC_INVALID_*` codes are bad
 * input and are thrown; the others say what is still missing and are returned, all at once.
 */
export const occupancyErrors = defineErrors({
  OCC_INVALID_PERIOD: {
    message: (p: { from: string; to: string }) => ({
      en: `A period cannot end (${p.to}) before it starts (${p.from})`,
      zh: `期间的结束日期（${p.to}）不能早于开始日期（${p.from}）`,
    }),
  },
  OCC_INVALID_AREA: {
    rule: "R-ARC-1",
    message: (p: { area: string }) => ({
      en: `The building area must be more than 0 m² (got ${p.area} m²)`,
      zh: `建筑面积必须大于 0 m²（${p.area} m²）`,
    }),
  },
  OCC_WRONG_UNIT: {
    message: (p: { expected: string; got: string }) => ({
      en: `The record is for unit ${p.got}, not for unit ${p.expected}`,
      zh: `该记录属于房屋 ${p.got}，不是房屋 ${p.expected}`,
    }),
  },
  OCC_DATE_BEFORE_LAST_CHANGE: {
    rule: "R-HND-4",
    message: (p: { date: string; since: string }) => ({
      en: `The date ${p.date} is before the unit's last change on ${p.since}`,
      zh: `日期 ${p.date} 早于该房屋上一次变更日期 ${p.since}`,
    }),
  },
  OCC_ARCHIVE_FIELD_MISSING: {
    rule: "R-ARC-1",
    message: (p: { field: string; fieldZh: string }) => ({
      en: `The owner archive lacks the ${p.field}`,
      zh: `业主档案缺少${p.fieldZh}`,
    }),
  },
  OCC_DEFECT_REPORT_MISSING: {
    rule: "R-HND-1",
    message: () => ({
      en: "A defect goes to the developer in a written report: give the report's reference",
      zh: "查验问题须以书面报告提交建设单位，请填写报告编号",
    }),
  },
  OCC_DEFECT_FINDING_MISSING: {
    rule: "R-HND-1",
    message: () => ({
      en: "A failed re-inspection records what is still wrong",
      zh: "复验不合格须记录仍存在的问题",
    }),
  },
  OCC_TAKEOVER_SCOPE_NOT_INSPECTED: {
    rule: "R-HND-1",
    message: (p: { scope: string; scopeZh: string }) => ({
      en: `The takeover inspection has not covered ${p.scope}`,
      zh: `承接查验尚未查验${p.scopeZh}`,
    }),
  },
  OCC_TAKEOVER_DEFECT_OPEN: {
    rule: "R-HND-1",
    message: (p: { id: string; status: string }) => ({
      en: `Takeover defect ${p.id} is not rectified yet (${p.status})`,
      zh: `承接查验问题 ${p.id} 尚未整改完毕（${p.status}）`,
    }),
  },
  OCC_HANDOVER_IDENTITY_NOT_VERIFIED: {
    rule: "R-HND-2",
    message: () => ({
      en: "The owner's identity has not been verified",
      zh: "未核实业主身份",
    }),
  },
  OCC_HANDOVER_ITEM_NOT_INSPECTED: {
    rule: "R-HND-2",
    message: (p: { item: string; itemZh: string }) => ({
      en: `The unit's ${p.item} has not been inspected with the owner`,
      zh: `尚未与业主共同查验${p.itemZh}`,
    }),
  },
  OCC_HANDOVER_DEFECT_NOT_RECORDED: {
    rule: "R-HND-2",
    message: (p: { item: string; itemZh: string }) => ({
      en: `The ${p.item} failed inspection but no defect is recorded for rectification`,
      zh: `${p.itemZh}查验不合格，但未登记整改项目`,
    }),
  },
  OCC_HANDOVER_KEY_NOT_KEPT: {
    rule: "R-HND-2",
    message: (p: { count: string }) => ({
      en: `${p.count} defect(s) await rectification: keep one key back for the work`,
      zh: `有 ${p.count} 项待整改，须留一把钥匙用于整改`,
    }),
  },
  OCC_HANDOVER_NOT_SIGNED_FOR: {
    rule: "R-HND-2",
    message: (p: { what: string; whatZh: string }) => ({
      en: `The ${p.what} has not been handed over and signed for`,
      zh: `${p.whatZh}尚未发放并在文件签收表上签收`,
    }),
  },
  OCC_TENANT_IDENTITY_MISSING: {
    rule: "R-ARC-2",
    message: (p: { missing: string }) => ({
      en: `The tenant record lacks the tenant's identity (missing: ${p.missing})`,
      zh: `租户信息表缺少租户身份信息（缺少：${p.missing}）`,
    }),
  },
  OCC_OWNER_COMMITMENT_MISSING: {
    rule: "R-ARC-2",
    message: () => ({
      en: "A tenant is registered only with the owner's letter of commitment",
      zh: "登记租户须有业主出具的承诺书",
    }),
  },
  OCC_OWNER_COMMITMENT_NOT_BY_OWNER: {
    rule: "R-ARC-2",
    message: (p: { signedBy: string; ownerId: string }) => ({
      en: `The letter of commitment is signed by ${p.signedBy}, not by the unit's owner ${p.ownerId}`,
      zh: `承诺书由 ${p.signedBy} 签署，而非该房屋业主 ${p.ownerId}`,
    }),
  },
  OCC_LEASE_MISSING: {
    rule: "R-ARC-2",
    message: () => ({
      en: "A tenant is registered only with the lease",
      zh: "登记租户须提供房屋租赁协议",
    }),
  },
  OCC_TENANCY_OUTSIDE_LEASE: {
    rule: "R-ARC-2",
    message: (p: { from: string; to: string; leaseFrom: string; leaseTo: string }) => ({
      en: `The tenancy ${p.from}–${p.to} is not covered by the lease ${p.leaseFrom}–${p.leaseTo}`,
      zh: `租住期 ${p.from}至${p.to} 超出租赁协议期限 ${p.leaseFrom}至${p.leaseTo}`,
    }),
  },
  OCC_SAFETY_LETTER_MISSING: {
    rule: "R-ARC-2",
    message: () => ({
      en: "The tenant has not signed the safety-responsibility letter",
      zh: "租户未签署安全责任书",
    }),
  },
  OCC_TENANCY_NOT_CURRENT: {
    rule: "R-ARC-2",
    message: (p: { date: string; from: string; to: string }) => ({
      en: `The move-in on ${p.date} is outside the registered tenancy ${p.from}–${p.to}`,
      zh: `入住日期 ${p.date} 不在登记的租住期 ${p.from}至${p.to} 内`,
    }),
  },
});
