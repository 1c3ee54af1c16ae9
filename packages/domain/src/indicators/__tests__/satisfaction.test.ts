import { describe, expect, it } from "vitest";
import { INDICATOR_FORMULAS, type SatisfactionResponse, satisfactionRate } from "../index.ts";
import { beijing, november, thrownCode } from "./fixtures.ts";

const answer = (
  id: string,
  rating: SatisfactionResponse["rating"],
  serviceArea?: string,
  when = "2026-11-10 10:00",
) => ({
  id,
  rating,
  answeredAt: beijing(when),
  ...(serviceArea ? { serviceArea } : {}),
});

describe("R-QLT-1 satisfaction rate", () => {
  const responses = [
    answer("a", "verySatisfied", "cleaning"),
    answer("b", "satisfied", "cleaning"),
    answer("c", "neutral", "security"),
    answer("d", "dissatisfied", "security"),
    answer("e", "satisfied"),
    answer("f", "veryDissatisfied", "cleaning", "2026-10-31 23:59"), // October in Beijing
    answer("g", "verySatisfied", "cleaning", "2026-12-01 00:00"), // December
  ];

  it("counts very satisfied and satisfied over all responses of the period", () => {
    const result = satisfactionRate(responses, november);
    expect(result).toMatchObject({ status: "ok", numerator: 3, denominator: 5, percentage: "60.00%" });
    expect(result.formula).toEqual(INDICATOR_FORMULAS.satisfactionRate);
    expect(result.rules).toEqual(["R-QLT-1", "R-COM-3", "R-CMP-6"]);
  });

  it("breaks the rate down by service area", () => {
    const result = satisfactionRate(responses, november);
    expect(result.byServiceArea.map((a) => [a.serviceArea, a.rate.percentage])).toEqual([
      ["cleaning", "100.00%"],
      ["security", "0.00%"],
    ]);
  });

  it("an estate may count only 'very satisfied'", () => {
    const result = satisfactionRate(responses, november, { satisfiedRatings: ["verySatisfied"] });
    expect(result.status === "ok" && result.percentage).toBe("20.00%");
  });

  it("no responses: no data", () => {
    const result = satisfactionRate([], november);
    expect(result).toMatchObject({ status: "noData", byServiceArea: [] });
    expect(result.status === "noData" && result.reason.zh).toBe("统计期内没有满意度评价");
  });

  it("refuses a response without a valid time", () => {
    expect(
      thrownCode(() =>
        satisfactionRate([{ id: "x", rating: "satisfied", answeredAt: new Date("?") }], november),
      ),
    ).toBe("IND_INVALID_RECORD");
  });
});
