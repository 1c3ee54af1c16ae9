import { describe, expect, it } from "vitest";
import { parseMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import { measureConsumption } from "../meter.ts";
import { computeOneOffCharge } from "../one-off.ts";
import {
  billOf,
  elevatorFee,
  expectRefusal,
  expectThrownRefusal,
  parkingFee,
  passFee,
  powerFee,
  propertyFee,
  refusalOf,
  renovationFee,
  schedule,
  standard,
  unit1201,
  waterFee,
} from "./fixtures.ts";

const settled = { ...unit1201, handoverDate: "2025-06-18" };
const allKinds = [
  standard("all", "2026-01-01", [
    propertyFee("2.35"),
    elevatorFee("30"),
    parkingFee("150"),
    waterFee("4.1"),
    powerFee("0.5283"),
    passFee("10"),
    renovationFee("3"),
  ]),
];
const fees = schedule({ priceDecimals: 4 }, allKinds);

describe("R-FEE-2 area-based property service fee", () => {
  it("charges building area × price per m² per month", () => {
    const [line] = billOf(computeUnitBill(fees, settled, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("210.02"));
    expect(line?.basis).toMatchObject({ kind: "area", area: "89.37", price: "2.35" });
  });

  it("refuses a negative building area", () => {
    const error = expectThrownRefusal(
      () => computeUnitBill(fees, { ...settled, buildingArea: "-89.37" }, "2026-11"),
      "FEE_NEGATIVE_AREA",
    );
    expect(error.message).toBe("Building area must not be negative (got -89.37 m²)");
    expect(error.messageZh).toBe("建筑面积不能为负数（-89.37 m²）");
    expect(error.path).toEqual(["unit", "buildingArea"]);
  });

  it("refuses an area that is not a number", () => {
    expectThrownRefusal(
      () => computeUnitBill(fees, { ...settled, buildingArea: "89,37" }, "2026-11"),
      "FEE_INVALID_NUMBER",
    );
    expectThrownRefusal(
      () => computeUnitBill(fees, { ...settled, buildingArea: 89.37 as unknown as string }, "2026-11"),
      "FEE_INVALID_NUMBER",
    );
  });

  it("bills a zero area as zero", () => {
    const [line] = billOf(computeUnitBill(fees, { ...settled, buildingArea: "0" }, "2026-11")).lines;
    expect(line?.amount).toBe(0n);
  });
});

describe("R-FEE-2 fixed monthly fees", () => {
  it("charges per unit and per parking space × count", () => {
    const bill = billOf(computeUnitBill(fees, { ...settled, parkingSpaces: 2 }, "2026-11"));
    const elevator = bill.lines.find((line) => line.itemCode === "elevator");
    const parking = bill.lines.find((line) => line.itemCode === "parking");
    expect(elevator?.explanation).toEqual({
      en: "Elevator fee: ¥30.00/unit/month × 1 month = ¥30.00",
      zh: "电梯费：30.00元/户/月 × 1个月 = 30.00元",
    });
    expect(parking?.explanation).toEqual({
      en: "Parking management fee: ¥150.00/space/month × 2 spaces × 1 month = ¥300.00",
      zh: "车位管理费：150.00元/个/月 × 2个 × 1个月 = 300.00元",
    });
    expect(parking?.basis).toMatchObject({ kind: "fixed", per: "parkingSpace", count: 2 });
  });

  it("leaves out the parking line of a unit without spaces", () => {
    const bill = billOf(computeUnitBill(fees, { ...settled, parkingSpaces: 0 }, "2026-11"));
    expect(bill.lines.map((line) => line.itemCode)).toEqual(["property", "elevator"]);
  });

  it("refuses a negative or fractional count of spaces", () => {
    expectThrownRefusal(
      () => computeUnitBill(fees, { ...settled, parkingSpaces: -1 }, "2026-11"),
      "FEE_INVALID_COUNT",
    );
    const error = expectThrownRefusal(
      () => computeUnitBill(fees, { ...settled, parkingSpaces: 1.5 }, "2026-11"),
      "FEE_INVALID_COUNT",
    );
    expect(error.path).toEqual(["unit", "parkingSpaces"]);
  });
});

describe("R-FEE-2 metered fees", () => {
  const readings = {
    water: { from: "1234", to: "1289.5" },
    electricity: { from: "99950", to: "30", meterDigits: 5 },
  };

  it("charges the reading difference × price, reading from → to on the line", () => {
    const bill = billOf(computeUnitBill(fees, settled, "2026-11", { readings }));
    const water = bill.lines.find((line) => line.itemCode === "water");
    expect(water?.amount).toBe(parseMoney("227.55"));
    expect(water?.basis).toMatchObject({ kind: "metered", from: "1234", to: "1289.5", consumption: "55.5" });
    expect(water?.explanation).toEqual({
      en: "Water: (1289.5 − 1234) m³ × ¥4.10/m³ = ¥227.55",
      zh: "水费：(1289.5 − 1234)吨 × 4.10元/吨 = 227.55元",
    });
  });

  it("handles a meter rolling over its digits", () => {
    const bill = billOf(computeUnitBill(fees, settled, "2026-11", { readings }));
    const power = bill.lines.find((line) => line.itemCode === "power");
    // 80 kWh × 0.5283 = 42.264
    expect(power?.amount).toBe(parseMoney("42.26"));
    expect(power?.basis).toMatchObject({ consumption: "80", rolledOverAt: "100000" });
    expect(power?.explanation.zh).toBe("电费：(100000 − 99950 + 30)度 × 0.5283元/度 = 42.26元");
  });

  it("does not prorate a metered fee for a partial month", () => {
    const bill = billOf(computeUnitBill(fees, unit1201, "2026-11", { readings }));
    expect(bill.lines.find((line) => line.itemCode === "water")?.amount).toBe(parseMoney("227.55"));
  });

  it("refuses a reading going backwards without rollover", () => {
    const error = expectThrownRefusal(
      () => measureConsumption("water", { from: "1289", to: "1234" }),
      "FEE_READING_BACKWARDS",
    );
    expect(error.message).toBe("The water meter went backwards from 1289 to 1234 and did not roll over");
    expect(error.path).toEqual(["readings", "water", "to"]);
  });

  it("refuses a 'rollover' of more than half the dial as a backwards reading", () => {
    expectThrownRefusal(
      () => measureConsumption("electricity", { from: "500", to: "400", meterDigits: 5 }),
      "FEE_READING_BACKWARDS",
    );
    expect(measureConsumption("electricity", { from: "50000", to: "0", meterDigits: 5 }).consumption).toEqual(
      {
        units: 50000n,
        scale: 0,
      },
    );
  });

  it("rolls over with decimals on the dial", () => {
    const used = measureConsumption("water", { from: "9999.8", to: "0.3", meterDigits: 4 });
    expect(used.consumption).toEqual({ units: 5n, scale: 1 });
    expect(used.rolledOverAt).toEqual({ units: 10000n, scale: 0 });
  });

  it("refuses a reading that does not fit the dial", () => {
    const error = expectThrownRefusal(
      () => measureConsumption("water", { from: "100000", to: "100010", meterDigits: 5 }),
      "FEE_READING_EXCEEDS_METER",
    );
    expect(error.path).toEqual(["readings", "water", "from"]);
  });

  it("refuses impossible meter digits", () => {
    for (const meterDigits of [0, 13, 2.5]) {
      expectThrownRefusal(
        () => measureConsumption("water", { from: "1", to: "2", meterDigits }),
        "FEE_INVALID_METER_DIGITS",
      );
    }
  });

  it("refuses a negative or malformed reading", () => {
    expectThrownRefusal(() => measureConsumption("water", { from: "-1", to: "2" }), "FEE_NEGATIVE_READING");
    expectThrownRefusal(() => measureConsumption("water", { from: "1", to: "two" }), "FEE_INVALID_NUMBER");
  });

  it("refuses a reading for a meter the standard does not bill", () => {
    const error = expectThrownRefusal(
      () => computeUnitBill(fees, settled, "2026-11", { readings: { gas: { from: "1", to: "2" } } }),
      "FEE_UNKNOWN_METER",
    );
    expect(error.path).toEqual(["readings", "gas"]);
  });

  it("lists metered items still waiting for a reading", () => {
    const bill = billOf(computeUnitBill(fees, settled, "2026-11", { readings: { water: readings.water } }));
    expect(bill.missingReadings).toEqual(["power"]);
  });
});

describe("R-FEE-2 one-off fees", () => {
  it("charges a price per piece × count", () => {
    const outcome = computeOneOffCharge(fees, {
      unitType: "residential",
      itemCode: "pass",
      on: "2026-11-20",
      count: 3,
    });
    expect(outcome.ok && outcome.line.amount).toBe(parseMoney("30.00"));
    expect(outcome.ok && outcome.line.explanation).toEqual({
      en: "Worker pass fee: ¥10.00/pass × 3 = ¥30.00",
      zh: "施工人员出入证工本费：10.00元/张 × 3 = 30.00元",
    });
  });

  it("charges one piece by default", () => {
    const outcome = computeOneOffCharge(fees, {
      unitType: "residential",
      itemCode: "pass",
      on: "2026-11-20",
    });
    expect(outcome.ok && outcome.line.basis).toMatchObject({ kind: "oneOff", per: "each", quantity: "1" });
  });

  it("charges a price per m² of building area", () => {
    const outcome = computeOneOffCharge(fees, {
      unitType: "residential",
      itemCode: "renovation",
      on: "2026-11-20",
      buildingArea: "89.37",
    });
    expect(outcome.ok && outcome.line.explanation.zh).toBe("装修管理费：89.37㎡ × 3.00元/㎡ = 268.11元");
  });

  it("refuses an unknown item and a monthly item", () => {
    const on = "2026-11-20";
    expectThrownRefusal(
      () => computeOneOffCharge(fees, { unitType: "residential", itemCode: "gym", on }),
      "FEE_UNKNOWN_ITEM",
    );
    const error = expectThrownRefusal(
      () => computeOneOffCharge(fees, { unitType: "residential", itemCode: "property", on }),
      "FEE_NOT_ONE_OFF",
    );
    expect(error.path).toEqual(["itemCode"]);
  });

  it("refuses a charge before any standard, a bad count, a missing area and a bad date", () => {
    const outcome = computeOneOffCharge(fees, {
      unitType: "residential",
      itemCode: "pass",
      on: "2025-12-31",
    });
    expectRefusal(refusalOf(outcome), "FEE_NO_STANDARD_IN_FORCE");
    expect(refusalOf(outcome)?.path).toEqual(["on"]);
    expectThrownRefusal(
      () =>
        computeOneOffCharge(fees, { unitType: "residential", itemCode: "pass", on: "2026-11-20", count: -2 }),
      "FEE_INVALID_COUNT",
    );
    expectThrownRefusal(
      () => computeOneOffCharge(fees, { unitType: "residential", itemCode: "renovation", on: "2026-11-20" }),
      "FEE_INVALID_NUMBER",
    );
    expectThrownRefusal(
      () => computeOneOffCharge(fees, { unitType: "residential", itemCode: "pass", on: "20 Nov" }),
      "FEE_INVALID_DATE",
    );
  });
});

describe("R-FEE-2 prices", () => {
  it("refuses a price with more decimals than the policy allows (default 2)", () => {
    const error = expectThrownRefusal(() => schedule({}, allKinds), "FEE_PRICE_TOO_PRECISE");
    expect(error.message).toBe("The price 0.5283 has more than the 2 decimal places the estate allows");
    expect(error.messageZh).toBe("单价 0.5283 的小数位超过本项目允许的 2 位");
    expect(error.path).toEqual(["standards", "0", "items", "4", "price"]);
  });

  it("accepts four decimals where the estate allows them", () => {
    expect(() => schedule({ priceDecimals: 4 }, allKinds)).not.toThrow();
  });

  it("refuses a negative or malformed price", () => {
    expectThrownRefusal(
      () => schedule({}, [standard("n", "2026-01-01", [propertyFee("-2.35")])]),
      "FEE_NEGATIVE_PRICE",
    );
    expectThrownRefusal(
      () => schedule({}, [standard("n", "2026-01-01", [propertyFee("¥2.35")])]),
      "FEE_INVALID_NUMBER",
    );
  });
});
