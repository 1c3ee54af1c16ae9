/**
 * Access 门岗 (R-ACC-1, R-ACC-3): who may come in at the gate, residents' vehicles and parking
 * spaces, and the monthly parking card. Access cards are revoked on move-out by the occupancy
 * area (`effects.revokeAccessCards`).
 */
export { accessErrors } from "./errors.ts";
export {
  checkParkingCardRenewal,
  checkParkingSpaceAssignable,
  checkParkingSpaceRegistration,
  checkVehicleOfUnit,
  extendMonthlyCard,
  normaliseParkingSpaceCode,
} from "./parking.ts";
export type {
  MonthlyCardPeriod,
  ParkingSpace,
  ParkingSpaceKind,
  RegisteredVehicle,
  VisitorAtGate,
  VisitorKind,
} from "./types.ts";
export { checkVehicleRegistration, normalisePlate } from "./vehicles.ts";
export { CERTIFIED_VISITOR_KINDS, checkVisitorAdmission, checkVisitorDeparture } from "./visitors.ts";
