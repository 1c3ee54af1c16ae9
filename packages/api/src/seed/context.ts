import type { Actor, FeeSchedule, IsoDate, RepairTrade } from "@wuye/domain";
import type { StaffRole, UnitType } from "../generated/prisma/enums.ts";
import type { BulkWriter } from "./bulk-writer.ts";
import type { SeedIds } from "./ids.ts";
import type { SeededRandom } from "./random.ts";

/** A staff member of the demo company, as the seed's stories use them. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly phone: string;
}

/** An engineering technician 维修工 and the trades they work in (R-REP-2). */
export interface Technician extends StaffMember {
  readonly trades: readonly RepairTrade[];
}

/** The people who work in one estate, by department. */
export interface EstateStaff {
  readonly manager: StaffMember;
  readonly customerService: readonly StaffMember[];
  readonly engineering: readonly Technician[];
  readonly security: readonly StaffMember[];
  readonly cashier: StaffMember;
  readonly finance: StaffMember;
  readonly archivist: StaffMember;
  readonly cleaning: readonly StaffMember[];
  readonly greening: readonly StaffMember[];
}

/** A person in the archive 档案 (owner, tenant, family member). */
export interface PersonSeed {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
  readonly idNumber: string;
}

export type BuildingKind = "tower" | "commercial" | "parking";

export interface BuildingSeed {
  readonly id: string;
  readonly estateIndex: number;
  readonly name: string;
  readonly kind: BuildingKind;
  readonly floors: number;
  /** 1 for the first phase of an estate; Riverside Court's phase 2 is handed over in 2026. */
  readonly phase: 1 | 2;
}

/** The fee items of one estate: DB ids by item code, and the domain schedule built from them. */
export interface EstateFees {
  readonly schedule: FeeSchedule;
  readonly itemIds: ReadonlyMap<string, string>;
  /** DB fee standard id in force for an item on a date (R-FEE-1). */
  standardIdFor(itemCode: string, date: IsoDate): string;
  /** Item codes the estate collects on a utility's behalf 代收 (electricity of the shops). */
  readonly meteredItemCode: string;
}

/** An estate's name and buildings, planned before anything is written. */
export interface EstateLayout {
  readonly index: number;
  readonly id: string;
  readonly key: "sunny" | "river";
  readonly name: string;
  readonly address: string;
  /** Short code in record numbers, e.g. `SG` in `SG-202611-00042`. */
  readonly code: string;
  readonly buildings: readonly BuildingSeed[];
}

/** An estate with its staff and fee schedule, as the later stages use it. */
export interface EstateSeed extends EstateLayout {
  readonly staff: EstateStaff;
  readonly fees: EstateFees;
}

/** How a unit's owner pays (decided once, so every stage of the seed agrees). */
export type PaymentProfile =
  /** Pays each month's bill in full on `payDay` of that month. */
  | { readonly kind: "monthly"; readonly payDay: number }
  /** Pays three months at once at the start of each quarter: the excess waits as credit (R-FEE-6). */
  | { readonly kind: "quarterly"; readonly payDay: number }
  /** Pays a year in advance in one month of the window, then monthly once the credit is spent. */
  | { readonly kind: "annual"; readonly payInPeriod: number; readonly payDay: number }
  /** Pays each bill `delayDays` after it falls due. */
  | { readonly kind: "late"; readonly delayDays: number }
  /** Stopped paying: the last `owedMonths` due months are unpaid (some paid part of the first). */
  | { readonly kind: "arrears"; readonly owedMonths: number; readonly partial: boolean }
  /** Has paid nothing for over a year: billed since before the window, referred in the end. */
  | { readonly kind: "longArrears" };

/** How a unit has been lived in since handover (R-HND-4, R-ARC-2). */
export type OccupancyStory = "ownerLives" | "vacant" | "tenant" | "formerTenant" | "sold";

/** One unit of the demo estate, planned before any row is written. */
export interface UnitPlan {
  readonly id: string;
  readonly index: number;
  readonly estateIndex: number;
  readonly building: BuildingSeed;
  readonly number: string;
  readonly floor: number;
  readonly type: UnitType;
  /** Building area in m² as on the certificate, e.g. `"89.37"`. */
  readonly area: string;
  /** Absent while the unit awaits handover. */
  readonly handoverDate?: IsoDate;
  readonly profile: PaymentProfile;
  readonly story: OccupancyStory;
  /** The owner from handover (parking spaces belong to an owner of a flat in the estate). */
  readonly owner?: PersonSeed;
  /** Kept for the stories that need its account later (release passes, the demo logins). */
  readonly featured: boolean;
  readonly demo?: "owner" | "ownerParking" | "tenant";
}

/** What the seed's stages share. */
export interface SeedContext {
  readonly now: Date;
  readonly today: IsoDate;
  readonly random: SeededRandom;
  readonly ids: SeedIds;
  readonly writer: BulkWriter;
  readonly companyId: string;
  readonly estates: readonly EstateSeed[];
}

export function actorOf(member: StaffMember): Actor {
  return { id: member.id, role: member.role, name: member.name };
}
