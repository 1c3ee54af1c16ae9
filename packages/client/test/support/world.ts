import { type CreatedApiKey, createApiKey } from "../../../api/src/auth/index.ts";
import type { WuyeDb } from "../../../api/src/db/index.ts";
import { setPassword } from "../../../api/src/services/auth.ts";

export const PASSWORD = "client sdk test password";

/** The relay global id the API gives a record. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64");
}

export interface World {
  readonly companyId: string;
  readonly estateId: string;
  readonly buildingId: string;
  /** Every unit, ordered by number. */
  readonly unitIds: readonly string[];
  readonly ownerUnitId: string;
  readonly phones: {
    readonly manager: string;
    readonly customerService: string;
    readonly cashier: string;
    readonly owner: string;
  };
  readonly apiKey: CreatedApiKey;
}

let sequence = 0;

/**
 * One company and estate: a building of `units` flats, a manager and a customer-service clerk,
 * an owner of the first flat, and a partner's API key that may read and file complaints.
 */
export async function createWorld(prisma: WuyeDb, options: { readonly units?: number } = {}): Promise<World> {
  sequence += 1;
  const tag = `${process.pid % 10000}`.padStart(4, "0");
  const phone = (index: number) => `13${sequence % 10}${tag}${String(index).padStart(4, "0")}`;
  const company = await prisma.company.create({ data: { name: `客户端测试物业 ${sequence}` } });
  const estate = await prisma.estate.create({ data: { companyId: company.id, name: "Client Garden" } });
  const building = await prisma.building.create({ data: { estateId: estate.id, name: "1栋", floors: 30 } });
  const unitIds: string[] = [];
  for (let index = 1; index <= (options.units ?? 3); index += 1) {
    const unit = await prisma.unit.create({
      data: {
        estateId: estate.id,
        buildingId: building.id,
        number: `1-${String(index).padStart(4, "0")}`,
        buildingArea: "88.00",
        status: "occupied",
        handoverDate: new Date("2025-03-01"),
      },
    });
    unitIds.push(unit.id);
  }
  const ownerUnitId = unitIds[0]!;

  const staff = async (role: "manager" | "customer_service" | "cashier", index: number) => {
    const user = await prisma.user.create({
      data: {
        companyId: company.id,
        kind: "staff",
        name: `staff ${role}`,
        phone: phone(index),
        staffAssignments: { create: { estateId: estate.id, role, startDate: new Date("2024-01-01") } },
      },
    });
    await setPassword(prisma, user.id, phone(index), PASSWORD);
  };
  await staff("manager", 1);
  await staff("customer_service", 2);
  await staff("cashier", 4);

  const person = await prisma.person.create({
    data: { companyId: company.id, name: "owner person", phone: phone(3) },
  });
  await prisma.occupancy.create({
    data: { unitId: ownerUnitId, personId: person.id, role: "owner", startDate: new Date("2025-03-01") },
  });
  const owner = await prisma.user.create({
    data: {
      companyId: company.id,
      kind: "owner",
      name: "owner person",
      phone: phone(3),
      personId: person.id,
    },
  });
  await setPassword(prisma, owner.id, phone(3), PASSWORD);

  const partner = await prisma.user.create({
    data: { companyId: company.id, kind: "partner", name: "partner app" },
  });
  const apiKey = await createApiKey(prisma, {
    companyId: company.id,
    userId: partner.id,
    name: "client sdk tests",
    scopes: ["estates:read", "units:read", "complaints:read", "complaints:write"],
  });
  return {
    companyId: company.id,
    estateId: estate.id,
    buildingId: building.id,
    unitIds,
    ownerUnitId,
    phones: { manager: phone(1), customerService: phone(2), cashier: phone(4), owner: phone(3) },
    apiKey,
  };
}

/**
 * A property fee of 2.35/m²/month for residential units from 2025-01-01, stored the way the API
 * and its demo seed store a published fee item (the item's shape in the standard's `policy`).
 */
export async function publishPropertyFee(prisma: WuyeDb, estateId: string): Promise<void> {
  const item = await prisma.feeItem.create({
    data: { estateId, code: "property", name: "物业服务费", kind: "area" },
  });
  await prisma.feeStandard.create({
    data: {
      feeItemId: item.id,
      unitPrice: "2.35",
      effectiveFrom: new Date("2025-01-01"),
      policy: {
        unitTypes: ["residential"],
        item: { code: "property", kind: "area", name: { en: "Property service fee", zh: "物业服务费" } },
      },
    },
  });
}
