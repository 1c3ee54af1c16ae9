import { describe, expect, it } from "vitest";
import { decideRelease, detectUnusualRemoval, type ReleaseHistoryEntry } from "../index.ts";
import { at, cartons, request, sofa, today } from "./fixtures.ts";

const laptop = { description: "laptop", category: "computer" as const, quantity: 1 };

function entry(id: string, date: string, overrides: Partial<ReleaseHistoryEntry> = {}): ReleaseHistoryEntry {
  return { id, unitId: "3-1201", date, reason: "temporary", items: [laptop], ...overrides };
}

const candidate = entry("p-now", today);

describe("R-REL-2 frequent single-item removals are flagged", () => {
  it("the third single-item pass within 30 days is flagged", () => {
    const flag = detectUnusualRemoval(candidate, [entry("p1", "2026-10-23"), entry("p2", "2026-11-10")]);
    expect(flag).toMatchObject({
      rule: "R-REL-2",
      unitId: "3-1201",
      count: 3,
      since: "2026-10-23",
      until: today,
      passIds: ["p1", "p2", "p-now"],
    });
    expect(flag?.messageZh).toContain("3 次");
  });

  it("a pass 30 days back falls outside the window", () => {
    expect(
      detectUnusualRemoval(candidate, [entry("p1", "2026-10-22"), entry("p2", "2026-11-10")]),
    ).toBeUndefined();
  });

  it("counts only the same unit, temporary reason and a single piece", () => {
    const others = [
      entry("a", "2026-11-01", { unitId: "9-101" }),
      entry("b", "2026-11-02", { reason: "movingOut" }),
      entry("c", "2026-11-03", { items: [{ ...laptop, quantity: 2 }] }),
      entry("d", "2026-11-04", { items: [laptop, sofa] }),
    ];
    expect(detectUnusualRemoval(candidate, others)).toBeUndefined();
  });

  it("a candidate that is not a single item is never flagged", () => {
    const many = entry("p-now", today, { items: [cartons] });
    expect(
      detectUnusualRemoval(many, [entry("p1", "2026-11-01"), entry("p2", "2026-11-02")]),
    ).toBeUndefined();
  });

  it("does not count the candidate twice when the history already holds it", () => {
    expect(detectUnusualRemoval(candidate, [entry("p1", "2026-11-01"), candidate])).toBeUndefined();
  });

  it("ignores passes dated after the candidate", () => {
    expect(
      detectUnusualRemoval(candidate, [entry("p1", "2026-11-01"), entry("p2", "2026-11-22")]),
    ).toBeUndefined();
  });

  it("follows the estate's policy", () => {
    const policy = { unusualRemoval: { passes: 2, withinDays: 7 } };
    expect(detectUnusualRemoval(candidate, [entry("p1", "2026-11-15")], policy)?.count).toBe(2);
    expect(detectUnusualRemoval(candidate, [entry("p1", "2026-11-14")], policy)).toBeUndefined();
  });

  it("the desk's decision carries the flag and still allows the pass", () => {
    const decision = decideRelease(request({ items: [laptop] }), {
      at,
      passId: "p-now",
      history: [entry("p1", "2026-11-01"), entry("p2", "2026-11-02")],
    });
    expect(decision.outcome).toBe("allow");
    expect(decision.flags.map((f) => f.passIds)).toEqual([["p1", "p2", "p-now"]]);
  });
});
