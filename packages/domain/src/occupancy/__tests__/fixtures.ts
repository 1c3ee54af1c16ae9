import { parseQuantity } from "../../money/index.ts";
import type { OwnerArchive, Resident, TenantRegistration, UnitHandover } from "../index.ts";

export const at = new Date("2026-11-21T02:00:00Z");
export const desk = { id: "s1", role: "customer_service", name: "Li" };

export const ownerResident: Resident = { name: "Wang Wei", relation: "owner" };

export function archive(overrides: Partial<OwnerArchive> = {}): OwnerArchive {
  return {
    unitId: "3-1201",
    ownerId: "owner-1",
    ownerName: "Wang Wei",
    phone: "13812345678",
    identity: { kind: "residentIdCard", number: "110101199003071234" },
    buildingArea: parseQuantity("89.37"),
    residents: [ownerResident],
    ...overrides,
  };
}

export function handover(overrides: Partial<UnitHandover> = {}): UnitHandover {
  return {
    unitId: "3-1201",
    handedOverOn: "2026-06-01",
    identityVerifiedBy: "Li",
    inspection: (["water", "power", "heating", "fixtures", "smokeAlarms", "emergencyLights"] as const).map(
      (item) => ({ item, result: "ok" as const }),
    ),
    defects: [],
    keysKeptBack: 0,
    receipt: {
      keysHandedOver: 3,
      ownersManual: true,
      renovationManual: true,
      signedBy: "Wang Wei",
      signedAt: at,
    },
    ...overrides,
  };
}

export function tenancy(overrides: Partial<TenantRegistration> = {}): TenantRegistration {
  return {
    tenantId: "tenant-1",
    unitId: "3-1201",
    name: "Zhao Min",
    identity: { kind: "residentIdCard", number: "310101199201011234" },
    phone: "13900001111",
    tenancy: { from: "2026-12-01", to: "2027-11-30" },
    ownerCommitment: { signedBy: "owner-1", signedOn: "2026-11-20" },
    lease: { reference: "LEASE-2026-118", period: { from: "2026-12-01", to: "2027-11-30" } },
    safetyLetterSignedOn: "2026-11-21",
    ...overrides,
  };
}
