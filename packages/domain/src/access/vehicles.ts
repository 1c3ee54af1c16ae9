import type { Refusal } from "../errors/index.ts";
import { accessErrors } from "./errors.ts";
import type { RegisteredVehicle } from "./types.ts";

/** A plate as registered: upper case, no spaces (粤b 12345 → 粤B12345), so one car has one plate. */
export function normalisePlate(plate: string): string {
  return plate.replace(/\s+/g, "").toUpperCase();
}

/**
 * R-ACC-3: residents' vehicles are registered, each plate once per estate (spaces and case
 * ignored). `registered` is the estate's vehicles — or just those that could carry the same plate.
 * Refuses with `ACC_VEHICLE_ALREADY_REGISTERED`.
 */
export function checkVehicleRegistration(
  plateNumber: string,
  registered: readonly Pick<RegisteredVehicle, "plateNumber">[],
): Refusal | undefined {
  const plate = normalisePlate(plateNumber);
  return registered.some((vehicle) => normalisePlate(vehicle.plateNumber) === plate)
    ? accessErrors.ACC_VEHICLE_ALREADY_REGISTERED.refuse({ plate }, ["plateNumber"])
    : undefined;
}
