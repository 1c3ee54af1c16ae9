import { isDomainError } from "../errors/index.ts";
import { formatQuantity, parseQuantity } from "../money/index.ts";
import { governanceErrors } from "./errors.ts";
import type { AssemblyElectorate, AssemblyVoter, OwnedUnit } from "./types.ts";

/** An area in hundredths of a m² (0.01 m²), so shares are compared exactly. */
export function centiSquareMetres(area: string, what: string, path: readonly string[] = []): bigint {
  let quantity: ReturnType<typeof parseQuantity>;
  try {
    quantity = parseQuantity(area, { maxDecimals: 2 });
  } catch (error) {
    if (isDomainError(error)) throw governanceErrors.GOV_INVALID_AREA.error({ what, area }, path);
    throw error;
  }
  return quantity.units * 10n ** BigInt(2 - quantity.scale);
}

/** Writes hundredths of a m² as `"1234.50"`. */
export function formatArea(centi: bigint): string {
  return formatQuantity({ units: centi, scale: 2 });
}

/**
 * R-GOV-1: builds the register of owners from the units and their current owners. Each owner
 * counts once however many units they hold, and co-owners of a unit count once for it: owners
 * linked through a co-owned unit become ONE voter holding all those units' area (as the Supreme
 * People's Court's interpretation on building co-ownership, art. 9, counts owners per unit and one
 * buyer of several units as one). Unsold units belong to the developer, one owner like any other.
 */
export function buildElectorate(units: readonly OwnedUnit[]): AssemblyElectorate {
  if (units.length === 0) throw governanceErrors.GOV_EMPTY_ELECTORATE.error(undefined);
  const parent = new Map<string, string>();
  const find = (owner: string): string => {
    let root = owner;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(owner, root);
    return root;
  };
  const seenUnits = new Set<string>();
  const areas = new Map<string, bigint>();
  units.forEach((unit, index) => {
    const path = [String(index)];
    if (seenUnits.has(unit.unitId))
      throw governanceErrors.GOV_DUPLICATE_UNIT.error({ unitId: unit.unitId }, path);
    seenUnits.add(unit.unitId);
    areas.set(
      unit.unitId,
      centiSquareMetres(unit.buildingArea, `unit ${unit.unitId}`, [...path, "buildingArea"]),
    );
    const owners = [...new Set(unit.ownerIds)];
    if (owners.length === 0) {
      throw governanceErrors.GOV_UNIT_WITHOUT_OWNER.error({ unitId: unit.unitId }, [...path, "ownerIds"]);
    }
    for (const owner of owners) if (!parent.has(owner)) parent.set(owner, owner);
    const [first, ...rest] = owners.map(find);
    for (const root of rest) if (root !== first && first !== undefined) parent.set(root, first);
  });

  const groups = new Map<string, { owners: Set<string>; units: string[]; area: bigint }>();
  for (const unit of units) {
    const root = find(unit.ownerIds[0] ?? "");
    const group = groups.get(root) ?? { owners: new Set<string>(), units: [], area: 0n };
    for (const owner of unit.ownerIds) group.owners.add(owner);
    group.units.push(unit.unitId);
    group.area += areas.get(unit.unitId) ?? 0n;
    groups.set(root, group);
  }
  const voters: AssemblyVoter[] = [...groups.values()].map((group) => {
    const unitIds = [...group.units].sort();
    return {
      id: unitIds[0] ?? "",
      ownerIds: [...group.owners].sort(),
      unitIds,
      area: formatArea(group.area),
    };
  });
  voters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const electorate = { voters };
  assertElectorate(electorate);
  return electorate;
}

/** The register indexed for counting: each owner's voter, each voter's area in 0.01 m². */
export interface IndexedElectorate {
  readonly voterOfOwner: ReadonlyMap<string, AssemblyVoter>;
  readonly areaOf: ReadonlyMap<string, bigint>;
  readonly totalArea: bigint;
  readonly totalOwners: number;
}

/**
 * R-GOV-1: checks a register (built by {@link buildElectorate} or read back from storage) and
 * indexes it. Throws when it is empty, has no area, or counts an owner or a unit twice.
 */
export function assertElectorate(electorate: AssemblyElectorate): IndexedElectorate {
  const voters = electorate.voters;
  if (voters.length === 0) throw governanceErrors.GOV_EMPTY_ELECTORATE.error(undefined, ["voters"]);
  const voterOfOwner = new Map<string, AssemblyVoter>();
  const areaOf = new Map<string, bigint>();
  const units = new Set<string>();
  let totalArea = 0n;
  voters.forEach((voter, index) => {
    const path = ["voters", String(index)];
    if (voter.ownerIds.length === 0 || voter.unitIds.length === 0 || areaOf.has(voter.id)) {
      throw governanceErrors.GOV_INVALID_VOTER.error({ voterId: voter.id }, path);
    }
    for (const owner of voter.ownerIds) {
      const other = voterOfOwner.get(owner);
      if (other && other !== voter) {
        throw governanceErrors.GOV_OWNER_IN_TWO_VOTERS.error({ ownerId: owner }, [...path, "ownerIds"]);
      }
      voterOfOwner.set(owner, voter);
    }
    for (const unit of voter.unitIds) {
      if (units.has(unit))
        throw governanceErrors.GOV_DUPLICATE_UNIT.error({ unitId: unit }, [...path, "unitIds"]);
      units.add(unit);
    }
    const area = centiSquareMetres(voter.area, `register entry ${voter.id}`, [...path, "area"]);
    areaOf.set(voter.id, area);
    totalArea += area;
  });
  if (totalArea === 0n) throw governanceErrors.GOV_NO_EXCLUSIVE_AREA.error(undefined, ["voters"]);
  return { voterOfOwner, areaOf, totalArea, totalOwners: voters.length };
}

/** The voter an owner belongs to on this register, if any. */
export function voterOf(electorate: AssemblyElectorate, ownerId: string): AssemblyVoter | undefined {
  return electorate.voters.find((voter) => voter.ownerIds.includes(ownerId));
}
