import { defineErrors } from "../errors/index.ts";

/** Refusals of the facilities area 工程维保 · 巡检 (R-FAC-1…4). */
export const facilityErrors = defineErrors({
  FAC_INVALID_DATE: {
    message: (p: { date: string }) => ({
      en: `"${p.date}" is not a business date (write it YYYY-MM-DD)`,
      zh: `「${p.date}」不是有效日期（应写作 YYYY-MM-DD）`,
    }),
  },
  FAC_INVALID_PERIOD: {
    message: (p: { period: string }) => ({
      en: `"${p.period}" is not a valid period or day count`,
      zh: `「${p.period}」不是有效的周期或天数`,
    }),
  },
  FAC_FIELD_REQUIRED: {
    rule: "R-FAC-1",
    message: (p: { field: string; fieldZh: string }) => ({
      en: `The ${p.field} must not be blank`,
      zh: `${p.fieldZh}不能为空`,
    }),
  },
  FAC_WARRANTY_BEFORE_INSTALLATION: {
    rule: "R-FAC-1",
    message: (p: { warrantyEndsOn: string; installedOn: string }) => ({
      en: `The warranty cannot end (${p.warrantyEndsOn}) before the installation date (${p.installedOn})`,
      zh: `保修截止日（${p.warrantyEndsOn}）不能早于安装日期（${p.installedOn}）`,
    }),
  },
  FAC_MAINTENANCE_BEFORE_INSTALLATION: {
    rule: "R-FAC-1",
    message: (p: { doneOn: string; installedOn: string }) => ({
      en: `Maintenance on ${p.doneOn} cannot precede the installation on ${p.installedOn}`,
      zh: `维保日期（${p.doneOn}）不能早于安装日期（${p.installedOn}）`,
    }),
  },
  FAC_EMPTY_ROUTE: {
    rule: "R-FAC-3",
    message: (p: { routeId: string }) => ({
      en: `Patrol route ${p.routeId} has no checkpoints`,
      zh: `巡检路线 ${p.routeId} 没有巡检点`,
    }),
  },
  FAC_DUPLICATE_CHECKPOINT: {
    rule: "R-FAC-3",
    message: (p: { routeId: string; checkpointId: string }) => ({
      en: `Checkpoint ${p.checkpointId} appears more than once on route ${p.routeId}`,
      zh: `巡检点 ${p.checkpointId} 在路线 ${p.routeId} 中重复出现`,
    }),
  },
  FAC_ROUND_ROUTE_MISMATCH: {
    rule: "R-FAC-3",
    message: (p: { roundId: string; roundRouteId: string; routeId: string }) => ({
      en: `Patrol round ${p.roundId} followed route ${p.roundRouteId}, not ${p.routeId}`,
      zh: `巡检记录 ${p.roundId} 属于路线 ${p.roundRouteId}，而非 ${p.routeId}`,
    }),
  },
  FAC_UNKNOWN_CHECKPOINT: {
    rule: "R-FAC-3",
    message: (p: { checkpointId: string; routeId: string }) => ({
      en: `A finding names checkpoint ${p.checkpointId}, which is not on route ${p.routeId}`,
      zh: `巡检发现所记录的巡检点 ${p.checkpointId} 不在路线 ${p.routeId} 上`,
    }),
  },
});
