import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { parseQuantity } from "../../money/index.ts";
import { checkOwnerArchive } from "../index.ts";
import { archive } from "./fixtures.ts";

describe("R-ARC-1 the owner archive before move-in", () => {
  it("a complete archive passes", () => {
    expect(checkOwnerArchive(archive())).toEqual({ complete: true, missing: [], rules: ["R-ARC-1"] });
  });

  it("lists every missing item at once", () => {
    const check = checkOwnerArchive({ unitId: "3-1201", ownerId: "owner-1" });
    expect(check.complete).toBe(false);
    expect(check.missing.map((r) => r.path?.[0])).toEqual([
      "ownerName",
      "phone",
      "identity",
      "buildingArea",
      "residents",
    ]);
    expect(check.missing[0]).toMatchObject({
      code: "OCC_ARCHIVE_FIELD_MISSING",
      message: "The owner archive lacks the owner's name",
      messageZh: "业主档案缺少业主姓名",
      rule: "R-ARC-1",
    });
  });

  it("blank text counts as missing", () => {
    const check = checkOwnerArchive(
      archive({
        ownerName: " ",
        identity: { kind: "passport", number: "" },
        residents: [{ name: "", relation: "owner" }],
      }),
    );
    expect(check.missing.map((r) => r.path?.[0])).toEqual(["ownerName", "identity", "residents"]);
  });

  it("an empty list of residents is missing the people living there", () => {
    expect(checkOwnerArchive(archive({ residents: [] })).missing.map((r) => r.path?.[0])).toEqual([
      "residents",
    ]);
  });

  it("a building area of zero is a wrong entry and throws", () => {
    try {
      checkOwnerArchive(archive({ buildingArea: parseQuantity("0.00") }));
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe("OCC_INVALID_AREA");
    }
  });
});
