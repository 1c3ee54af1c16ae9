import type { Refusal } from "../errors/index.ts";
import { occupancyErrors } from "./errors.ts";
import { DEFAULT_OCCUPANCY_POLICY, type OccupancyPolicy } from "./policy.ts";
import type { HandoverCheckItem, HandoverDefect, OccupancyCheck, UnitHandover } from "./types.ts";

/** How the handover checks are named, in English and in Chinese. */
export const HANDOVER_CHECK_NAMES: Record<HandoverCheckItem, { item: string; itemZh: string }> = {
  water: { item: "water supply", itemZh: "给水" },
  power: { item: "power supply", itemZh: "供电" },
  heating: { item: "heating", itemZh: "供暖" },
  fixtures: { item: "fixtures and fittings", itemZh: "室内设施" },
  smokeAlarms: { item: "smoke alarms", itemZh: "烟感报警器" },
  emergencyLights: { item: "emergency lights", itemZh: "应急照明" },
};

/** The result of the handover checklist, with the defects that keep a key back. */
export interface HandoverCheck extends OccupancyCheck {
  readonly pendingRectification: readonly HandoverDefect[];
}

/**
 * R-HND-2: unit handover 交房 is complete when the owner's identity was verified, every check
 * was made with the owner, every failed check has a defect recorded, a key is kept back while
 * any defect awaits rectification, and keys, owner's manual and renovation manual were handed
 * over and signed for (文件签收表). Returns every open item, not just the first.
 */
export function checkUnitHandover(
  handover: UnitHandover,
  policy: Pick<OccupancyPolicy, "handoverChecks"> = DEFAULT_OCCUPANCY_POLICY,
): HandoverCheck {
  const missing: Refusal[] = [];
  if (!handover.identityVerifiedBy?.trim()) {
    missing.push(
      occupancyErrors.OCC_HANDOVER_IDENTITY_NOT_VERIFIED.refuse(undefined, ["identityVerifiedBy"]),
    );
  }
  for (const item of policy.handoverChecks) {
    const results = handover.inspection.filter((entry) => entry.item === item);
    if (results.length === 0) {
      missing.push(
        occupancyErrors.OCC_HANDOVER_ITEM_NOT_INSPECTED.refuse(HANDOVER_CHECK_NAMES[item], ["inspection"]),
      );
    } else if (results.some((r) => r.result === "defect") && !handover.defects.some((d) => d.item === item)) {
      missing.push(
        occupancyErrors.OCC_HANDOVER_DEFECT_NOT_RECORDED.refuse(HANDOVER_CHECK_NAMES[item], ["defects"]),
      );
    }
  }
  const pendingRectification = handover.defects.filter((defect) => !defect.rectified);
  // "如有整改项目，征求业主意见，留一把整改": the kept key lets the work be done without the owner.
  if (pendingRectification.length > 0 && handover.keysKeptBack < 1) {
    missing.push(
      occupancyErrors.OCC_HANDOVER_KEY_NOT_KEPT.refuse({ count: String(pendingRectification.length) }, [
        "keysKeptBack",
      ]),
    );
  }
  const receipt = handover.receipt;
  const signed = receipt !== undefined && receipt.signedBy.trim() !== "";
  const handedOver = [
    { what: "keys", whatZh: "钥匙", done: signed && receipt.keysHandedOver > 0 },
    { what: "owner's manual", whatZh: "业主手册", done: signed && receipt.ownersManual },
    { what: "renovation manual", whatZh: "装修手册", done: signed && receipt.renovationManual },
  ];
  for (const { what, whatZh, done } of handedOver) {
    if (!done)
      missing.push(occupancyErrors.OCC_HANDOVER_NOT_SIGNED_FOR.refuse({ what, whatZh }, ["receipt"]));
  }
  return { complete: missing.length === 0, missing, pendingRectification, rules: ["R-HND-2"] };
}
