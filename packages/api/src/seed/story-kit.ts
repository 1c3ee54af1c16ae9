import type { Actor } from "@wuye/domain";
import type { Department } from "../generated/prisma/enums.ts";
import { businessDate } from "./clock.ts";
import { actorOf, type EstateSeed, type PersonSeed, type SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import type { UnitLife } from "./residents.ts";

/**
 * Helpers the workflow stories share: how many records an estate gets, which units and people
 * they concern, record numbers, and who in a department acts.
 */

/** Records per estate: `perThousand` for every 1,000 units of the estate, never fewer than `minimum`. */
export function storyCount(
  lives: readonly UnitLife[],
  estate: EstateSeed,
  perThousand: number,
  minimum: number,
): number {
  const units = lives.filter((life) => life.estate === estate).length;
  return Math.max(minimum, Math.round((units * perThousand) / 1000));
}

/** The estate's units someone lives in, for stories that need a household. */
export function occupiedUnits(lives: readonly UnitLife[], estate: EstateSeed): UnitLife[] {
  return lives.filter(
    (life) =>
      life.estate === estate &&
      life.status === "occupied" &&
      life.plan.type === "residential" &&
      life.residents.length > 0,
  );
}

/** A resident of the unit to speak for it: the tenant, or the owner's household. */
export function householder(life: UnitLife): PersonSeed {
  return life.tenant ?? life.residents[0] ?? life.owner!;
}

/** Record numbers like `SG-TS-2026-0007`: estate, kind, year, sequence. */
export class RecordNumbers {
  private readonly next = new Map<string, number>();

  take(estate: EstateSeed, kind: string, at: Date): string {
    const year = at.getUTCFullYear();
    const key = `${estate.code}-${kind}-${year}`;
    const sequence = (this.next.get(key) ?? 0) + 1;
    this.next.set(key, sequence);
    return `${key}-${String(sequence).padStart(4, "0")}`;
  }
}

/** Who handles work for a department (R-CMP-5): cleaning and greening answer through the manager. */
export function departmentActor(estate: EstateSeed, department: Department, random: SeededRandom): Actor {
  const staff = estate.staff;
  switch (department) {
    case "engineering":
      return actorOf(random.pick(staff.engineering));
    case "security":
      return actorOf(random.pick(staff.security));
    case "customer_service":
      return actorOf(random.pick(staff.customerService));
    case "finance":
      return actorOf(staff.finance);
    default:
      return actorOf(staff.manager);
  }
}

export function desk(estate: EstateSeed, random: SeededRandom): Actor {
  return actorOf(random.pick(estate.staff.customerService));
}

/** A start instant between `daysBack` days ago and `recentHours` hours ago, in working hours. */
export function spreadBefore(
  ctx: SeedContext,
  random: SeededRandom,
  daysBack: number,
  recentHours = 72,
): Date {
  const latest = ctx.now.getTime() - recentHours * 3_600_000;
  const earliest = ctx.now.getTime() - daysBack * 86_400_000;
  // Working hours in Shanghai (08:00–20:00), so stories read like a desk's day.
  const day = Math.floor((earliest + random.next() * (latest - earliest)) / 86_400_000) * 86_400_000;
  return new Date(Math.min(latest, day + random.int(0, 11) * 3_600_000 + random.int(0, 59) * 60_000));
}

/** A home whose current household already lived there on `at` (so they can have called about it). */
export function homeOn(homes: readonly UnitLife[], random: SeededRandom, at: Date): UnitLife | undefined {
  const day = businessDate(at);
  for (let attempt = 0; attempt < 30; attempt++) {
    const home = random.pick(homes);
    const since = home.segments.at(-1)?.since;
    if (since !== undefined && since <= day) return home;
  }
  return undefined;
}
