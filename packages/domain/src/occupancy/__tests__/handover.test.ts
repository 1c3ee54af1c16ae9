import { describe, expect, it } from "vitest";
import { checkUnitHandover } from "../index.ts";
import { handover } from "./fixtures.ts";

const codes = (h: ReturnType<typeof handover>) => checkUnitHandover(h).missing.map((r) => r.code);
const leak = { id: "H-1", item: "water" as const, description: "kitchen tap leaks", rectified: false };

describe("R-HND-2 unit handover checklist", () => {
  it("a complete handover passes", () => {
    expect(checkUnitHandover(handover())).toEqual({
      complete: true,
      missing: [],
      pendingRectification: [],
      rules: ["R-HND-2"],
    });
  });

  it("the owner's identity must be verified", () => {
    expect(codes(handover({ identityVerifiedBy: " " }))).toEqual(["OCC_HANDOVER_IDENTITY_NOT_VERIFIED"]);
  });

  it("names each check not made with the owner", () => {
    const check = checkUnitHandover(handover({ inspection: [{ item: "water", result: "ok" }] }));
    expect(check.missing.map((r) => r.message)).toEqual([
      "The unit's power supply has not been inspected with the owner",
      "The unit's heating has not been inspected with the owner",
      "The unit's fixtures and fittings has not been inspected with the owner",
      "The unit's smoke alarms has not been inspected with the owner",
      "The unit's emergency lights has not been inspected with the owner",
    ]);
  });

  it("an estate without heating drops that check", () => {
    const noHeating = handover({ inspection: handover().inspection.filter((i) => i.item !== "heating") });
    const policy = {
      handoverChecks: ["water", "power", "fixtures", "smokeAlarms", "emergencyLights"] as const,
    };
    expect(checkUnitHandover(noHeating, policy).complete).toBe(true);
  });

  it("a failed check needs a defect recorded for rectification", () => {
    const failed = handover().inspection.map((i) =>
      i.item === "smokeAlarms" ? { ...i, result: "defect" as const } : i,
    );
    expect(codes(handover({ inspection: failed }))).toEqual(["OCC_HANDOVER_DEFECT_NOT_RECORDED"]);
  });

  it("a pending defect keeps one key back", () => {
    const failed = handover().inspection.map((i) =>
      i.item === "water" ? { ...i, result: "defect" as const } : i,
    );
    expect(codes(handover({ inspection: failed, defects: [leak] }))).toEqual(["OCC_HANDOVER_KEY_NOT_KEPT"]);
    const kept = checkUnitHandover(handover({ inspection: failed, defects: [leak], keysKeptBack: 1 }));
    expect(kept.complete).toBe(true);
    expect(kept.pendingRectification).toEqual([leak]);
  });

  it("a rectified defect needs no key kept back", () => {
    expect(codes(handover({ defects: [{ ...leak, rectified: true }] }))).toEqual([]);
  });

  it("keys, owner's manual and renovation manual are handed over and signed for", () => {
    expect(codes(handover({ receipt: undefined }))).toEqual([
      "OCC_HANDOVER_NOT_SIGNED_FOR",
      "OCC_HANDOVER_NOT_SIGNED_FOR",
      "OCC_HANDOVER_NOT_SIGNED_FOR",
    ]);
    const receipt = handover().receipt;
    if (!receipt) throw new Error("fixture has a receipt");
    const partial = checkUnitHandover(
      handover({ receipt: { ...receipt, keysHandedOver: 0, renovationManual: false } }),
    );
    expect(partial.missing.map((r) => r.messageZh)).toEqual([
      "钥匙尚未发放并在文件签收表上签收",
      "装修手册尚未发放并在文件签收表上签收",
    ]);
    expect(codes(handover({ receipt: { ...receipt, signedBy: "" } }))).toHaveLength(3);
  });

  it("lists everything open at once", () => {
    expect(
      codes(handover({ identityVerifiedBy: undefined, inspection: [], defects: [leak], receipt: undefined })),
    ).toHaveLength(1 + 6 + 1 + 3);
  });
});
