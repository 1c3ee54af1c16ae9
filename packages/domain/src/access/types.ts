import type { IsoDate } from "../calendar/index.ts";

/** Who comes to the gate 来访人员类别 (R-ACC-1). */
export type VisitorKind = "guest" | "contractor" | "delivery" | "temporaryWorker";

/** What the gate records of a visitor to decide whether they may come in (R-ACC-1). */
export interface VisitorAtGate {
  readonly kind: VisitorKind;
  /** A work certificate 工作证明 (number or reference) shown at the gate. */
  readonly certificateRef?: string | null;
  /** Registered in advance by the unit or the company that sends them. */
  readonly preRegistered?: boolean | null;
}

/** A resident's vehicle 车辆, registered once per estate (R-ACC-3). */
export interface RegisteredVehicle {
  readonly plateNumber: string;
  /** The unit it belongs to, when known. */
  readonly unitId?: string | null;
}

/** Owned and rented spaces go to units; visitor spaces 访客车位 stay with the estate. */
export type ParkingSpaceKind = "owned" | "rented" | "visitor";

/** A parking space 车位 and whom it is assigned to (R-ACC-3). */
export interface ParkingSpace {
  readonly code: string;
  readonly kind: ParkingSpaceKind;
  readonly unitId?: string | null;
  readonly vehicleId?: string | null;
}

/** The days a monthly parking card 月卡 covers, both included. */
export interface MonthlyCardPeriod {
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
}
