import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysInMonth } from "../../calendar/index.ts";
import { formatQuantity, parseQuantity, type RoundingPolicy, sumMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import { areaLine, fixedLine, monthContext } from "../lines.ts";
import { findStandardInForce, isPreparedStandard } from "../schedule.ts";
import type { BillableUnit, MeterReadings } from "../types.ts";
import { elevatorFee, parkingFee, propertyFee, schedule, standard, waterFee } from "./fixtures.ts";

const STEP_FEN: Record<RoundingPolicy["step"], bigint> = { fen: 1n, jiao: 10n, yuan: 100n };

const rounding = fc.record({
  step: fc.constantFrom("fen", "jiao", "yuan"),
  mode: fc.constantFrom("halfUp", "halfEven", "down", "up"),
}) as fc.Arbitrary<RoundingPolicy>;
const decimal = (maxUnits: number, maxScale: number) =>
  fc
    .record({
      units: fc.bigInt({ min: 0n, max: BigInt(maxUnits) }),
      scale: fc.integer({ min: 0, max: maxScale }),
    })
    .map(formatQuantity);
const area = decimal(9_999_999, 2);
const price = decimal(99_999, 4);
const month = fc.record({
  year: fc.integer({ min: 2026, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
});
const pad = (value: number) => String(value).padStart(2, "0");

describe("R-FEE-3 property: splitting a month", () => {
  it("two prorated parts differ from the whole month by at most one rounding step per part", () => {
    fc.assert(
      fc.property(area, price, month, rounding, fc.integer({ min: 1, max: 30 }), (a, p, m, policy, split) => {
        const days = daysInMonth(m.year, m.month);
        const first = Math.min(split, days - 1);
        const fees = schedule({ priceDecimals: 4, rounding: policy }, [
          standard("s", "2026-01-01", [propertyFee(p), elevatorFee(p)]),
        ]);
        const found = findStandardInForce(fees, "residential", "2026-01-01");
        if (!isPreparedStandard(found)) throw new Error("no standard");
        const [areaItem, fixedItem] = found.billedItems;
        if (!areaItem || !fixedItem) throw new Error("no items");
        const areaQuantity = parseQuantity(a);
        const whole = monthContext(fees, days, days);
        const head = monthContext(fees, first, days);
        const tail = monthContext(fees, days - first, days);
        const tolerance = 2n * STEP_FEN[policy.step];
        const areaGap =
          areaLine(areaItem, areaQuantity, a, head).amount +
          areaLine(areaItem, areaQuantity, a, tail).amount -
          areaLine(areaItem, areaQuantity, a, whole).amount;
        const fixedGap =
          fixedLine(fixedItem, 1, head).amount +
          fixedLine(fixedItem, 1, tail).amount -
          fixedLine(fixedItem, 1, whole).amount;
        expect(areaGap <= tolerance && areaGap >= -tolerance).toBe(true);
        expect(fixedGap <= tolerance && fixedGap >= -tolerance).toBe(true);
      }),
    );
  });
});

const unitArbitrary = fc.record({
  area,
  parkingSpaces: fc.integer({ min: 0, max: 3 }),
  handoverDay: fc.integer({ min: 1, max: 28 }),
  handedOverBefore: fc.boolean(),
  water: fc.option(
    fc.record({ from: fc.integer({ min: 0, max: 99_999 }), used: fc.integer({ min: 0, max: 500 }) }),
  ),
});

interface UnitShape {
  readonly area: string;
  readonly parkingSpaces: number;
  readonly handoverDay: number;
  readonly handedOverBefore: boolean;
}

function unitOf(u: UnitShape, m: { readonly year: number; readonly month: number }): BillableUnit {
  const handoverDate = u.handedOverBefore ? "2026-01-01" : `${m.year}-${pad(m.month)}-${pad(u.handoverDay)}`;
  return {
    id: "u",
    unitType: "residential",
    buildingArea: u.area,
    parkingSpaces: u.parkingSpaces,
    handoverDate,
  };
}

function readingsOf(water: { from: number; used: number } | null): MeterReadings {
  return water ? { water: { from: String(water.from), to: String(water.from + water.used) } } : {};
}

describe("R-FEE-4 property: a bill's total", () => {
  it("equals the sum of its lines", () => {
    fc.assert(
      fc.property(unitArbitrary, month, price, rounding, (u, m, p, policy) => {
        const fees = schedule({ priceDecimals: 4, rounding: policy }, [
          standard("s", "2026-01-01", [propertyFee(p), parkingFee(p), waterFee(p)]),
        ]);
        const outcome = computeUnitBill(fees, unitOf(u, m), `${m.year}-${pad(m.month)}`, {
          readings: readingsOf(u.water),
        });
        if (outcome.ok)
          expect(outcome.bill.total).toBe(sumMoney(outcome.bill.lines.map((line) => line.amount)));
        else expect(outcome.refusals[0]?.code).toBe("FEE_NOTHING_TO_BILL");
      }),
    );
  });
});

describe("R-FEE-1 property: old bills recompute exactly", () => {
  it("adding a newer standard leaves the bill of an earlier period unchanged", () => {
    fc.assert(
      fc.property(
        unitArbitrary,
        month,
        price,
        fc.integer({ min: 1, max: 2000 }),
        (u, m, newPrice, daysLater) => {
          const original = [
            standard("s", "2026-01-01", [propertyFee("2.35"), parkingFee("150"), waterFee("4.1")]),
          ];
          const unit = unitOf(u, m);
          const period = `${m.year}-${pad(m.month)}`;
          const readings = readingsOf(u.water);
          const before = computeUnitBill(schedule({ priceDecimals: 4 }, original), unit, period, {
            readings,
          });
          const chargedFrom = before.ok ? before.bill.chargedFrom : `${period}-01`;
          const newer = standard("newer", addDays(chargedFrom, daysLater), [
            propertyFee(newPrice),
            parkingFee(newPrice),
            waterFee(newPrice),
          ]);
          const after = computeUnitBill(schedule({ priceDecimals: 4 }, [...original, newer]), unit, period, {
            readings,
          });
          expect(after).toEqual(before);
        },
      ),
    );
  });
});
