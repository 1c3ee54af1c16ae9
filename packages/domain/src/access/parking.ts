import { addDays, addMonths, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { accessErrors } from "./errors.ts";
import type { MonthlyCardPeriod, ParkingSpace, RegisteredVehicle } from "./types.ts";

/** A space's code as registered: without surrounding spaces. */
export function normaliseParkingSpaceCode(code: string): string {
  return code.trim();
}

/** R-ACC-3: parking spaces are registered, each code once per estate; refuses with `ACC_PARKING_SPACE_EXISTS`. */
export function checkParkingSpaceRegistration(
  code: string,
  registered: readonly Pick<ParkingSpace, "code">[],
): Refusal | undefined {
  const wanted = normaliseParkingSpaceCode(code);
  return registered.some((space) => normaliseParkingSpaceCode(space.code) === wanted)
    ? accessErrors.ACC_PARKING_SPACE_EXISTS.refuse({ code: wanted }, ["code"])
    : undefined;
}

/** R-ACC-3: visitor spaces serve visitors and are never assigned to a unit; refuses with `ACC_VISITOR_SPACE_NOT_ASSIGNABLE`. */
export function checkParkingSpaceAssignable(space: Pick<ParkingSpace, "code" | "kind">): Refusal | undefined {
  return space.kind === "visitor"
    ? accessErrors.ACC_VISITOR_SPACE_NOT_ASSIGNABLE.refuse({ code: space.code })
    : undefined;
}

/**
 * R-ACC-3: a space assigned to a unit takes only a vehicle of that unit (or one not yet tied to
 * any unit). Refuses with `ACC_VEHICLE_NOT_OF_UNIT`.
 */
export function checkVehicleOfUnit(
  vehicle: Pick<RegisteredVehicle, "plateNumber" | "unitId">,
  unitId: string | null | undefined,
): Refusal | undefined {
  return unitId && vehicle.unitId && vehicle.unitId !== unitId
    ? accessErrors.ACC_VEHICLE_NOT_OF_UNIT.refuse({ plate: vehicle.plateNumber }, ["vehicle"])
    : undefined;
}

/**
 * R-ACC-3: a monthly card 月卡 is for a registered space held by a unit or a vehicle; refuses
 * with `ACC_PARKING_SPACE_UNASSIGNED`.
 */
export function checkParkingCardRenewal(
  space: Pick<ParkingSpace, "code" | "unitId" | "vehicleId">,
): Refusal | undefined {
  return space.unitId || space.vehicleId
    ? undefined
    : accessErrors.ACC_PARKING_SPACE_UNASSIGNED.refuse({ code: space.code });
}

/**
 * R-ACC-3: extends a monthly card by whole months — from the day after the current card ends, or
 * from `today` when it has lapsed (or there is none), to the day before the same date `months`
 * later (2026-03-15 + 1 month → 2026-04-14). Throws `ACC_INVALID_CARD_MONTHS` unless `months` is a
 * whole number of at least 1.
 */
export function extendMonthlyCard(card: {
  readonly currentUntil?: IsoDate | null;
  readonly today: IsoDate;
  readonly months: number;
}): MonthlyCardPeriod {
  const { currentUntil, today, months } = card;
  if (!Number.isSafeInteger(months) || months < 1) {
    throw accessErrors.ACC_INVALID_CARD_MONTHS.error({ months: String(months) }, ["months"]);
  }
  const validFrom = currentUntil && currentUntil >= today ? addDays(currentUntil, 1) : today;
  return { validFrom, validUntil: addDays(addMonths(validFrom, months), -1) };
}
