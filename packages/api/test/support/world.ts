import { type CreatedApiKey, createApiKey, type StaffRole, type ViewerRole } from "../../src/auth/index.ts";
import type { WuyeDb } from "../../src/db/index.ts";
import { setPassword } from "../../src/services/auth.ts";
import type { TestApi } from "./api.ts";

/** The password every test login uses. */
export const PASSWORD = "correct horse battery staple";

export const STAFF_ROLES: readonly StaffRole[] = [
  "manager",
  "customer_service",
  "engineering",
  "security",
  "cashier",
  "finance",
  "archivist",
];

/** The roles of the authorization matrix, each a real login (or key, or nobody). */
export const MATRIX_ROLES: readonly ViewerRole[] = [...STAFF_ROLES, "owner", "tenant", "apiKey", "anonymous"];

export interface World {
  readonly companyId: string;
  readonly estateId: string;
  readonly otherEstateId: string;
  readonly buildingId: string;
  /** The owner's unit, the tenant's unit, and a unit of the other estate. */
  readonly ownerUnitId: string;
  readonly tenantUnitId: string;
  readonly otherUnitId: string;
  readonly ownerPersonId: string;
  readonly tenantPersonId: string;
  readonly userIds: Readonly<Record<string, string>>;
  readonly phones: Readonly<Record<string, string>>;
  readonly apiKey: CreatedApiKey;
  /** A complaint in `received` about the owner's unit (for samples that act on one). */
  readonly sampleComplaintId?: string;
}

let sequence = 0;

/**
 * A company with two estates: "Sunny Garden" (a building of units, an owner, a tenant, one staff
 * member per role) and "Other Estate" (one unit nobody in the tests may reach), plus a partner's
 * API key with read scopes and `complaints:write`.
 */
export async function createWorld(prisma: WuyeDb): Promise<World> {
  sequence += 1;
  const tag = `${process.pid}-${sequence}`;
  const company = await prisma.company.create({ data: { name: `物业公司 ${tag}` } });
  const estate = await prisma.estate.create({ data: { companyId: company.id, name: "Sunny Garden" } });
  const other = await prisma.estate.create({ data: { companyId: company.id, name: "Other Estate" } });
  const building = await prisma.building.create({ data: { estateId: estate.id, name: "3栋", floors: 18 } });
  const otherBuilding = await prisma.building.create({ data: { estateId: other.id, name: "1栋" } });
  const unit = (estateId: string, buildingId: string, number: string, area: string) =>
    prisma.unit.create({
      data: {
        estateId,
        buildingId,
        number,
        buildingArea: area,
        status: "occupied",
        handoverDate: new Date("2025-03-01"),
      },
    });
  const ownerUnit = await unit(estate.id, building.id, "3-0101", "89.37");
  const tenantUnit = await unit(estate.id, building.id, "3-0102", "76.20");
  const otherUnit = await unit(other.id, otherBuilding.id, "1-0101", "120.00");

  const userIds: Record<string, string> = {};
  const phones: Record<string, string> = {};
  const phoneOf = (index: number) =>
    `13${String(sequence % 10)}${String(process.pid % 10000).padStart(4, "0")}${String(index).padStart(4, "0")}`;
  let index = 0;
  for (const role of STAFF_ROLES) {
    index += 1;
    const phone = phoneOf(index);
    const user = await prisma.user.create({
      data: {
        companyId: company.id,
        kind: "staff",
        name: `staff ${role}`,
        phone,
        staffAssignments: { create: { estateId: estate.id, role, startDate: new Date("2024-01-01") } },
      },
    });
    userIds[role] = user.id;
    phones[role] = phone;
  }
  const resident = async (role: "owner" | "tenant", unitId: string) => {
    index += 1;
    const phone = phoneOf(index);
    const person = await prisma.person.create({
      data: {
        companyId: company.id,
        name: `${role} person`,
        phone,
        idType: "residentIdCard",
        idNumber: `1101011990${String(index).padStart(8, "0")}`,
      },
    });
    await prisma.occupancy.create({
      data: { unitId, personId: person.id, role, startDate: new Date("2025-03-01") },
    });
    const user = await prisma.user.create({
      data: { companyId: company.id, kind: "owner", name: `${role} person`, phone, personId: person.id },
    });
    userIds[role] = user.id;
    phones[role] = phone;
    return person.id;
  };
  const ownerPersonId = await resident("owner", ownerUnit.id);
  const tenantPersonId = await resident("tenant", tenantUnit.id);
  for (const role of Object.keys(phones)) {
    await setPassword(prisma, userIds[role]!, phones[role]!, PASSWORD);
  }
  const partner = await prisma.user.create({
    data: { companyId: company.id, kind: "partner", name: "partner app" },
  });
  const apiKey = await createApiKey(prisma, {
    companyId: company.id,
    userId: partner.id,
    name: "test partner",
    scopes: ["estates:read", "units:read", "people:read", "complaints:read", "complaints:write"],
  });
  const complaint = await prisma.complaint.create({
    data: {
      estateId: estate.id,
      unitId: ownerUnit.id,
      personId: ownerPersonId,
      number: `C-WORLD-${tag}`,
      channel: "online",
      complainantName: "owner person",
      content: "sample",
      receivedAt: new Date("2026-01-05T01:00:00Z"),
    },
  });
  return {
    sampleComplaintId: complaint.id,
    companyId: company.id,
    estateId: estate.id,
    otherEstateId: other.id,
    buildingId: building.id,
    ownerUnitId: ownerUnit.id,
    tenantUnitId: tenantUnit.id,
    otherUnitId: otherUnit.id,
    ownerPersonId,
    tenantPersonId,
    userIds,
    phones,
    apiKey,
  };
}

/** Logs in over HTTP; returns the access and refresh tokens. */
export async function login(api: TestApi, phone: string, password = PASSWORD) {
  const result = await api.graphql<{
    authLogin: { __typename: string; accessToken?: string; refreshToken?: string; code?: string };
  }>(
    `mutation ($input: AuthLoginInput!) {
      authLogin(input: $input) {
        __typename
        ... on AuthSessionPayload { accessToken refreshToken }
        ... on Error { code }
      }
    }`,
    { variables: { input: { phone, password } } },
  );
  const payload = result.data?.authLogin;
  if (!payload?.accessToken || !payload.refreshToken) {
    throw new Error(`login failed: ${JSON.stringify(result)}`);
  }
  return { accessToken: payload.accessToken, refreshToken: payload.refreshToken };
}

/** A token for each matrix role: a login per staff role and resident, the key, nothing for anonymous. */
export async function tokensFor(api: TestApi, world: World): Promise<Record<ViewerRole, string | undefined>> {
  const tokens = {} as Record<ViewerRole, string | undefined>;
  for (const role of MATRIX_ROLES) {
    if (role === "anonymous") tokens[role] = undefined;
    else if (role === "apiKey") tokens[role] = world.apiKey.key;
    else tokens[role] = (await login(api, world.phones[role]!)).accessToken;
  }
  return tokens;
}

/** The relay global id of a record. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64");
}
