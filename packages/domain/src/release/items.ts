import { releaseErrors } from "./errors.ts";
import { DEFAULT_RELEASE_POLICY, type ReleasePolicy } from "./policy.ts";
import type { ReleaseItem, ReleaseItemCategory } from "./types.ts";

const CATEGORIES: readonly ReleaseItemCategory[] = [
  "furniture",
  "officeDesk",
  "computer",
  "appliance",
  "carton",
  "largeParcel",
  "largeBag",
  "smallItem",
];

/** R-REL-1: large items (furniture, desks, computers, appliances, cartons, large parcels and bags) need a pass. */
export function itemNeedsReleasePass(
  item: ReleaseItem,
  policy: Pick<ReleasePolicy, "passRequiredFor"> = DEFAULT_RELEASE_POLICY,
): boolean {
  return policy.passRequiredFor.includes(item.category);
}

/** Throws `REL_NO_ITEMS` / `REL_INVALID_ITEM` unless every line names a known category and a whole quantity. */
export function assertReleaseItems(items: readonly ReleaseItem[]): void {
  if (items.length === 0) throw releaseErrors.REL_NO_ITEMS.error(undefined, ["items"]);
  items.forEach((item, index) => {
    const line = String(index + 1);
    const path = ["items", String(index)];
    if (item.description.trim() === "") {
      throw releaseErrors.REL_INVALID_ITEM.error(
        { line, problem: "the description is blank", problemZh: "物品名称为空" },
        [...path, "description"],
      );
    }
    if (!CATEGORIES.includes(item.category)) {
      throw releaseErrors.REL_INVALID_ITEM.error(
        {
          line,
          problem: `unknown category "${item.category}"`,
          problemZh: `未知物品类别「${item.category}」`,
        },
        [...path, "category"],
      );
    }
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      throw releaseErrors.REL_INVALID_ITEM.error(
        {
          line,
          problem: `the quantity must be a whole number of at least 1 (got ${item.quantity})`,
          problemZh: `数量须为不小于 1 的整数（${item.quantity}）`,
        },
        [...path, "quantity"],
      );
    }
  });
}

/** Total pieces on a pass: a pass with one line of quantity 1 is a single-item pass (R-REL-2). */
export function countReleasePieces(items: readonly ReleaseItem[]): number {
  return items.reduce((total, item) => total + item.quantity, 0);
}
