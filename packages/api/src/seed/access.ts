import { addDays } from "@wuye/domain";
import type { VisitorKind } from "../generated/prisma/enums.ts";
import { instantOn, minutesAfter } from "./clock.ts";
import type { SeedContext } from "./context.ts";
import { plateNumber } from "./names.ts";
import type { UnitLife } from "./residents.ts";
import { householder, occupiedUnits } from "./story-kit.ts";

const VISITORS: readonly (readonly [VisitorKind, string])[] = [
  ["guest", "探亲访友"],
  ["delivery", "送外卖"],
  ["delivery", "快递送货上门"],
  ["contractor", "装修施工"],
  ["temporaryWorker", "家电维修上门"],
];

/**
 * Access 门岗 (R-ACC-1, R-ACC-3): each owned parking space with its owner's car, a few rented spaces
 * with monthly cards (one expired), visitor spaces, and the gate's visitor log of the last days.
 */
export function writeAccess(ctx: SeedContext, lives: readonly UnitLife[]): void {
  let plates = 0;
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`access:${estate.key}`);
    const spaces = lives.filter((l) => l.estate === estate && l.plan.type === "parking" && l.owner);
    for (const space of spaces) {
      const vehicleId = ctx.ids.next();
      const since = instantOn(space.plan.handoverDate!, 11);
      ctx.writer.add("Vehicle", {
        id: vehicleId,
        estateId: estate.id,
        plateNumber: plateNumber(plates++),
        unitId: space.plan.id,
        ownerId: space.owner!.id,
        description: random.pick([
          "白色 大众朗逸",
          "黑色 丰田凯美瑞",
          "灰色 比亚迪汉",
          "蓝色 特斯拉 Model 3",
        ]),
        createdAt: since,
        updatedAt: since,
      });
      ctx.writer.add("ParkingSpace", {
        id: ctx.ids.next(),
        estateId: estate.id,
        code: space.plan.number,
        kind: "owned",
        unitId: space.plan.id,
        vehicleId,
        monthlyCardUntil: null,
        createdAt: since,
        updatedAt: since,
      });
    }
    const homes = occupiedUnits(lives, estate);
    for (let i = 1; i <= 8; i++) {
      const home = homes.length > 0 ? random.pick(homes) : undefined;
      const vehicleId = home ? ctx.ids.next() : null;
      const since = instantOn(addDays(ctx.today, -random.int(60, 400)), 10);
      if (home && vehicleId) {
        ctx.writer.add("Vehicle", {
          id: vehicleId,
          estateId: estate.id,
          plateNumber: plateNumber(plates++),
          unitId: home.plan.id,
          ownerId: householder(home).id,
          description: "月租车",
          createdAt: since,
          updatedAt: since,
        });
      }
      // R-ACC-3: the monthly card is paid to a date; one has lapsed.
      const until = addDays(ctx.today, i === 8 ? -5 : random.int(10, 300));
      ctx.writer.add("ParkingSpace", {
        id: ctx.ids.next(),
        estateId: estate.id,
        code: `R-${String(i).padStart(3, "0")}`,
        kind: "rented",
        unitId: home?.plan.id ?? null,
        vehicleId,
        monthlyCardUntil: until,
        createdAt: since,
        updatedAt: since,
      });
    }
    for (let i = 1; i <= 4; i++) {
      const created = instantOn(estate.key === "sunny" ? "2016-06-01" : "2022-09-01", 9);
      ctx.writer.add("ParkingSpace", {
        id: ctx.ids.next(),
        estateId: estate.id,
        code: `V-${String(i).padStart(2, "0")}`,
        kind: "visitor",
        unitId: null,
        vehicleId: null,
        monthlyCardUntil: null,
        createdAt: created,
        updatedAt: created,
      });
    }
    const guards = estate.staff.security;
    for (let day = 6; day >= 0; day--) {
      for (let n = 0; n < 4 && homes.length > 0; n++) {
        const [kind, purpose] = random.pick(VISITORS);
        const arrivedAt = instantOn(addDays(ctx.today, -day), random.int(8, 20), random.int(0, 59));
        if (arrivedAt >= ctx.now) continue;
        const leftAt = minutesAfter(arrivedAt, random.int(10, 180));
        ctx.writer.add("Visitor", {
          id: ctx.ids.next(),
          estateId: estate.id,
          unitId: random.pick(homes).plan.id,
          kind,
          name: random.pick(["张先生", "李女士", "美团骑手", "顺丰快递员", "安居装饰 工人", "海尔售后"]),
          phone: null,
          idNumber: null,
          purpose,
          certificateRef: kind === "contractor" ? "装修出入证" : null,
          preRegistered: kind === "guest" && random.chance(0.5),
          arrivedAt,
          leftAt: leftAt < ctx.now ? leftAt : null,
          registeredById: random.pick(guards).id,
          createdAt: arrivedAt,
        });
      }
    }
  }
}
