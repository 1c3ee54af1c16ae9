import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import { registerTenant } from "../index.ts";
import { archive, at, tenancy } from "./fixtures.ts";

function codes(registration: ReturnType<typeof tenancy>): string[] {
  const result = registerTenant(registration, archive(), at);
  return result.ok ? [] : result.refusals.map((r) => r.code);
}

function thrown(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? error.code : "other";
  }
  return undefined;
}

describe("R-ARC-2 a tenant is registered only with the owner's confirmation", () => {
  it("registers a tenant with commitment, lease, identity, tenancy and safety letter", () => {
    const result = registerTenant(tenancy(), archive(), at);
    expect(result).toEqual({
      ok: true,
      rules: ["R-ARC-2"],
      tenant: {
        id: "tenant-1",
        unitId: "3-1201",
        name: "Zhao Min",
        identity: { kind: "residentIdCard", number: "310101199201011234" },
        phone: "13900001111",
        tenancy: { from: "2026-12-01", to: "2027-11-30" },
        leaseRef: "LEASE-2026-118",
        registeredAt: at,
      },
    });
  });

  it("without the owner's letter of commitment: refused", () => {
    expect(codes(tenancy({ ownerCommitment: undefined }))).toEqual(["OCC_OWNER_COMMITMENT_MISSING"]);
  });

  it("a commitment signed by someone other than the owner: refused", () => {
    expect(codes(tenancy({ ownerCommitment: { signedBy: "tenant-1", signedOn: "2026-11-20" } }))).toEqual([
      "OCC_OWNER_COMMITMENT_NOT_BY_OWNER",
    ]);
  });

  it("without the lease, or with a blank reference: refused", () => {
    expect(codes(tenancy({ lease: undefined }))).toEqual(["OCC_LEASE_MISSING"]);
    const blank = { reference: " ", period: { from: "2026-12-01", to: "2027-11-30" } };
    expect(codes(tenancy({ lease: blank }))).toEqual(["OCC_LEASE_MISSING"]);
  });

  it("a tenancy reaching beyond the lease: refused", () => {
    expect(codes(tenancy({ tenancy: { from: "2026-12-01", to: "2027-12-31" } }))).toEqual([
      "OCC_TENANCY_OUTSIDE_LEASE",
    ]);
    expect(codes(tenancy({ tenancy: { from: "2026-11-30", to: "2027-01-31" } }))).toEqual([
      "OCC_TENANCY_OUTSIDE_LEASE",
    ]);
  });

  it("without the tenant's identity: refused", () => {
    const result = registerTenant(tenancy({ name: " ", identity: undefined }), archive(), at);
    expect(result.ok || result.refusals[0]?.message).toBe(
      "The tenant record lacks the tenant's identity (missing: name, identity)",
    );
  });

  it("without the signed safety-responsibility letter: refused", () => {
    expect(codes(tenancy({ safetyLetterSignedOn: undefined }))).toEqual(["OCC_SAFETY_LETTER_MISSING"]);
  });

  it("lists every reason at once", () => {
    expect(
      codes(
        tenancy({ ownerCommitment: undefined, lease: undefined, safetyLetterSignedOn: undefined, name: "" }),
      ),
    ).toEqual([
      "OCC_TENANT_IDENTITY_MISSING",
      "OCC_OWNER_COMMITMENT_MISSING",
      "OCC_LEASE_MISSING",
      "OCC_SAFETY_LETTER_MISSING",
    ]);
  });

  it("throws on a period that ends before it starts, a non-date, or another unit's archive", () => {
    expect(
      thrown(() =>
        registerTenant(tenancy({ tenancy: { from: "2027-01-01", to: "2026-12-31" } }), archive(), at),
      ),
    ).toBe("OCC_INVALID_PERIOD");
    expect(
      thrown(() =>
        registerTenant(tenancy({ tenancy: { from: "2026-02-30", to: "2027-01-01" } }), archive(), at),
      ),
    ).toBe("CAL_INVALID_DATE");
    const lease = { reference: "L", period: { from: "2027-01-01", to: "2026-01-01" } };
    expect(thrown(() => registerTenant(tenancy({ lease }), archive(), at))).toBe("OCC_INVALID_PERIOD");
    expect(thrown(() => registerTenant(tenancy(), archive({ unitId: "9-101" }), at))).toBe("OCC_WRONG_UNIT");
  });
});
