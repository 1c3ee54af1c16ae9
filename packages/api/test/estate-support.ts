import { expect } from "vitest";
import type { WuyeDb } from "../src/db/index.ts";
import type { TestApi } from "./support/api.ts";
import { globalId, type World } from "./support/world.ts";

/**
 * Fixtures and helpers shared by the estate areas' tests (occupancy, takeover, access, community,
 * indicators): units in a given state with an owner, and a mutation caller that returns the
 * result union's member.
 */

let sequence = 0;

export function nextTag(): string {
  sequence += 1;
  return `${process.pid % 10000}-${sequence}`;
}

export interface UnitFixture {
  readonly id: string;
  readonly gid: string;
  readonly ownerPersonId?: string;
}

/** A unit of the world's estate in `status`, optionally with an owner (phone and identity unless told otherwise). */
export async function unitWithOwner(
  prisma: WuyeDb,
  world: World,
  options: {
    status?: "awaitingHandover" | "vacant" | "occupied";
    owner?: { phone?: string | null; idNumber?: string | null } | false;
    area?: string;
    handoverDate?: string;
    estateId?: string;
    buildingId?: string;
  } = {},
): Promise<UnitFixture> {
  const status = options.status ?? "awaitingHandover";
  const unit = await prisma.unit.create({
    data: {
      estateId: options.estateId ?? world.estateId,
      buildingId: options.buildingId ?? world.buildingId,
      number: `T-${nextTag()}`,
      buildingArea: options.area ?? "95.50",
      status,
      ...(status !== "awaitingHandover"
        ? { handoverDate: new Date(`${options.handoverDate ?? "2025-06-01"}T00:00:00Z`) }
        : {}),
    },
  });
  if (options.owner === false) return { id: unit.id, gid: globalId("Unit", unit.id) };
  const owner = options.owner ?? {};
  const person = await prisma.person.create({
    data: {
      companyId: world.companyId,
      name: `业主 ${nextTag()}`,
      phone: owner.phone === undefined ? "13912345678" : owner.phone,
      idType: "residentIdCard",
      idNumber:
        owner.idNumber === undefined
          ? `11010119800101${nextTag().replace("-", "").padStart(4, "0")}`
          : owner.idNumber,
    },
  });
  await prisma.occupancy.create({
    data: { unitId: unit.id, personId: person.id, role: "owner", startDate: new Date("2025-01-01") },
  });
  return { id: unit.id, gid: globalId("Unit", unit.id), ownerPersonId: person.id };
}

export type Result = Record<string, unknown> & { __typename: string };

/** Runs a mutation document with `{ input }` and returns its result (no top-level errors allowed). */
export async function mutate(
  api: TestApi,
  document: string,
  field: string,
  token: string | undefined,
  input: Record<string, unknown>,
): Promise<Result> {
  const result = await api.graphql<Record<string, Result>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field]!;
}

/** The codes of a RefusalError's reasons. */
export function refusalCodes(result: Result): string[] {
  return ((result.refusals as { code: string }[] | undefined) ?? []).map((r) => r.code);
}

/** The database id inside a global id. */
export function dbId(gid: string): string {
  return Buffer.from(gid, "base64").toString("utf8").split(":")[1] ?? "";
}

export const ERROR_FIELDS = `... on Error { code message messageZh path }
  ... on RefusalError { rule refusals { code rule path } }
  ... on ValidationError { issues { path message } }`;
