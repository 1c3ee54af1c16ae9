import { formatMoney, type RepairPriceList, type RepairTrade } from "@wuye/domain";
import { visibleEstates } from "../../auth/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { inForceOn, todayColumn } from "../estate-dates.ts";
import { ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { repairPriceListOf } from "./records.ts";

/**
 * What repairs are assigned and priced with: the estate's technicians and their trades 工种
 * (R-REP-2), and its published repair price list 维修收费标准 (R-REP-3), kept in the estate's
 * policy data. Managers maintain both; the desk and engineering read them.
 */

/** A technician as the repair rules see them: who, and the trades they may work in. */
export interface RepairTechnicianRow {
  readonly id: string;
  readonly name: string;
  readonly trades: readonly RepairTrade[];
}

async function estateOf(sc: ServiceContext, estateId: GlobalId) {
  const id = idOf(estateId, "Estate", "estate", ["estateId"]);
  const estate = await sc.prisma.estate.findFirst({
    where: { id, AND: [visibleEstates(sc.viewer)] },
    select: { id: true, timeZone: true, policy: true },
  });
  if (!estate) throw new NotFoundError("estate", ["estateId"]);
  return estate;
}

function inForceToday(sc: ServiceContext, timeZone: string) {
  return inForceOn(todayColumn(sc.now, timeZone));
}

/** The estate's engineering staff today, with their trades (optionally only those of `trade`). */
export async function listRepairTechnicians(
  sc: ServiceContext,
  estateId: GlobalId,
  trade?: RepairTrade | null,
): Promise<RepairTechnicianRow[]> {
  const estate = await estateOf(sc, estateId);
  if (!sc.viewer.isStaffIn(estate.id)) throw new NotFoundError("estate", ["estateId"]);
  const assignments = await sc.prisma.staffAssignment.findMany({
    where: {
      estateId: estate.id,
      role: "engineering",
      user: { active: true },
      ...inForceToday(sc, estate.timeZone),
    },
    select: { userId: true, trades: true, user: { select: { name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  const byUser = new Map<string, RepairTechnicianRow>();
  for (const a of assignments) {
    const known = byUser.get(a.userId);
    const trades = [...new Set([...(known?.trades ?? []), ...a.trades])];
    byUser.set(a.userId, { id: a.userId, name: a.user.name, trades });
  }
  return [...byUser.values()].filter((t) => !trade || t.trades.includes(trade));
}

export interface RepairTechnicianSetTradesInput {
  readonly estateId: GlobalId;
  readonly technicianId: GlobalId;
  readonly trades: readonly RepairTrade[];
}

/** A manager records a technician's trades on their current engineering assignment. */
export async function setRepairTechnicianTrades(
  sc: ServiceContext,
  input: RepairTechnicianSetTradesInput,
): Promise<RepairTechnicianRow> {
  const estate = await estateOf(sc, input.estateId);
  ensure(sc.viewer.isStaffIn(estate.id, ["manager"]));
  const userId = idOf(input.technicianId, "RepairTechnician", "technician", ["input", "technicianId"]);
  const trades = [...new Set(input.trades)];
  const updated = await sc.prisma.staffAssignment.updateMany({
    where: { userId, estateId: estate.id, role: "engineering", ...inForceToday(sc, estate.timeZone) },
    data: { trades },
  });
  if (updated.count === 0) throw new NotFoundError("technician", ["input", "technicianId"]);
  const user = await sc.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  return { id: userId, name: user.name, trades };
}

/** The price list in force at an estate (its published one, or the documented default). */
export async function repairPriceListFor(sc: ServiceContext, estateId: GlobalId) {
  const estate = await estateOf(sc, estateId);
  return { estateId: estate.id, ...repairPriceListOf(estate.policy) };
}

export interface RepairPriceListPublishInput {
  readonly estateId: GlobalId;
  readonly priceList: RepairPriceList;
}

/**
 * R-REP-3: a manager publishes the estate's repair price list; quotes are taken from it from now
 * on (quotes already made keep the list they were taken from, by id). Only this key of the
 * estate's policy is written, atomically, so other areas' policy settings are left as they are.
 */
export async function publishRepairPriceList(sc: ServiceContext, input: RepairPriceListPublishInput) {
  const estate = await estateOf(sc, input.estateId);
  ensure(sc.viewer.isStaffIn(estate.id, ["manager"]));
  const stored = {
    id: input.priceList.id,
    items: input.priceList.items.map((item) => ({ ...item, price: formatMoney(item.price) })),
  };
  await sc.prisma.$executeRaw`
    UPDATE "Estate"
    SET "policy" = jsonb_set("policy", '{repairPriceList}', ${JSON.stringify(stored)}::jsonb, true),
        "updatedAt" = now()
    WHERE "id" = ${estate.id}::uuid`;
  return { estateId: estate.id, list: input.priceList, published: true };
}
