import { type BillableUnit, buildFeeSchedule, type FeeSchedule, type MeterReadings } from "@wuye/domain";

/**
 * The example estate, Sunny Garden 阳光花园: its published fee standard for homes (R-FEE-1) and
 * the policy it chose. Everything here is data an estate would enter once; the figures are
 * illustrative, not any city's official prices.
 */
export const sunnyGardenSchedule: FeeSchedule = buildFeeSchedule({
  estateId: "sunny-garden",
  // Utility prices are published to the tenth of a fen (0.617 元/度), so the estate allows more
  // price decimals than the default 2 (R-FEE-2); every other setting keeps its default.
  policy: { priceDecimals: 4 },
  standards: [
    {
      id: "sunny-garden-residential-2026",
      estateId: "sunny-garden",
      unitType: "residential",
      effectiveFrom: "2026-01-01",
      items: [
        {
          code: "property",
          kind: "area",
          name: { en: "Property service fee", zh: "物业服务费" },
          price: "2.35",
        },
        {
          code: "parking",
          kind: "fixed",
          per: "parkingSpace",
          name: { en: "Parking space fee", zh: "车位管理费" },
          price: "150",
        },
        {
          code: "water",
          kind: "metered",
          meter: "water",
          measure: { en: "m³", zh: "吨" },
          name: { en: "Water", zh: "水费" },
          price: "4.10",
        },
        {
          code: "electricity",
          kind: "metered",
          meter: "electricity",
          measure: { en: "kWh", zh: "度" },
          name: { en: "Electricity", zh: "电费" },
          price: "0.617",
        },
      ],
    },
  ],
});

/** Unit 3-1201: 89.37 m² on the property certificate, one parking space, handed over 14 November 2026. */
export const unit3_1201: BillableUnit = {
  id: "3-1201",
  unitType: "residential",
  buildingArea: "89.37",
  handoverDate: "2026-11-14",
  parkingSpaces: 1,
};

/**
 * The first month the handover prepayment does not cover (it runs to 31 May 2027), so June is
 * the unit's first monthly bill, issued at the end of May (R-FEE-4).
 */
export const firstMonthlyPeriod = "2027-06";

/** The meter round taken for the June bill: previous reading → this reading. */
export const juneReadings: MeterReadings = {
  water: { from: "86", to: "94" },
  electricity: { from: "1526", to: "1806" },
};
