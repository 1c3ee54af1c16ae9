import { createApiKey, type StaffRole } from "../auth/index.ts";
import type { Database } from "../db/index.ts";
import { setPassword } from "../services/auth.ts";

/** One demo login: who, their phone and password, and the role it shows. */
export interface DevLogin {
  readonly role: StaffRole | "owner" | "tenant";
  readonly name: string;
  readonly phone: string;
  readonly password: string;
}

export interface DevLogins {
  readonly estateId: string;
  readonly logins: readonly DevLogin[];
  /** A partner key with read scopes, created on first run only (shown once). */
  readonly apiKey?: string;
}

const COMPANY = "演示物业服务有限公司";
const ESTATE = "阳光花园";
/** Demo only: every login shares this password; never use the demo in production. */
export const DEV_PASSWORD = "wuye-demo-2026";

const STAFF: readonly { role: StaffRole; name: string; phone: string }[] = [
  { role: "manager", name: "项目经理 李明", phone: "13800000001" },
  { role: "customer_service", name: "客服 王芳", phone: "13800000002" },
  { role: "engineering", name: "工程 张强", phone: "13800000003" },
  { role: "security", name: "秩序 刘伟", phone: "13800000004" },
  { role: "cashier", name: "收银 陈静", phone: "13800000005" },
  { role: "finance", name: "财务 杨丽", phone: "13800000006" },
  { role: "archivist", name: "档案 赵敏", phone: "13800000007" },
];

/**
 * A minimal demo estate with one login per role, for `pnpm start` until the full demo seed
 * (`packages/api/src/seed/`, `seedDemoEstate`) exists. Idempotent: a second run finds what the
 * first made and only resets the passwords.
 */
export async function ensureDevLogins(db: Database, today = new Date()): Promise<DevLogins> {
  const prisma = db.prisma;
  const startDate = new Date(`${today.toISOString().slice(0, 10)}T00:00:00.000Z`);
  let company = await prisma.company.findFirst({ where: { name: COMPANY } });
  const firstRun = !company;
  company ??= await prisma.company.create({ data: { name: COMPANY, phone: "400-800-1234" } });
  const estate =
    (await prisma.estate.findFirst({ where: { companyId: company.id, name: ESTATE } })) ??
    (await prisma.estate.create({
      data: { companyId: company.id, name: ESTATE, address: "上海市浦东新区示范路 88 号" },
    }));
  const building =
    (await prisma.building.findFirst({ where: { estateId: estate.id, name: "3栋" } })) ??
    (await prisma.building.create({ data: { estateId: estate.id, name: "3栋", floors: 18 } }));
  const unit = async (number: string, area: string) =>
    (await prisma.unit.findFirst({ where: { buildingId: building.id, number } })) ??
    (await prisma.unit.create({
      data: {
        estateId: estate.id,
        buildingId: building.id,
        number,
        buildingArea: area,
        status: "occupied",
        handoverDate: new Date("2025-03-01"),
      },
    }));
  const ownerUnit = await unit("3-1201", "89.37");
  const tenantUnit = await unit("3-1202", "76.20");

  const logins: DevLogin[] = [];
  for (const member of STAFF) {
    const user =
      (await prisma.user.findFirst({ where: { companyId: company.id, phone: member.phone } })) ??
      (await prisma.user.create({
        data: {
          companyId: company.id,
          kind: "staff",
          name: member.name,
          phone: member.phone,
          staffAssignments: { create: { estateId: estate.id, role: member.role, startDate } },
        },
      }));
    await setPassword(prisma, user.id, member.phone, DEV_PASSWORD);
    logins.push({ role: member.role, name: member.name, phone: member.phone, password: DEV_PASSWORD });
  }

  const resident = async (role: "owner" | "tenant", name: string, phone: string, unitId: string) => {
    let user = await prisma.user.findFirst({ where: { companyId: company.id, phone } });
    if (!user) {
      const person = await prisma.person.create({
        data: {
          companyId: company.id,
          name,
          phone,
          idType: "residentIdCard",
          idNumber: `3101011990${phone.slice(-8)}`,
        },
      });
      await prisma.occupancy.create({
        data: { unitId, personId: person.id, role, startDate: new Date("2025-03-01") },
      });
      user = await prisma.user.create({
        data: { companyId: company.id, kind: "owner", name, phone, personId: person.id },
      });
    }
    await setPassword(prisma, user.id, phone, DEV_PASSWORD);
    logins.push({ role, name, phone, password: DEV_PASSWORD });
  };
  await resident("owner", "业主 陈杰", "13900000001", ownerUnit.id);
  await resident("tenant", "租户 周洋", "13900000002", tenantUnit.id);

  let apiKey: string | undefined;
  if (firstRun) {
    const partner = await prisma.user.create({
      data: { companyId: company.id, kind: "partner", name: "合作方 演示应用" },
    });
    apiKey = (
      await createApiKey(prisma, {
        companyId: company.id,
        userId: partner.id,
        name: "demo partner",
        scopes: ["estates:read", "units:read", "complaints:read", "complaints:write"],
      })
    ).key;
  }
  return { estateId: estate.id, logins, ...(apiKey ? { apiKey } : {}) };
}
