import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import {
  assertReleaseItems,
  countReleasePieces,
  DEFAULT_RELEASE_POLICY,
  itemNeedsReleasePass,
  type ReleaseItem,
  type ReleaseItemCategory,
  resolveReleasePolicy,
} from "../index.ts";
import { cartons, sofa, umbrella } from "./fixtures.ts";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? error.code : "not a DomainError";
  }
  return undefined;
}

describe("R-REL-1 large items need a release pass", () => {
  const large: ReleaseItemCategory[] = [
    "furniture",
    "officeDesk",
    "computer",
    "appliance",
    "carton",
    "largeParcel",
    "largeBag",
  ];

  it.each(large)("a %s needs a pass", (category) => {
    expect(itemNeedsReleasePass({ description: "x", category, quantity: 1 })).toBe(true);
  });

  it("a small item does not", () => {
    expect(itemNeedsReleasePass(umbrella)).toBe(false);
  });

  it("an estate may narrow or widen the list", () => {
    const policy = { passRequiredFor: ["furniture", "smallItem"] as const };
    expect(itemNeedsReleasePass(cartons, policy)).toBe(false);
    expect(itemNeedsReleasePass(umbrella, policy)).toBe(true);
  });
});

describe("R-REL-2 each item and quantity is recorded", () => {
  it("accepts well-formed lines and counts the pieces", () => {
    expect(() => assertReleaseItems([sofa, cartons])).not.toThrow();
    expect(countReleasePieces([sofa, cartons])).toBe(7);
  });

  it("refuses a pass with no items", () => {
    expect(codeOf(() => assertReleaseItems([]))).toBe("REL_NO_ITEMS");
  });

  it.each<[string, ReleaseItem]>([
    ["a blank description", { ...sofa, description: "  " }],
    ["a zero quantity", { ...sofa, quantity: 0 }],
    ["a fractional quantity", { ...sofa, quantity: 1.5 }],
    ["an unknown category", { ...sofa, category: "boat" as ReleaseItemCategory }],
  ])("refuses %s", (_label, item) => {
    expect(codeOf(() => assertReleaseItems([sofa, item]))).toBe("REL_INVALID_ITEM");
  });

  it("points at the faulty line", () => {
    try {
      assertReleaseItems([sofa, { ...sofa, quantity: -1 }]);
    } catch (error) {
      expect(isDomainError(error) && error.path).toEqual(["items", "1", "quantity"]);
      expect(isDomainError(error) && error.messageZh).toContain("第 2 行");
    }
    expect.assertions(2);
  });
});

describe("release policy", () => {
  it("defaults to 3 single-item passes within 30 days and 5 lines a form", () => {
    expect(DEFAULT_RELEASE_POLICY.unusualRemoval).toEqual({ passes: 3, withinDays: 30 });
    expect(resolveReleasePolicy().formItemLines).toBe(5);
  });

  it.each([
    { unusualRemoval: { passes: 0, withinDays: 30 } },
    { unusualRemoval: { passes: 3, withinDays: 2.5 } },
    { formItemLines: 0 },
  ])("refuses a non-positive or fractional setting %o", (input) => {
    expect(codeOf(() => resolveReleasePolicy(input))).toBe("REL_INVALID_POLICY");
  });
});
