import type { OccupancyPolicyInput, RepairTrade } from "@wuye/domain";
import type { StaffRole } from "../generated/prisma/enums.ts";
import type { BulkWriter } from "./bulk-writer.ts";
import { DEMO_TIME_ZONE, instantOn } from "./clock.ts";
import type { EstateLayout, EstateStaff, StaffMember, Technician } from "./context.ts";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins.ts";
import type { SeedIds } from "./ids.ts";

/** The demo company's unified social credit code 统一社会信用代码: how a second seed recognises it. */
export const DEMO_COMPANY_CREDIT_CODE = "91310115MADEMO0001";
export const DEMO_COMPANY_NAME = "悦居物业服务有限公司";

/**
 * The renovation fee standard both estates publish (R-REN-5), in the shape the API's renovation
 * service reads from `Estate.policy.renovation` (amounts as decimal text).
 */
const RENOVATION_SETTINGS = {
  feeStandard: {
    deposit: { basis: "fixed", amount: "3000.00", cap: "2000.00" },
    managementFee: { basis: "perSquareMetre", price: "3.50" },
    debrisRemovalFee: { basis: "fixed", amount: "300.00" },
    passFeePerWorker: "10.00",
  },
};

/** Shanghai homes have no central heating: the handover checklist leaves it out (R-HND-2). */
export const SHANGHAI_OCCUPANCY_POLICY = {
  handoverChecks: ["water", "power", "fixtures", "smokeAlarms", "emergencyLights"],
} as const satisfies OccupancyPolicyInput;

/**
 * Estate policy overrides stored on the estate: Riverside Court grants a vacancy discount
 * (R-FEE-11); both publish their renovation fee standard.
 */
const ESTATE_POLICY = {
  sunny: { occupancy: SHANGHAI_OCCUPANCY_POLICY, renovation: RENOVATION_SETTINGS },
  river: {
    occupancy: SHANGHAI_OCCUPANCY_POLICY,
    fees: { vacancyDiscount: { rate: "0.3", minimumVacantMonths: 6, itemKinds: ["area"] } },
    renovation: RENOVATION_SETTINGS,
  },
} as const;

export function estatePolicy(key: EstateLayout["key"]) {
  return ESTATE_POLICY[key];
}

interface StaffTemplate {
  readonly role: StaffRole;
  readonly name: string;
  readonly trades?: readonly RepairTrade[];
}

/** Each estate's own staff besides the demo logins (who work in both). */
const LOCAL_STAFF: Readonly<Record<EstateLayout["key"], readonly StaffTemplate[]>> = {
  sunny: [
    { role: "customer_service", name: "何佩琳" },
    { role: "customer_service", name: "宋雨轩" },
    { role: "engineering", name: "罗海", trades: ["civil", "carpentry", "doorsAndWindows"] },
    { role: "engineering", name: "梁志刚", trades: ["hvac", "elevator"] },
    { role: "engineering", name: "谢晨阳", trades: ["general", "plumbing", "electrical"] },
    { role: "security", name: "韩磊" },
    { role: "security", name: "冯军" },
    { role: "security", name: "曹鹏" },
    { role: "cleaning", name: "彭秀英" },
    { role: "cleaning", name: "曾桂兰" },
    { role: "greening", name: "田春生" },
  ],
  river: [
    { role: "customer_service", name: "肖晓东" },
    { role: "customer_service", name: "董雪梅" },
    { role: "engineering", name: "潘俊杰", trades: ["civil", "carpentry", "doorsAndWindows"] },
    { role: "engineering", name: "蒋一鸣", trades: ["hvac", "elevator"] },
    { role: "engineering", name: "蔡浩然", trades: ["general", "plumbing", "electrical"] },
    { role: "security", name: "杜刚" },
    { role: "security", name: "程辉" },
    { role: "security", name: "魏超" },
    { role: "cleaning", name: "吕玉兰" },
    { role: "cleaning", name: "丁红" },
    { role: "greening", name: "姚建华" },
  ],
};

const DEMO_TRADES: readonly RepairTrade[] = ["plumbing", "electrical"];

export interface Organisation {
  readonly staffByEstate: readonly EstateStaff[];
  /** User ids of the demo logins by role, for the credentials and the resident logins. */
  readonly demoUserIds: ReadonlyMap<string, string>;
}

/** Writes the company, its estates and buildings, the staff and their roles per estate. */
export function writeOrganisation(
  writer: BulkWriter,
  ids: SeedIds,
  companyId: string,
  estates: readonly EstateLayout[],
): Organisation {
  const created = instantOn("2016-03-01", 9);
  writer.add("Company", {
    id: companyId,
    name: DEMO_COMPANY_NAME,
    creditCode: DEMO_COMPANY_CREDIT_CODE,
    phone: "021-50001234",
    createdAt: created,
    updatedAt: created,
  });
  for (const estate of estates) {
    const at = instantOn(estate.key === "sunny" ? "2016-05-01" : "2022-08-01", 9);
    writer.add("Estate", {
      id: estate.id,
      companyId,
      name: estate.name,
      address: estate.address,
      timeZone: DEMO_TIME_ZONE,
      policy: estatePolicy(estate.key),
      createdAt: at,
      updatedAt: at,
    });
    for (const building of estate.buildings) {
      writer.add("Building", {
        id: building.id,
        estateId: estate.id,
        name: building.name,
        floors: building.floors,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  let staffPhones = 0;
  const user = (name: string, phone: string | undefined, since: Date): string => {
    const id = ids.next();
    writer.add("User", {
      id,
      companyId,
      kind: "staff",
      name,
      phone: phone ?? `136${String(++staffPhones).padStart(8, "0")}`,
      personId: null,
      active: true,
      createdAt: since,
      updatedAt: since,
    });
    return id;
  };
  const assign = (
    userId: string,
    estateId: string,
    role: StaffRole,
    startDate: string,
    trades: readonly RepairTrade[] = [],
  ) => {
    const at = instantOn(startDate, 9);
    writer.add("StaffAssignment", {
      id: ids.next(),
      userId,
      estateId,
      role,
      // R-REP-2: a technician's trades decide which repairs they may be assigned.
      trades: [...trades],
      startDate,
      createdAt: at,
      updatedAt: at,
    });
  };

  // The demo logins: one user per staff role, working in both estates.
  const demoUserIds = new Map<string, string>();
  const demo = new Map<StaffRole, StaffMember>();
  for (const login of DEMO_LOGINS) {
    if (login.role === "owner" || login.role === "tenant") continue;
    const id = user(login.name, login.phone, instantOn("2020-01-02", 9));
    demoUserIds.set(login.role, id);
    demo.set(login.role, { id, name: login.name, role: login.role, phone: login.phone });
    const trades = login.role === "engineering" ? DEMO_TRADES : [];
    for (const estate of estates) assign(id, estate.id, login.role, "2020-01-02", trades);
  }
  const demoMember = (role: StaffRole) => demo.get(role)!;

  const staffByEstate = estates.map((estate): EstateStaff => {
    const startDate = estate.key === "sunny" ? "2018-04-01" : "2022-08-01";
    const local = LOCAL_STAFF[estate.key].map((template): Technician => {
      const id = user(template.name, undefined, instantOn(startDate, 9));
      assign(id, estate.id, template.role, startDate, template.trades);
      return { id, name: template.name, role: template.role, phone: "", trades: template.trades ?? [] };
    });
    const byRole = (role: StaffRole) => local.filter((member) => member.role === role);
    return {
      manager: demoMember("manager"),
      customerService: [demoMember("customer_service"), ...byRole("customer_service")],
      engineering: [{ ...demoMember("engineering"), trades: DEMO_TRADES }, ...byRole("engineering")],
      security: [demoMember("security"), ...byRole("security")],
      cashier: demoMember("cashier"),
      finance: demoMember("finance"),
      archivist: demoMember("archivist"),
      cleaning: byRole("cleaning"),
      greening: byRole("greening"),
    };
  });
  return { staffByEstate, demoUserIds };
}

/**
 * The demo logins' password credentials: one hash per login, each with its own salt, made before
 * the transaction starts (argon2id takes a moment) by the auth module's `hashPassword`.
 */
export function writeDemoCredentials(
  writer: BulkWriter,
  ids: SeedIds,
  userIdsByRole: ReadonlyMap<string, string>,
  hashes: ReadonlyMap<string, string>,
  now: Date,
): void {
  for (const login of DEMO_LOGINS) {
    const userId = userIdsByRole.get(login.role);
    const secretHash = hashes.get(login.role);
    // No hash: the phone already signs someone else in (see seedDemoEstate); that login is left out.
    if (!secretHash) continue;
    if (!userId) throw new Error(`seed: no user for the demo ${login.role}`);
    writer.add("Credential", {
      id: ids.next(),
      userId,
      kind: "password",
      identifier: login.phone,
      secretHash,
      lastUsedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }
}

/** Hashes the demo password once per login (every hash has its own salt), except for `skipPhones`. */
export async function hashDemoPasswords(
  hashPassword: (password: string) => Promise<string>,
  skipPhones: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const login of DEMO_LOGINS) {
    if (!skipPhones.has(login.phone)) hashes.set(login.role, await hashPassword(DEMO_PASSWORD));
  }
  return hashes;
}

/** The demo owner's and tenant's logins, linked to their archive people (written earlier). */
export function writeDemoResidentUsers(
  writer: BulkWriter,
  ids: SeedIds,
  companyId: string,
  people: {
    readonly owner: { id: string; name: string; phone: string };
    readonly tenant: { id: string; name: string; phone: string };
  },
  since: Date,
): Map<string, string> {
  const userIds = new Map<string, string>();
  for (const [role, person] of [
    ["owner", people.owner],
    ["tenant", people.tenant],
  ] as const) {
    const id = ids.next();
    writer.add("User", {
      id,
      companyId,
      kind: "owner",
      name: person.name,
      phone: person.phone,
      personId: person.id,
      active: true,
      createdAt: since,
      updatedAt: since,
    });
    userIds.set(role, id);
  }
  return userIds;
}
