import {
  accessErrors,
  checkParkingCardRenewal,
  checkParkingSpaceAssignable,
  checkParkingSpaceRegistration,
  checkVehicleOfUnit,
  checkVehicleRegistration,
  extendMonthlyCard,
  normaliseParkingSpaceCode,
  normalisePlate,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { visiblePeople } from "../../auth/index.ts";
import { ACCESS_DESK_ROLES, visibleParkingSpaces } from "../../auth/visibility.ts";
import { isUniqueViolation } from "../../db/index.ts";
import { ConflictError, NotFoundError } from "../../errors/index.ts";
import type { ParkingSpaceKind } from "../../generated/prisma/enums.ts";
import { dateColumn, isoOf, todayIn } from "../estate-dates.ts";
import { callDomain, ensure, type GlobalId, idOf, refusedAt, type ServiceContext } from "../support.ts";
import { gateEstateOf } from "./visitors.ts";

/**
 * Vehicles and parking spaces 车辆与车位 (R-ACC-3), the application service: residents' vehicles
 * are registered once per estate, parking spaces assigned to a unit (and a vehicle), and monthly
 * parking cards 月卡 extended. The card records how long the space may be used; the parking fee
 * itself is billed by the fees area.
 */

/** Staff who register spaces and sell monthly cards: the gate desk and the cashier. */
export const PARKING_CARD_ROLES = ["security", "customer_service", "cashier", "manager"] as const;

export async function registerVehicle(
  sc: ServiceContext,
  input: {
    estateId?: GlobalId | null;
    unitId?: GlobalId | null;
    plateNumber: string;
    ownerId?: GlobalId | null;
    description?: string | null;
  },
) {
  const { estateId, unitId } = await gateEstateOf(sc, input, ACCESS_DESK_ROLES);
  const plate = normalisePlate(input.plateNumber);
  let ownerId: string | null = null;
  if (input.ownerId) {
    const id = idOf(input.ownerId, "Person", "person", ["input", "ownerId"]);
    const owner = await sc.prisma.person.findFirst({ where: { id, AND: [visiblePeople(sc.viewer)] } });
    if (!owner) throw new NotFoundError("person", ["input", "ownerId"]);
    ownerId = owner.id;
  }
  const known = await sc.prisma.vehicle.findUnique({
    where: { estateId_plateNumber: { estateId, plateNumber: plate } },
    select: { plateNumber: true },
  });
  const refusal = checkVehicleRegistration(plate, known ? [known] : []);
  if (refusal) throw refusedAt(refusal, ["input", "plateNumber"]);
  const id = uuidv7();
  try {
    await sc.prisma.vehicle.create({
      data: { id, estateId, unitId, plateNumber: plate, ownerId, description: input.description ?? null },
    });
  } catch (error) {
    // Two desks registering the same plate at once: the unique index decides.
    if (isUniqueViolation(error)) {
      throw refusedAt(accessErrors.ACC_VEHICLE_ALREADY_REGISTERED.refuse({ plate }), [
        "input",
        "plateNumber",
      ]);
    }
    throw error;
  }
  return { vehicleId: id };
}

export async function registerParkingSpace(
  sc: ServiceContext,
  input: { estateId: GlobalId; code: string; kind: ParkingSpaceKind },
) {
  const { estateId } = await gateEstateOf(sc, input, ACCESS_DESK_ROLES);
  const code = normaliseParkingSpaceCode(input.code);
  const known = await sc.prisma.parkingSpace.findUnique({
    where: { estateId_code: { estateId, code } },
    select: { code: true },
  });
  const refusal = checkParkingSpaceRegistration(code, known ? [known] : []);
  if (refusal) throw refusedAt(refusal, ["input", "code"]);
  const id = uuidv7();
  try {
    await sc.prisma.parkingSpace.create({ data: { id, estateId, code, kind: input.kind } });
  } catch (error) {
    // Two desks registering the same space at once: the unique index decides.
    if (isUniqueViolation(error)) {
      throw refusedAt(accessErrors.ACC_PARKING_SPACE_EXISTS.refuse({ code }), ["input", "code"]);
    }
    throw error;
  }
  return { parkingSpaceId: id };
}

async function spaceForDesk(sc: ServiceContext, spaceId: GlobalId, roles: readonly string[]) {
  const id = idOf(spaceId, "ParkingSpace", "parking space", ["input", "parkingSpaceId"]);
  const space = await sc.prisma.parkingSpace.findFirst({
    where: { id, AND: [visibleParkingSpaces(sc.viewer)] },
  });
  if (!space || sc.viewer.kind !== "staff")
    throw new NotFoundError("parking space", ["input", "parkingSpaceId"]);
  ensure(sc.viewer.rolesIn(space.estateId).some((role) => roles.includes(role)));
  return space;
}

export async function assignParkingSpace(
  sc: ServiceContext,
  input: { parkingSpaceId: GlobalId; unitId?: GlobalId | null; vehicleId?: GlobalId | null },
) {
  const space = await spaceForDesk(sc, input.parkingSpaceId, ACCESS_DESK_ROLES);
  const notAssignable = checkParkingSpaceAssignable(space);
  if (notAssignable) throw refusedAt(notAssignable, ["input", "parkingSpaceId"]);
  const unitId = input.unitId ? idOf(input.unitId, "Unit", "unit", ["input", "unitId"]) : null;
  if (unitId) {
    const unit = await sc.prisma.unit.findFirst({ where: { id: unitId, estateId: space.estateId } });
    if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  }
  const vehicleId = input.vehicleId
    ? idOf(input.vehicleId, "Vehicle", "vehicle", ["input", "vehicleId"])
    : null;
  if (vehicleId) {
    const vehicle = await sc.prisma.vehicle.findFirst({ where: { id: vehicleId, estateId: space.estateId } });
    if (!vehicle) throw new NotFoundError("vehicle", ["input", "vehicleId"]);
    const otherUnits = checkVehicleOfUnit(vehicle, unitId);
    if (otherUnits) throw refusedAt(otherUnits, ["input", "vehicleId"]);
  }
  await sc.prisma.parkingSpace.update({ where: { id: space.id }, data: { unitId, vehicleId } });
  return { parkingSpaceId: space.id };
}

/**
 * Extends a space's monthly card 月卡 by whole months: from the day after the current card ends,
 * or from today when it has lapsed, to the day before the same date `months` later.
 */
export async function renewParkingCard(
  sc: ServiceContext,
  input: { parkingSpaceId: GlobalId; months: number },
) {
  const space = await spaceForDesk(sc, input.parkingSpaceId, PARKING_CARD_ROLES);
  const unassigned = checkParkingCardRenewal(space);
  if (unassigned) throw refusedAt(unassigned, ["input", "parkingSpaceId"]);
  const estate = await sc.prisma.estate.findUniqueOrThrow({
    where: { id: space.estateId },
    select: { timeZone: true },
  });
  const { validFrom: from, validUntil: until } = callDomain(() =>
    extendMonthlyCard({
      currentUntil: space.monthlyCardUntil ? isoOf(space.monthlyCardUntil) : null,
      today: todayIn(sc.now, estate.timeZone),
      months: input.months,
    }),
  );
  // Compare-and-set on the card's end: of two renewals at once, the second must reload and retry.
  const renewed = await sc.prisma.parkingSpace.updateMany({
    where: { id: space.id, monthlyCardUntil: space.monthlyCardUntil },
    data: { monthlyCardUntil: dateColumn(until) },
  });
  if (renewed.count !== 1) throw ConflictError.stale("parking space");
  return { parkingSpaceId: space.id, validFrom: from, validUntil: until };
}
