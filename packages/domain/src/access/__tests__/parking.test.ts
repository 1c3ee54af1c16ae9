import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysInMonth } from "../../calendar/index.ts";
import { isDomainError, type Refusal } from "../../errors/index.ts";
import {
  checkParkingCardRenewal,
  checkParkingSpaceAssignable,
  checkParkingSpaceRegistration,
  checkVehicleOfUnit,
  checkVehicleRegistration,
  extendMonthlyCard,
  normaliseParkingSpaceCode,
  normalisePlate,
} from "../index.ts";

function thrown(run: () => unknown): Refusal | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.toRefusal();
    throw error;
  }
  return undefined;
}

describe("R-ACC-3 residents' vehicles are registered once per estate", () => {
  it("writes a plate in upper case without spaces", () => {
    expect(normalisePlate(" 粤b 12345 ")).toBe("粤B12345");
    expect(normalisePlate("沪A\t9X8Y7")).toBe("沪A9X8Y7");
  });

  it("registers a plate the estate does not have", () => {
    expect(checkVehicleRegistration("粤B12345", [{ plateNumber: "粤B54321" }])).toBeUndefined();
    expect(checkVehicleRegistration("粤B12345", [])).toBeUndefined();
  });

  it("refuses a plate already registered, whatever its spaces and case (ACC_VEHICLE_ALREADY_REGISTERED)", () => {
    expect(checkVehicleRegistration("粤b 12345", [{ plateNumber: "粤B12345" }])).toEqual({
      code: "ACC_VEHICLE_ALREADY_REGISTERED",
      rule: "R-ACC-3",
      path: ["plateNumber"],
      message: "The vehicle 粤B12345 is already registered in this estate",
      messageZh: "车辆 粤B12345 已在本项目登记",
    });
  });
});

describe("R-ACC-3 parking spaces are registered once per estate", () => {
  it("keeps a code without surrounding spaces", () => {
    expect(normaliseParkingSpaceCode("  B2-117 ")).toBe("B2-117");
  });

  it("registers a new code", () => {
    expect(checkParkingSpaceRegistration("B2-117", [{ code: "B2-118" }])).toBeUndefined();
  });

  it("refuses a code already registered (ACC_PARKING_SPACE_EXISTS)", () => {
    expect(checkParkingSpaceRegistration(" B2-117", [{ code: "B2-117" }])).toEqual(
      expect.objectContaining({
        code: "ACC_PARKING_SPACE_EXISTS",
        path: ["code"],
        message: "Parking space B2-117 is already registered in this estate",
      }),
    );
  });
});

describe("R-ACC-3 assigning a parking space", () => {
  it.each(["owned", "rented"] as const)("an %s space is assigned to a unit", (kind) => {
    expect(checkParkingSpaceAssignable({ code: "B2-117", kind })).toBeUndefined();
  });

  it("a visitor space is not (ACC_VISITOR_SPACE_NOT_ASSIGNABLE)", () => {
    expect(checkParkingSpaceAssignable({ code: "V-03", kind: "visitor" })).toEqual({
      code: "ACC_VISITOR_SPACE_NOT_ASSIGNABLE",
      rule: "R-ACC-3",
      message: "Parking space V-03 is for visitors and is not assigned to a unit",
      messageZh: "车位 V-03 为访客车位，不能分配给房屋",
    });
  });

  it("takes a vehicle of the same unit, a vehicle tied to no unit, or any vehicle when no unit is named", () => {
    expect(checkVehicleOfUnit({ plateNumber: "粤B12345", unitId: "3-1201" }, "3-1201")).toBeUndefined();
    expect(checkVehicleOfUnit({ plateNumber: "粤B12345", unitId: null }, "3-1201")).toBeUndefined();
    expect(checkVehicleOfUnit({ plateNumber: "粤B12345", unitId: "3-1201" }, null)).toBeUndefined();
  });

  it("refuses a vehicle registered to another unit (ACC_VEHICLE_NOT_OF_UNIT)", () => {
    expect(checkVehicleOfUnit({ plateNumber: "粤B12345", unitId: "5-0302" }, "3-1201")).toEqual(
      expect.objectContaining({
        code: "ACC_VEHICLE_NOT_OF_UNIT",
        messageZh: "车辆 粤B12345 登记在其他房屋名下",
      }),
    );
  });
});

describe("R-ACC-3 the monthly parking card", () => {
  it("is sold for a space held by a unit or a vehicle", () => {
    expect(checkParkingCardRenewal({ code: "B2-117", unitId: "3-1201" })).toBeUndefined();
    expect(checkParkingCardRenewal({ code: "B2-117", unitId: null, vehicleId: "v-1" })).toBeUndefined();
  });

  it("is not sold for an unassigned space (ACC_PARKING_SPACE_UNASSIGNED)", () => {
    expect(checkParkingCardRenewal({ code: "B2-117", unitId: null, vehicleId: null })).toEqual(
      expect.objectContaining({
        code: "ACC_PARKING_SPACE_UNASSIGNED",
        rule: "R-ACC-3",
        message: "A monthly card needs parking space B2-117 assigned to a unit or a vehicle first",
      }),
    );
  });

  it("a first card runs from today to the day before the same date a month later", () => {
    expect(extendMonthlyCard({ today: "2026-03-15", months: 1 })).toEqual({
      validFrom: "2026-03-15",
      validUntil: "2026-04-14",
    });
  });

  it("a card still running is extended from the day after it ends", () => {
    expect(extendMonthlyCard({ currentUntil: "2026-04-14", today: "2026-04-01", months: 3 })).toEqual({
      validFrom: "2026-04-15",
      validUntil: "2026-07-14",
    });
  });

  it("a card ending today is extended from tomorrow", () => {
    expect(extendMonthlyCard({ currentUntil: "2026-04-14", today: "2026-04-14", months: 1 }).validFrom).toBe(
      "2026-04-15",
    );
  });

  it("a lapsed card starts again from today: the lapsed days are not sold", () => {
    expect(extendMonthlyCard({ currentUntil: "2026-01-31", today: "2026-03-10", months: 1 })).toEqual({
      validFrom: "2026-03-10",
      validUntil: "2026-04-09",
    });
  });

  it("a card from 31 January for one month ends on 27 February, so the next one starts on the 28th", () => {
    const card = extendMonthlyCard({ today: "2026-01-31", months: 1 });
    expect(card.validUntil).toBe("2026-02-27");
    expect(
      extendMonthlyCard({ currentUntil: card.validUntil, today: "2026-02-01", months: 1 }).validFrom,
    ).toBe("2026-02-28");
  });

  it.each([0, -1, 1.5, Number.NaN])(
    "extending by %s months is bad input (ACC_INVALID_CARD_MONTHS)",
    (months) => {
      expect(thrown(() => extendMonthlyCard({ today: "2026-03-15", months }))).toEqual(
        expect.objectContaining({ code: "ACC_INVALID_CARD_MONTHS", rule: "R-ACC-3", path: ["months"] }),
      );
    },
  );

  const isoDate = fc
    .record({
      year: fc.integer({ min: 2000, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const d = Math.min(day, daysInMonth(year, month));
      return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    });
  const months = fc.integer({ min: 1, max: 24 });

  it("renewals follow one another without a gap or an overlap (property)", () => {
    fc.assert(
      fc.property(isoDate, months, months, (today, first, second) => {
        const a = extendMonthlyCard({ today, months: first });
        const b = extendMonthlyCard({ currentUntil: a.validUntil, today, months: second });
        expect(b.validFrom).toBe(addDays(a.validUntil, 1));
        expect(a.validFrom <= a.validUntil && b.validFrom <= b.validUntil).toBe(true);
      }),
    );
  });

  it("a card covers at least 28 days a month and never more than 31 (property)", () => {
    fc.assert(
      fc.property(isoDate, months, (today, n) => {
        const { validFrom, validUntil } = extendMonthlyCard({ today, months: n });
        const days = (Date.parse(validUntil) - Date.parse(validFrom)) / 86_400_000 + 1;
        expect(days).toBeGreaterThanOrEqual(28 * n - 3);
        expect(days).toBeLessThanOrEqual(31 * n);
      }),
    );
  });
});
