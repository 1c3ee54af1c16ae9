import { formatQuantity, type Quantity } from "../money/index.ts";
import { feeErrors } from "./errors.ts";
import { readDecimal } from "./input.ts";
import type { MeterReading } from "./types.ts";

/** What a meter measured between two readings (R-FEE-2), every figure exact. */
export interface MeterConsumption {
  readonly from: Quantity;
  readonly to: Quantity;
  readonly consumption: Quantity;
  /** The dial's capacity when the meter rolled over between the readings (10^digits). */
  readonly rolledOverAt?: Quantity;
}

const MAX_METER_DIGITS = 12;

function readReading(text: unknown, meter: string, path: readonly string[]): Quantity {
  const reading = readDecimal(text, `The ${meter} reading`, path);
  if (reading.units < 0n) throw feeErrors.FEE_NEGATIVE_READING.error({ meter, reading: String(text) }, path);
  return reading;
}

const POWERS_OF_TEN = Array.from({ length: 32 }, (_, exponent) => 10n ** BigInt(exponent));

function powerOfTen(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

function atScale(value: Quantity, scale: number): bigint {
  return scale === value.scale ? value.units : value.units * powerOfTen(scale - value.scale);
}

/**
 * R-FEE-2: the consumption between two readings. A reading below the previous one is a rollover
 * only when the meter's digits are known and the implied use is at most half the dial: a meter
 * cannot plausibly turn more than half way round in one reading cycle, so anything larger is a
 * misread or a swapped meter and is refused as FEE_READING_BACKWARDS rather than billed.
 */
export function measureConsumption(
  meter: string,
  reading: MeterReading,
  path: readonly string[] = ["readings", meter],
): MeterConsumption {
  const from = readReading(reading.from, meter, [...path, "from"]);
  const to = readReading(reading.to, meter, [...path, "to"]);
  const scale = Math.max(from.scale, to.scale);
  const fromUnits = atScale(from, scale);
  const toUnits = atScale(to, scale);
  let capacity: bigint | undefined;
  if (reading.meterDigits !== undefined) {
    const digits = reading.meterDigits;
    if (!Number.isInteger(digits) || digits < 1 || digits > MAX_METER_DIGITS) {
      throw feeErrors.FEE_INVALID_METER_DIGITS.error({ meter, digits: String(digits) }, [
        ...path,
        "meterDigits",
      ]);
    }
    capacity = powerOfTen(digits + scale);
    for (const [field, units, text] of [
      ["from", fromUnits, reading.from],
      ["to", toUnits, reading.to],
    ] as const) {
      if (units >= capacity) {
        throw feeErrors.FEE_READING_EXCEEDS_METER.error({ meter, reading: text, digits }, [...path, field]);
      }
    }
  }
  if (toUnits >= fromUnits) {
    return { from, to, consumption: { units: toUnits - fromUnits, scale } };
  }
  const used = capacity === undefined ? undefined : capacity - fromUnits + toUnits;
  if (capacity === undefined || used === undefined || used * 2n > capacity) {
    throw feeErrors.FEE_READING_BACKWARDS.error(
      { meter, from: formatQuantity(from), to: formatQuantity(to) },
      [...path, "to"],
    );
  }
  return {
    from,
    to,
    consumption: { units: used, scale },
    rolledOverAt: { units: powerOfTen(reading.meterDigits ?? 0), scale: 0 },
  };
}
