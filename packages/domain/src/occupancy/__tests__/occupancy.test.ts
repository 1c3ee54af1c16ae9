import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import {
  confirmMoveIn,
  confirmMoveOut,
  handOverUnit,
  newUnitOccupancy,
  type OccupancyActions,
  type OccupancyStatus,
  registerTenant,
  type TenantRecord,
  type UnitOccupancy,
  unitOccupancyWorkflow,
} from "../index.ts";
import { archive, at, desk, handover, ownerResident, tenancy } from "./fixtures.ts";

const registered = registerTenant(tenancy(), archive(), at);
if (!registered.ok) throw new Error("fixture tenant must register");
const tenant: TenantRecord = registered.tenant;

const validData: { [A in keyof OccupancyActions]: OccupancyActions[A] } = {
  handOver: { handover: handover() },
  moveIn: { date: "2026-07-01", archive: archive(), residents: [ownerResident] },
  moveOut: { date: "2026-09-30" },
};
const records: Record<OccupancyStatus, UnitOccupancy> = {
  awaitingHandover: newUnitOccupancy("3-1201"),
  vacant: { unitId: "3-1201", status: "vacant", handedOverOn: "2026-06-01", since: "2026-06-01" },
  occupied: {
    unitId: "3-1201",
    status: "occupied",
    handedOverOn: "2026-06-01",
    since: "2026-07-01",
    occupant: { kind: "owner" },
  },
};

describe("R-HND-4 unit occupancy workflow", () => {
  const rows = unitOccupancyWorkflow.table();

  it("hands over, then moves in and out", () => {
    expect(rows.map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`)).toEqual([
      "handOver: awaitingHandover → vacant",
      "moveIn: vacant → occupied",
      "moveOut: occupied → vacant",
    ]);
  });

  for (const row of rows) {
    for (const from of row.from as OccupancyStatus[]) {
      const action = row.action as keyof OccupancyActions;
      const request = { action, actor: desk, at, data: validData[action] };
      it(`${action} from ${from} reaches ${row.to}`, () => {
        const result = unitOccupancyWorkflow.transition(from, records[from], request);
        expect(result.ok && result.event).toMatchObject({ action, from, to: row.to, actor: desk });
      });
      it(`${action} from ${from} refuses a security guard`, () => {
        const result = unitOccupancyWorkflow.transition(from, records[from], {
          ...request,
          actor: { id: "g", role: "security" },
        });
        expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_ROLE_NOT_ALLOWED");
      });
    }
  }

  it.each(["awaitingHandover", "vacant", "occupied"] as const)(
    "from %s the other actions are refused",
    (state) => {
      const open = unitOccupancyWorkflow.actionsFrom(state);
      for (const action of Object.keys(validData) as (keyof OccupancyActions)[]) {
        if (open.includes(action)) continue;
        const result = unitOccupancyWorkflow.transition(state, records[state], {
          action,
          actor: desk,
          at,
          data: validData[action],
        });
        expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_ACTION_NOT_ALLOWED");
      }
    },
  );
});

describe("R-HND-2/3 handover starts charges and vacancy", () => {
  it("hands over a unit whose checklist is complete", () => {
    const result = handOverUnit(records.awaitingHandover, { actor: desk, at, handover: handover() });
    expect(result.ok && result.occupancy).toEqual({
      unitId: "3-1201",
      status: "vacant",
      handedOverOn: "2026-06-01",
      since: "2026-06-01",
    });
    expect(result.ok && result.effects.billing).toEqual([
      { kind: "chargesStart", unitId: "3-1201", from: "2026-06-01", rule: "R-HND-3" },
      { kind: "vacancyStarts", unitId: "3-1201", from: "2026-06-01", rule: "R-FEE-11" },
    ]);
  });

  it("refuses with every open checklist item", () => {
    const result = handOverUnit(records.awaitingHandover, {
      actor: desk,
      at,
      handover: handover({ identityVerifiedBy: undefined, receipt: undefined }),
    });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual([
      "OCC_HANDOVER_IDENTITY_NOT_VERIFIED",
      "OCC_HANDOVER_NOT_SIGNED_FOR",
      "OCC_HANDOVER_NOT_SIGNED_FOR",
      "OCC_HANDOVER_NOT_SIGNED_FOR",
    ]);
  });

  it("throws on another unit's checklist", () => {
    try {
      handOverUnit(records.awaitingHandover, { actor: desk, at, handover: handover({ unitId: "9-101" }) });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe("OCC_WRONG_UNIT");
    }
  });
});

describe("R-HND-4 move-in: billing follows occupancy", () => {
  it("the owner moves in: occupancy from that day, the departments notified, the archive updated", () => {
    const family = [ownerResident, { name: "Wang Xiao", relation: "familyMember" as const }];
    const result = confirmMoveIn(records.vacant, { actor: desk, at, ...validData.moveIn, residents: family });
    if (!result.ok) throw new Error("expected move-in");
    expect(result.occupancy).toMatchObject({
      status: "occupied",
      since: "2026-07-01",
      occupant: { kind: "owner" },
    });
    expect(result.effects).toEqual({
      billing: [
        {
          kind: "occupancyStarts",
          unitId: "3-1201",
          from: "2026-07-01",
          occupant: { kind: "owner" },
          vacantDays: 30,
          rule: "R-HND-4",
        },
      ],
      notify: ["security", "engineering", "cleaning", "cashier"],
      archiveResidents: family,
      revokeAccessCards: false,
    });
  });

  it("a registered tenant moves in within the tenancy", () => {
    const result = confirmMoveIn(records.vacant, {
      actor: desk,
      at,
      date: "2026-12-01",
      archive: archive(),
      residents: [{ name: "Zhao Min", relation: "tenant" }],
      tenant,
      policy: { moveInNotify: ["security"] },
    });
    if (!result.ok) throw new Error("expected move-in");
    expect(result.occupancy.occupant).toEqual({ kind: "tenant", tenantId: "tenant-1" });
    expect(result.effects.notify).toEqual(["security"]);
  });

  it("refuses a tenant outside the registered tenancy", () => {
    const result = confirmMoveIn(records.vacant, { actor: desk, at, ...validData.moveIn, tenant });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["OCC_TENANCY_NOT_CURRENT"]);
  });

  it("refuses while the owner archive is incomplete, naming each gap", () => {
    const result = confirmMoveIn(records.vacant, {
      actor: desk,
      at,
      date: "2026-07-01",
      archive: archive({ phone: undefined }),
      residents: [],
    });
    expect(result.ok || result.refusals.map((r) => r.path?.[0])).toEqual(["phone", "residents"]);
  });

  it("refuses a move-in dated before the handover", () => {
    const result = confirmMoveIn(records.vacant, {
      actor: desk,
      at,
      ...validData.moveIn,
      date: "2026-05-31",
    });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["OCC_DATE_BEFORE_LAST_CHANGE"]);
  });

  it("throws on a non-date and on another unit's archive or tenant", () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isDomainError(error) ? error.code : "other";
      }
      return undefined;
    };
    expect(
      code(() => confirmMoveIn(records.vacant, { actor: desk, at, ...validData.moveIn, date: "1 July" })),
    ).toBe("CAL_INVALID_DATE");
    expect(
      code(() =>
        confirmMoveIn(records.vacant, {
          actor: desk,
          at,
          ...validData.moveIn,
          archive: archive({ unitId: "x" }),
        }),
      ),
    ).toBe("OCC_WRONG_UNIT");
    expect(
      code(() =>
        confirmMoveIn(records.vacant, {
          actor: desk,
          at,
          ...validData.moveIn,
          tenant: { ...tenant, unitId: "x" },
        }),
      ),
    ).toBe("OCC_WRONG_UNIT");
  });
});

describe("R-HND-4 move-out: vacancy starts for R-FEE-11", () => {
  it("the unit is vacant from the move-out date, residents cleared and access cards revoked", () => {
    const result = confirmMoveOut(records.occupied, { actor: desk, at, date: "2026-09-30" });
    if (!result.ok) throw new Error("expected move-out");
    expect(result.occupancy).toEqual({
      unitId: "3-1201",
      status: "vacant",
      handedOverOn: "2026-06-01",
      since: "2026-09-30",
    });
    expect(result.effects).toEqual({
      billing: [{ kind: "vacancyStarts", unitId: "3-1201", from: "2026-09-30", rule: "R-FEE-11" }],
      notify: [],
      archiveResidents: [],
      revokeAccessCards: true,
    });
  });

  it("refuses a move-out dated before the move-in", () => {
    const result = confirmMoveOut(records.occupied, { actor: desk, at, date: "2026-06-30" });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["OCC_DATE_BEFORE_LAST_CHANGE"]);
  });

  it("a whole life: handover, move-in, move-out, a tenant's move-in", () => {
    const handedOver = handOverUnit(newUnitOccupancy("3-1201"), { actor: desk, at, handover: handover() });
    if (!handedOver.ok) throw new Error("handover");
    const moveIn = confirmMoveIn(handedOver.occupancy, { actor: desk, at, ...validData.moveIn });
    if (!moveIn.ok) throw new Error("move-in");
    const moveOut = confirmMoveOut(moveIn.occupancy, { actor: desk, at, date: "2026-11-15" });
    if (!moveOut.ok) throw new Error("move-out");
    const tenantIn = confirmMoveIn(moveOut.occupancy, {
      actor: desk,
      at,
      date: "2026-12-01",
      archive: archive(),
      residents: [{ name: "Zhao Min", relation: "tenant" }],
      tenant,
    });
    expect(tenantIn.ok && tenantIn.effects.billing[0]).toMatchObject({
      kind: "occupancyStarts",
      vacantDays: 16,
    });
  });
});
