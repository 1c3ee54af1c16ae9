import { addDays, type IsoDate } from "@wuye/domain";
import type {
  BuildingSeed,
  EstateLayout,
  OccupancyStory,
  PaymentProfile,
  PersonSeed,
  UnitPlan,
} from "./context.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import type { SeedIds } from "./ids.ts";
import { mobileNumber, personName, residentIdNumber } from "./names.ts";
import type { SeededRandom } from "./random.ts";

/**
 * The shape of the demo company: Sunny Garden 阳光花园 (2016, towers of 18 floors, two entrances),
 * and Riverside Court 滨江苑 (2022, towers of 26 floors; its phase 2 is handed over through 2026,
 * so some units still await handover). About 84 % of units are flats, 4 % shops, 12 % parking
 * spaces with their own certificate 产权车位.
 */
interface EstateTemplate {
  readonly key: "sunny" | "river";
  readonly name: string;
  readonly address: string;
  readonly code: string;
  readonly share: number;
  readonly tower: { readonly floors: number; readonly entrances: number; readonly perFloor: number };
  readonly areas: readonly string[];
  readonly firstHandover: IsoDate;
  readonly phase2Share: number;
}

const TEMPLATES: readonly EstateTemplate[] = [
  {
    key: "sunny",
    name: "阳光花园",
    address: "上海市浦东新区锦绣路1888弄",
    code: "SG",
    share: 0.6,
    tower: { floors: 18, entrances: 2, perFloor: 2 },
    areas: ["89.37", "118.60", "96.15", "136.24"],
    firstHandover: "2016-07-01",
    phase2Share: 0,
  },
  {
    key: "river",
    name: "滨江苑",
    address: "上海市徐汇区龙腾大道2600弄",
    code: "RC",
    share: 0.4,
    tower: { floors: 26, entrances: 1, perFloor: 4 },
    areas: ["78.42", "96.15", "96.15", "143.80"],
    firstHandover: "2022-10-08",
    phase2Share: 0.22,
  },
];

/** Riverside Court's phase 2 is handed over from this day on, a few units a day. */
const PHASE2_FIRST_HANDOVER: IsoDate = "2026-03-16";
const PHASE2_SPAN_DAYS = 300;

export interface DemoPlan {
  readonly estates: readonly EstateLayout[];
  readonly units: readonly UnitPlan[];
  /** The demo owner and tenant (their logins link to these archive people). */
  readonly demoOwner: PersonSeed;
  readonly demoTenant: PersonSeed;
  /** People created so far; later stages continue from here so numbers never repeat. */
  readonly personCount: number;
}

/** Plans both estates, their buildings and every unit, with owners, stories and payment habits. */
export function planDemoEstates(
  totalUnits: number,
  today: IsoDate,
  ids: SeedIds,
  random: SeededRandom,
): DemoPlan {
  const estates: EstateLayout[] = [];
  const units: UnitPlan[] = [];
  const people = { count: 0 };
  const newPerson = (r: SeededRandom): PersonSeed => {
    const index = people.count++;
    return {
      id: ids.next(),
      name: personName(r),
      phone: mobileNumber(index),
      idNumber: residentIdNumber(index, r),
    };
  };
  const login = (role: "owner" | "tenant") => DEMO_LOGINS.find((l) => l.role === role)!;
  const demoOwner = { ...newPerson(random), name: login("owner").name, phone: login("owner").phone };
  const demoTenant = { ...newPerson(random), name: login("tenant").name, phone: login("tenant").phone };

  let remaining = totalUnits;
  TEMPLATES.forEach((template, estateIndex) => {
    const last = estateIndex === TEMPLATES.length - 1;
    const count = last ? remaining : Math.round(totalUnits * template.share);
    remaining -= count;
    const parking = Math.round(count * 0.12);
    const commercial = Math.max(2, Math.round(count * 0.04));
    const residential = count - parking - commercial;
    const estateId = ids.next();
    const buildings: BuildingSeed[] = [];
    const { floors, entrances, perFloor } = template.tower;
    const perTower = floors * entrances * perFloor;
    const towers = Math.ceil(residential / perTower);
    const phase2Towers =
      template.phase2Share > 0 ? Math.max(1, Math.round(towers * template.phase2Share)) : 0;
    const estateRandom = random.fork(`estate:${template.key}`);
    const estateUnits: UnitPlan[] = [];
    const add = (plan: Omit<UnitPlan, "id" | "index" | "estateIndex">) => {
      const unit: UnitPlan = { ...plan, id: ids.next(), index: units.length, estateIndex };
      units.push(unit);
      estateUnits.push(unit);
    };

    // Flats, floor by floor so that a partly filled last tower lacks only its top floors.
    let placed = 0;
    const phase2Count = Math.max(0, residential - (towers - phase2Towers) * perTower);
    for (let t = 0; t < towers; t++) {
      const phase = t >= towers - phase2Towers ? 2 : 1;
      const building: BuildingSeed = {
        id: ids.next(),
        estateIndex,
        name: `${t + 1}号楼`,
        kind: "tower",
        floors,
        phase,
      };
      buildings.push(building);
      for (let floor = 1; floor <= floors && placed < residential; floor++) {
        for (let entrance = 1; entrance <= entrances && placed < residential; entrance++) {
          for (let position = 1; position <= perFloor && placed < residential; position++) {
            const r = estateRandom.fork(`unit:${placed}`);
            const layout = (entrance - 1) * perFloor + position - 1;
            let handoverDate: IsoDate | undefined;
            if (phase === 1) {
              // Towers are handed over a week apart, in rounds, within the estate's first months.
              handoverDate = addDays(template.firstHandover, (t % 12) * 7 + r.int(0, 75));
            } else {
              const k = placed - (residential - phase2Count);
              const date = addDays(PHASE2_FIRST_HANDOVER, Math.floor((k * PHASE2_SPAN_DAYS) / phase2Count));
              // Units whose turn comes after today still await handover: no archive, no bills yet.
              if (date <= today) handoverDate = date;
            }
            add({
              building,
              number: `${entrance}-${floor}${String(position).padStart(2, "0")}`,
              floor,
              type: "residential",
              area: template.areas[layout % template.areas.length] ?? "89.37",
              ...(handoverDate ? { handoverDate } : {}),
              profile: residentialProfile(r, phase),
              story: residentialStory(r, phase),
              ...(handoverDate ? { owner: newPerson(r) } : {}),
              featured: r.chance(0.05),
            });
            placed += 1;
          }
        }
      }
    }

    const shops: BuildingSeed = {
      id: ids.next(),
      estateIndex,
      name: "商业街",
      kind: "commercial",
      floors: 2,
      phase: 1,
    };
    buildings.push(shops);
    for (let i = 0; i < commercial; i++) {
      const r = estateRandom.fork(`shop:${i}`);
      const floor = (i % 2) + 1;
      add({
        building: shops,
        number: `S${floor}${String(Math.floor(i / 2) + 1).padStart(3, "0")}`,
        floor,
        type: "commercial",
        area: `${r.int(45, 219)}.${r.digits(2)}`,
        handoverDate: addDays(template.firstHandover, 60 + r.int(0, 30)),
        profile: r.chance(0.8)
          ? { kind: "monthly", payDay: r.int(1, 28) }
          : { kind: "late", delayDays: r.int(2, 15) },
        story: r.chance(0.6) ? "tenant" : "ownerLives",
        owner: newPerson(r),
        featured: false,
      });
    }

    const garage: BuildingSeed = {
      id: ids.next(),
      estateIndex,
      name: "地下车库",
      kind: "parking",
      floors: 1,
      phase: 1,
    };
    buildings.push(garage);
    const flats = estateUnits.filter((u) => u.type === "residential" && u.building.phase === 1);
    for (let i = 0; i < parking; i++) {
      const r = estateRandom.fork(`space:${i}`);
      const owner = flats[(i * 7 + 3) % flats.length]?.owner;
      add({
        building: garage,
        number: `B1-${String(i + 1).padStart(3, "0")}`,
        floor: -1,
        type: "parking",
        area: r.pick(["12.50", "13.20", "13.80", "15.00"]),
        handoverDate: addDays(template.firstHandover, 90 + r.int(0, 30)),
        profile: r.weighted<PaymentProfile>([
          [{ kind: "monthly", payDay: r.int(1, 28) }, 60],
          [{ kind: "quarterly", payDay: r.int(1, 20) }, 25],
          [{ kind: "annual", payInPeriod: r.int(0, 11), payDay: r.int(1, 20) }, 15],
        ]),
        story: "ownerLives",
        ...(owner ? { owner } : {}),
        featured: false,
      });
    }
    ensureLongArrears(units, estateUnits);
    estates.push({
      index: estateIndex,
      id: estateId,
      key: template.key,
      name: template.name,
      address: template.address,
      code: template.code,
      buildings,
    });
  });

  markDemoUnits(units, demoOwner);
  return { estates, units, demoOwner, demoTenant, personCount: people.count };
}

function residentialProfile(r: SeededRandom, phase: 1 | 2): PaymentProfile {
  const payDay = r.int(1, 28);
  if (phase === 2) {
    return r.weighted<PaymentProfile>([
      [{ kind: "monthly", payDay }, 70],
      [{ kind: "quarterly", payDay: Math.min(payDay, 20) }, 15],
      [{ kind: "late", delayDays: r.int(1, 15) }, 15],
    ]);
  }
  return r.weighted<PaymentProfile>([
    [{ kind: "monthly", payDay }, 52],
    [{ kind: "quarterly", payDay: Math.min(payDay, 20) }, 18],
    [{ kind: "annual", payInPeriod: r.int(0, 11), payDay: Math.min(payDay, 20) }, 7],
    [{ kind: "late", delayDays: r.int(1, 15) }, 14.4],
    [{ kind: "arrears", owedMonths: r.int(1, 6), partial: r.chance(0.3) }, 8],
    [{ kind: "longArrears" }, 0.6],
  ]);
}

function residentialStory(r: SeededRandom, phase: 1 | 2): OccupancyStory {
  if (phase === 2) return r.chance(0.55) ? "ownerLives" : "vacant";
  return r.weighted<OccupancyStory>([
    ["ownerLives", 62],
    ["tenant", 15],
    ["vacant", 9],
    ["formerTenant", 8],
    ["sold", 6],
  ]);
}

type MutableUnit = { -readonly [K in keyof UnitPlan]: UnitPlan[K] };

/** At least two owners per estate have paid nothing for over a year (R-FEE-8's oldest band). */
function ensureLongArrears(all: UnitPlan[], estateUnits: readonly UnitPlan[]): void {
  const eligible = estateUnits.filter((u) => u.type === "residential" && u.building.phase === 1);
  let missing = 2 - eligible.filter((u) => u.profile.kind === "longArrears").length;
  for (let i = eligible.length - 1; i >= 0 && missing > 0; i -= 11) {
    const unit = eligible[i];
    if (!unit || unit.profile.kind === "longArrears") continue;
    (all[unit.index] as MutableUnit).profile = { kind: "longArrears" };
    missing -= 1;
  }
  for (const unit of estateUnits) {
    // Arrears stories are the ones release passes and collection need an account for.
    if (unit.profile.kind === "longArrears" || (unit.profile.kind === "arrears" && unit.index % 3 === 0)) {
      (all[unit.index] as MutableUnit).featured = true;
    }
  }
}

/** The demo owner's flat and parking space, and the demo tenant's flat, all in Sunny Garden. */
function markDemoUnits(units: UnitPlan[], owner: PersonSeed): void {
  const flats = units.filter((u) => u.estateIndex === 0 && u.type === "residential");
  const ownerFlat = flats[Math.floor(flats.length * 0.35)];
  const tenantFlat = flats[Math.floor(flats.length * 0.55)];
  const space = units.find((u) => u.estateIndex === 0 && u.type === "parking");
  if (!ownerFlat || !tenantFlat || !space) throw new Error("seed: too few units for the demo logins");
  const set = (unit: UnitPlan, changes: Partial<MutableUnit>) => {
    units[unit.index] = { ...unit, ...changes, featured: true };
  };
  // The owner pays on the 25th: November's bill is still open, to pay in GraphiQL.
  set(ownerFlat, { owner, story: "ownerLives", profile: { kind: "monthly", payDay: 25 }, demo: "owner" });
  set(space, { owner, profile: { kind: "monthly", payDay: 25 }, demo: "ownerParking" });
  set(tenantFlat, { story: "tenant", profile: { kind: "monthly", payDay: 12 }, demo: "tenant" });
}
