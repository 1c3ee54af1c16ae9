import { businessDateOf, isDomainError, measureConsumption } from "@wuye/domain";
import { visibleMeters } from "../../auth/visibility.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { authorIdOf, authorizeEstateAction, METER_READING_ROLES } from "./access.ts";
import { dateColumn, decimalTextOf, isoOf } from "./records.ts";

/**
 * Meter readings 抄表 (R-FEE-2): a metered line bills the difference of two readings, so each
 * new reading is checked by the domain's `measureConsumption` against its neighbours — a meter
 * going backwards (`FEE_READING_BACKWARDS`) or a negative reading (`FEE_NEGATIVE_READING`) is
 * refused with the field at fault. Meters carry no dial size here, so no reading is read as a
 * rollover.
 */

export interface MeterReadingRecordInput {
  readonly meterId: GlobalId;
  readonly readOn: Date;
  readonly value: string;
}

/** Runs the domain's check; its code and message come back on `input.value`. */
function measured(kind: string, from: string, to: string): void {
  try {
    measureConsumption(kind, { from, to }, []);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const refusal = error.toRefusal();
    const path = ["input", "value"];
    throw new ValidationError([{ path, message: refusal.message }], { ...refusal, path });
  }
}

export async function recordMeterReading(sc: ServiceContext, input: MeterReadingRecordInput) {
  const meterId = idOf(input.meterId, "Meter", "meter", ["input", "meterId"]);
  const meter = await sc.prisma.meter.findFirst({
    where: { id: meterId, AND: [visibleMeters(sc.viewer)] },
    select: { id: true, kind: true, estate: { select: { id: true, companyId: true, timeZone: true } } },
  });
  if (!meter) throw new NotFoundError("meter", ["input", "meterId"]);
  authorizeEstateAction(sc, meter.estate, METER_READING_ROLES, { what: "meter", path: ["input", "meterId"] });
  const readOn = isoOf(input.readOn);
  if (readOn > businessDateOf(sc.now, meter.estate.timeZone)) {
    throw new ValidationError([{ path: ["input", "readOn"], message: "must not be in the future" }]);
  }
  const value = input.value.trim();
  const [before, after, same] = [
    await sc.prisma.meterReading.findFirst({
      where: { meterId, readOn: { lt: dateColumn(readOn) } },
      orderBy: { readOn: "desc" },
    }),
    await sc.prisma.meterReading.findFirst({
      where: { meterId, readOn: { gt: dateColumn(readOn) } },
      orderBy: { readOn: "asc" },
    }),
    await sc.prisma.meterReading.findUnique({
      where: { meterId_readOn: { meterId, readOn: dateColumn(readOn) } },
    }),
  ];
  if (same)
    throw new ValidationError([
      { path: ["input", "readOn"], message: `the meter was already read on ${readOn}` },
    ]);
  measured(meter.kind, before ? decimalTextOf(before.value, 3) : value, value);
  if (after) measured(meter.kind, value, decimalTextOf(after.value, 3));
  const row = await sc.prisma.meterReading.create({
    data: { meterId, readOn: dateColumn(readOn), value, readById: authorIdOf(sc) },
  });
  return { readingId: row.id, meterId, consumption: before ? { from: before.value, to: value } : null };
}
