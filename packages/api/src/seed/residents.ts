import {
  addDays,
  computeHandoverPrepayment,
  confirmMoveIn,
  confirmMoveOut,
  handOverUnit,
  type IsoDate,
  newUnitOccupancy,
  type OccupancyPolicyInput,
  type OwnerArchive,
  parseQuantity,
  type Resident,
  registerTenant,
  type TenantRecord,
  type UnitOccupancy,
  type WorkflowEvent,
} from "@wuye/domain";
import { instantOn } from "./clock.ts";
import { actorOf, type EstateSeed, type PersonSeed, type SeedContext, type UnitPlan } from "./context.ts";
import { SHANGHAI_OCCUPANCY_POLICY } from "./organisation.ts";
import type { People } from "./people.ts";
import {
  billableUnit,
  maxDate,
  type OccupancySegment,
  type UnitLife,
  unitRow,
  writeOccupancy,
} from "./unit-life.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

export { billableUnit, type OccupancySegment, segmentOn, type UnitLife } from "./unit-life.ts";

/** The estates' occupancy policy, as stored on them (no central heating in Shanghai, R-HND-2). */
const OCCUPANCY_POLICY: OccupancyPolicyInput = SHANGHAI_OCCUPANCY_POLICY;

/**
 * Writes a unit with its archive: the unit, its handover record 交房, its owner and the people
 * who lived there over time (owners, tenants, family), and the `unit occupancy` workflow walked
 * with the domain — hand over, move in, move out — each step's event in the history.
 */
export function writeUnitLife(
  ctx: SeedContext,
  people: People,
  estate: EstateSeed,
  plan: UnitPlan,
  demoTenant: PersonSeed,
): UnitLife {
  const { writer, ids } = ctx;
  const random = ctx.random.fork(`life:${plan.index}`);
  const created = instantOn(estate.key === "sunny" ? "2016-05-01" : "2022-08-01", 9);
  const staff = estate.staff;
  const desk = actorOf(random.pick(staff.customerService));
  // Each step's history line, with the data the API's occupancy service writes for it.
  const events: { event: WorkflowEvent; data: unknown }[] = [];
  const segments: OccupancySegment[] = [];
  const residents: PersonSeed[] = [];
  let occupancy: UnitOccupancy = newUnitOccupancy(plan.id);
  let moveInDate: IsoDate | undefined;
  let tenant: PersonSeed | undefined;

  const handover = plan.handoverDate;
  const owner = plan.owner;
  if (!handover || !owner) {
    writer.add("Unit", unitRow(plan, estate, "awaitingHandover", 0, null, created, created));
    return { plan, estate, status: "awaitingHandover", segments, residents };
  }
  const ownerOnly = plan.type !== "residential";
  people.write(owner, instantOn(handover, 9));

  // R-HND-2: the checklist with the owner; a defect keeps one key back for the rectification.
  const defect = random.chance(0.08);
  const handedOver = expectStep(
    handOverUnit(occupancy, {
      actor: desk,
      at: instantOn(handover, 10),
      policy: OCCUPANCY_POLICY,
      handover: {
        unitId: plan.id,
        handedOverOn: handover,
        identityVerifiedBy: desk.name ?? "客服",
        inspection: (OCCUPANCY_POLICY.handoverChecks ?? []).map((item) => ({
          item,
          result: defect && item === "fixtures" ? ("defect" as const) : ("ok" as const),
        })),
        defects: defect
          ? [{ id: `${plan.id}-d1`, item: "fixtures", description: "卫生间门框开裂", rectified: false }]
          : [],
        keysKeptBack: defect ? 1 : 0,
        receipt: {
          keysHandedOver: defect ? 2 : 3,
          ownersManual: true,
          renovationManual: true,
          signedBy: owner.name,
          signedAt: instantOn(handover, 10, 30),
        },
      },
    }),
    `handover of ${plan.number}`,
  );
  occupancy = handedOver.occupancy;
  events.push({
    event: handedOver.event,
    data: {
      date: handover,
      inspection: (handedOver.event.data as { handover: { inspection: unknown } }).handover.inspection,
      defects: defect ? [{ item: "fixtures", description: "卫生间门框开裂", rectified: false }] : [],
      keysKeptBack: defect ? 1 : 0,
      billing: handedOver.effects.billing,
    },
  });
  segments.push({ status: "vacant", since: handover, owner });

  // R-HND-3: six months collected in advance; each month billed as its monthly bill would be.
  const prepaid = computeHandoverPrepayment(estate.fees.schedule, billableUnit(plan));
  const prepayment = prepaid.ok ? prepaid.prepayment : undefined;
  writer.add("UnitHandover", {
    id: ids.next(),
    unitId: plan.id,
    handedOverOn: handover,
    prepaidFrom: prepayment?.coveredFrom ?? handover,
    prepaidUntil: prepayment?.coveredTo ?? handover,
    defects: defect ? [{ item: "fixtures", description: "卫生间门框开裂", rectified: true }] : [],
    keysHandedOver: defect ? 2 : 3,
    keyKeptBack: defect,
    documentsSigned: true,
    recordedById: desk.id,
    createdAt: instantOn(handover, 11),
  });
  const today = ctx.today;
  const firstMoveIn = addDays(handover, plan.building.phase === 2 ? random.int(30, 150) : random.int(7, 120));
  const sale =
    plan.story === "sold"
      ? maxDate(addDays(firstMoveIn, 60), addDays(today, -random.int(60, 700)))
      : undefined;
  // A seller's ownership ends the day before the buyer's begins.
  writeOccupancy(ctx, plan.id, owner, "owner", handover, sale ? addDays(sale, -1) : null);

  const archive = (who: PersonSeed): OwnerArchive => ({
    unitId: plan.id,
    ownerId: who.id,
    ownerName: who.name,
    phone: who.phone,
    identity: { kind: "residentIdCard", number: who.idNumber },
    buildingArea: parseQuantity(plan.area),
  });
  const moveIn = (
    date: IsoDate,
    who: PersonSeed,
    household: readonly PersonSeed[],
    record?: TenantRecord,
  ) => {
    const residentsList: Resident[] = household.map((person, i) => ({
      name: person.name,
      relation: record ? "tenant" : i === 0 ? "owner" : "familyMember",
    }));
    const step = expectStep(
      confirmMoveIn(occupancy, {
        actor: desk,
        at: instantOn(date, 15),
        date,
        archive: archive(who),
        residents: residentsList,
        ...(record ? { tenant: record } : {}),
      }),
      `move-in to ${plan.number}`,
    );
    occupancy = step.occupancy;
    // Names and relations only: the history is read by more people than personal data is (R-ARC-3).
    events.push({
      event: step.event,
      data: {
        date,
        occupant: step.occupancy.occupant,
        residents: residentsList.map(({ name, relation }) => ({ name, relation })),
        notify: step.effects.notify,
        billing: step.effects.billing,
      },
    });
    moveInDate = date;
  };
  const moveOut = (date: IsoDate) => {
    const step = expectStep(
      confirmMoveOut(occupancy, { actor: desk, at: instantOn(date, 16), date }),
      "move-out",
    );
    occupancy = step.occupancy;
    events.push({
      event: step.event,
      data: { date, billing: step.effects.billing, revokeAccessCards: step.effects.revokeAccessCards },
    });
    moveInDate = undefined;
  };
  const before = (date: IsoDate) => date < today;
  const household = (who: PersonSeed, from: IsoDate): PersonSeed[] => {
    const members = [who];
    if (!ownerOnly && random.chance(0.3)) {
      const family = people.create(random);
      people.write(family, instantOn(from, 9), false);
      writeOccupancy(ctx, plan.id, family, "familyMember", from, null);
      members.push(family);
    }
    return members;
  };
  const letTo = (from: IsoDate, until: IsoDate, who: PersonSeed, landlord: PersonSeed) => {
    people.write(who, instantOn(from, 9));
    const lease = `LEASE-${estate.code}-${plan.index}-${from.replaceAll("-", "")}`;
    const registered = registerTenant(
      {
        tenantId: who.id,
        unitId: plan.id,
        name: who.name,
        identity: { kind: "residentIdCard", number: who.idNumber },
        phone: who.phone,
        tenancy: { from, to: until },
        ownerCommitment: { signedBy: landlord.id, signedOn: addDays(from, -3) },
        lease: { reference: lease, period: { from, to: until } },
        safetyLetterSignedOn: addDays(from, -1),
      },
      archive(landlord),
      instantOn(addDays(from, -1), 14),
    );
    const record = expectStep(registered, "tenant registration").tenant;
    writer.add("Occupancy", {
      id: ids.next(),
      unitId: plan.id,
      personId: who.id,
      role: "tenant",
      startDate: from,
      endDate: until,
      ownerConfirmedAt: instantOn(addDays(from, -3), 11),
      leaseReference: lease,
      safetyLetterSignedAt: instantOn(addDays(from, -1), 14),
      createdAt: instantOn(addDays(from, -1), 14),
      updatedAt: instantOn(addDays(from, -1), 14),
    });
    moveIn(from, who, [who], record);
    segments.push({ status: "occupied", since: from, owner: landlord });
  };

  let currentOwner = owner;
  switch (plan.story) {
    case "ownerLives":
      if (before(firstMoveIn)) {
        residents.push(...household(owner, firstMoveIn));
        moveIn(firstMoveIn, owner, residents);
        segments.push({ status: "occupied", since: firstMoveIn, owner });
      }
      break;
    case "vacant":
      break;
    case "tenant": {
      const from =
        plan.demo === "tenant"
          ? addDays(today, -200)
          : maxDate(addDays(handover, 30), addDays(today, -random.int(30, 700)));
      tenant = plan.demo === "tenant" ? demoTenant : people.create(random);
      letTo(from, addDays(from, random.chance(0.5) ? 729 : 1094), tenant, owner);
      residents.push(tenant);
      break;
    }
    case "formerTenant": {
      const from = maxDate(addDays(handover, 30), addDays(today, -random.int(430, 900)));
      const until = addDays(from, 364);
      letTo(from, until, people.create(random), owner);
      moveOut(addDays(until, 1));
      segments.push({ status: "vacant", since: addDays(until, 1), owner });
      if (random.chance(0.5)) {
        const back = addDays(until, random.int(10, 25));
        residents.push(...household(owner, back));
        moveIn(back, owner, residents);
        segments.push({ status: "occupied", since: back, owner });
      }
      break;
    }
    case "sold": {
      if (!sale) break;
      moveIn(firstMoveIn, owner, [owner]);
      segments.push({ status: "occupied", since: firstMoveIn, owner });
      moveOut(sale);
      const buyer = people.create(random);
      people.write(buyer, instantOn(sale, 9));
      writeOccupancy(ctx, plan.id, buyer, "owner", sale, null);
      segments.push({ status: "vacant", since: sale, owner: buyer });
      const moved = addDays(sale, random.int(7, 30));
      if (before(moved)) {
        residents.push(...household(buyer, moved));
        moveIn(moved, buyer, residents);
        segments.push({ status: "occupied", since: moved, owner: buyer });
      }
      currentOwner = buyer;
      break;
    }
  }

  for (const { event, data } of events) writeWorkflowEvent(ctx.writer, ctx.ids, plan.id, event, data);
  const last = events.at(-1)?.event.at ?? created;
  writer.add(
    "Unit",
    unitRow(plan, estate, occupancy.status, events.length, moveInDate ?? null, created, last),
  );
  return {
    plan,
    estate,
    status: occupancy.status,
    segments,
    owner: currentOwner,
    ...(tenant && occupancy.status === "occupied" ? { tenant } : {}),
    residents,
    ...(prepayment ? { prepayment } : {}),
  };
}
