import { defineErrors } from "../errors/index.ts";

/**
 * Every refusal of the access area 门岗 (R-ACC-1, R-ACC-3). `ACC_INVALID_CARD_MONTHS` is bad input
 * and is thrown; the others are the rules saying no and are returned as values.
 */
export const accessErrors = defineErrors({
  ACC_CERTIFICATE_REQUIRED: {
    rule: "R-ACC-1",
    message: (p: { kind: string }) => ({
      en: `A ${p.kind} visitor needs a work certificate or pre-registration`,
      zh: `施工人员及临时来访人员须出示工作证明或已预先登记（${p.kind}）`,
    }),
  },
  ACC_VISITOR_ALREADY_LEFT: {
    rule: "R-ACC-1",
    message: () => ({ en: "The visitor has already left", zh: "该访客已离开" }),
  },
  ACC_VEHICLE_ALREADY_REGISTERED: {
    rule: "R-ACC-3",
    message: (p: { plate: string }) => ({
      en: `The vehicle ${p.plate} is already registered in this estate`,
      zh: `车辆 ${p.plate} 已在本项目登记`,
    }),
  },
  ACC_PARKING_SPACE_EXISTS: {
    rule: "R-ACC-3",
    message: (p: { code: string }) => ({
      en: `Parking space ${p.code} is already registered in this estate`,
      zh: `车位 ${p.code} 已在本项目登记`,
    }),
  },
  ACC_VISITOR_SPACE_NOT_ASSIGNABLE: {
    rule: "R-ACC-3",
    message: (p: { code: string }) => ({
      en: `Parking space ${p.code} is for visitors and is not assigned to a unit`,
      zh: `车位 ${p.code} 为访客车位，不能分配给房屋`,
    }),
  },
  ACC_VEHICLE_NOT_OF_UNIT: {
    rule: "R-ACC-3",
    message: (p: { plate: string }) => ({
      en: `The vehicle ${p.plate} is registered to another unit`,
      zh: `车辆 ${p.plate} 登记在其他房屋名下`,
    }),
  },
  ACC_PARKING_SPACE_UNASSIGNED: {
    rule: "R-ACC-3",
    message: (p: { code: string }) => ({
      en: `A monthly card needs parking space ${p.code} assigned to a unit or a vehicle first`,
      zh: `车位 ${p.code} 尚未分配给房屋或车辆，不能办理月卡`,
    }),
  },
  ACC_INVALID_CARD_MONTHS: {
    rule: "R-ACC-3",
    message: (p: { months: string }) => ({
      en: `A monthly card is extended by a whole number of months, at least 1 (got ${p.months})`,
      zh: `月卡须按整月续期，至少 1 个月（${p.months}）`,
    }),
  },
});
