import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, daysInMonth } from "../../calendar/index.ts";
import { assessPatrolRound, type PatrolRoute } from "../index.ts";

const isoDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const clamped = Math.min(day, daysInMonth(year, month));
    return `${year}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
  });

describe("calendar months (R-FAC-2 monthly, quarterly and yearly plans)", () => {
  it("moves by exactly that many months and never past the original day", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const moved = addMonths(date, months);
        const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(index(moved) - index(date)).toBe(months);
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});

describe("R-FAC-3 patrol assessment properties", () => {
  const ids = ["A", "B", "C", "D", "E", "F", "G"];
  const route: PatrolRoute = {
    id: "R",
    name: "route",
    kind: "patrol",
    ordered: true,
    checkpoints: ids.map((id) => ({ id, name: id })),
  };
  const scans = fc.array(fc.constantFrom(...ids, "X"), { maxLength: 20 });

  it("visited and missed checkpoints make up the route, and dropping the out-of-order ones leaves route order", () => {
    fc.assert(
      fc.property(scans, (visits) => {
        const round = {
          id: "r",
          routeId: "R",
          inspector: "i",
          startedAt: new Date(0),
          scans: visits.map((checkpointId, minute) => ({ checkpointId, at: new Date(minute * 60_000) })),
          findings: [],
        };
        const result = assessPatrolRound(route, round);
        expect(result.visitedCount + result.missed.length).toBe(ids.length);
        expect(result.completeness).toBe(result.visitedCount / ids.length);
        const firstVisits = [...new Set(visits.filter((v) => v !== "X"))];
        const kept = firstVisits.filter((id) => !result.outOfOrder.includes(id)).map((id) => ids.indexOf(id));
        expect(kept).toEqual([...kept].sort((a, b) => a - b));
      }),
    );
  });
});
