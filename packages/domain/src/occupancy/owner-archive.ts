import type { Refusal } from "../errors/index.ts";
import { formatQuantity } from "../money/index.ts";
import { occupancyErrors } from "./errors.ts";
import type { OccupancyCheck, OwnerArchive } from "./types.ts";

const FIELD_NAMES = {
  ownerName: { field: "owner's name", fieldZh: "业主姓名" },
  phone: { field: "owner's contact number", fieldZh: "业主联系方式" },
  identity: { field: "owner's identity document", fieldZh: "业主身份证件" },
  buildingArea: { field: "building area", fieldZh: "建筑面积" },
  residents: { field: "people living in the unit", fieldZh: "住户信息" },
} as const;

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/**
 * R-ARC-1: before move-in the unit's owner archive holds the owner's name, contact, identity
 * document, the building area and the people living there. Returns every missing item.
 * Throws `OCC_INVALID_AREA` for a building area of 0 m² or less: that is a wrong entry, not a gap.
 */
export function checkOwnerArchive(archive: OwnerArchive): OccupancyCheck {
  const missing: Refusal[] = [];
  const lacks = (field: keyof typeof FIELD_NAMES) =>
    missing.push(occupancyErrors.OCC_ARCHIVE_FIELD_MISSING.refuse(FIELD_NAMES[field], [field]));
  if (blank(archive.ownerName)) lacks("ownerName");
  if (blank(archive.phone)) lacks("phone");
  if (!archive.identity || blank(archive.identity.number)) lacks("identity");
  if (!archive.buildingArea) lacks("buildingArea");
  else if (archive.buildingArea.units <= 0n) {
    throw occupancyErrors.OCC_INVALID_AREA.error({ area: formatQuantity(archive.buildingArea) }, [
      "buildingArea",
    ]);
  }
  const residents = archive.residents ?? [];
  if (residents.length === 0 || residents.some((r) => blank(r.name))) lacks("residents");
  return { complete: missing.length === 0, missing, rules: ["R-ARC-1"] };
}
