import { randomBytes } from "node:crypto";
import {
  businessDateOf,
  type CarrierRelation,
  type ConsentCallOutcome,
  checkReleaseConsents,
  type PhonedConsent,
  type ReleaseItemCategory,
  type ReleasePass,
  type ReleaseReason,
  releasePassWorkflow,
  requestReleasePass,
  workflowErrors,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { appendHistoryEvent, StaleTransitionError } from "../../db/index.ts";
import { ForbiddenError, NotFoundError, RefusalError } from "../../errors/index.ts";
import { changedFields, encodeRecordData } from "../renovation/stored-record.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext, writeStep } from "../support.ts";
import { estateReleasePolicy, loadReleasePass } from "./load.ts";

/**
 * At the desk (R-REL-1, R-REL-2, R-REL-4): a pass is written — by the desk, or asked for online
 * by a resident of the unit — and the desk writes its consent calls on it before deciding.
 */

/** The desk that writes passes, phones for consent and decides (R-REL-4). */
export const RELEASE_DESK_ROLES = staffRolesFor(releasePassWorkflow, "approve");

export interface ReleaseConsentInput {
  readonly calledAt?: Date | null;
  readonly contactName: string;
  readonly phone: string;
  readonly outcome: ConsentCallOutcome;
  readonly answer?: string | null;
}

function phonedConsent(sc: ServiceContext, input: ReleaseConsentInput): PhonedConsent {
  return {
    calledAt: input.calledAt ?? sc.now,
    // The desk officer who phoned is the one writing it down.
    calledBy: sc.viewer.name ?? "",
    contactName: input.contactName,
    phone: input.phone,
    outcome: input.outcome,
    ...(input.answer ? { answer: input.answer } : {}),
  };
}

/** The owner's call as the pass's columns show it (R-REL-4). */
function ownerConsentColumns(consent: PhonedConsent | undefined) {
  return {
    ownerConsent: consent?.outcome ?? null,
    ownerCalledAt: consent?.calledAt ?? null,
    ownerAnswer: consent?.answer ?? null,
  };
}

export interface ReleasePassRequestInput {
  readonly unitId: GlobalId;
  readonly carrier: {
    readonly name: string;
    readonly identityNumber: string;
    readonly relation: CarrierRelation;
    readonly phone?: string | null;
    readonly company?: string | null;
  };
  readonly items: readonly {
    readonly description: string;
    readonly category: ReleaseItemCategory;
    readonly quantity: number;
  }[];
  readonly reason: ReleaseReason;
  readonly companyGoods?: boolean | null;
  readonly ownerConsent?: ReleaseConsentInput | null;
  readonly companyConsent?: ReleaseConsentInput | null;
}

function passNumber(sc: ServiceContext): string {
  const day = businessDateOf(sc.now).replaceAll("-", "");
  return `P${day}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** R-REL-1/2: a pass is written with the carrier, each item and quantity, and the reason. */
export async function requestPass(sc: ServiceContext, input: ReleasePassRequestInput) {
  const { viewer } = sc;
  const unitId = idOf(input.unitId, "Unit", "unit", ["input", "unitId"]);
  const unit = await sc.prisma.unit.findUnique({
    where: { id: unitId },
    select: { id: true, estate: { select: { id: true, timeZone: true, policy: true } } },
  });
  if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  const estateId = unit.estate.id;
  if (viewer.kind === "resident") {
    if (!viewer.livesIn(unitId)) throw new NotFoundError("unit", ["input", "unitId"]);
    // Consent calls are the desk's to make and write down (R-REL-4).
    if (input.ownerConsent || input.companyConsent) throw new ForbiddenError();
  } else if (viewer.kind === "staff") {
    if (!viewer.isStaffIn(estateId)) throw new NotFoundError("unit", ["input", "unitId"]);
    ensure(viewer.isStaffIn(estateId, RELEASE_DESK_ROLES));
  } else {
    throw new ForbiddenError(viewer.isAuthenticated ? "API_FORBIDDEN" : "AUTH_REQUIRED");
  }
  const policy = estateReleasePolicy(unit.estate);
  const id = uuidv7();
  const carrier = {
    name: input.carrier.name,
    identityNumber: input.carrier.identityNumber,
    relation: input.carrier.relation,
    ...(input.carrier.phone ? { phone: input.carrier.phone } : {}),
    ...(input.carrier.company ? { company: input.carrier.company } : {}),
  };
  const ownerConsent = input.ownerConsent ? phonedConsent(sc, input.ownerConsent) : undefined;
  const companyConsent = input.companyConsent ? phonedConsent(sc, input.companyConsent) : undefined;
  const pass = callDomain(() =>
    requestReleasePass(
      {
        id,
        unitId,
        carrier,
        items: input.items.map((i) => ({
          description: i.description,
          category: i.category,
          quantity: i.quantity,
        })),
        reason: input.reason,
        ...(input.companyGoods != null ? { companyGoods: input.companyGoods } : {}),
        ...(ownerConsent ? { ownerConsent } : {}),
        ...(companyConsent ? { companyConsent } : {}),
      },
      { at: sc.now, policy },
    ),
  );
  const actor = viewer.actorIn(estateId, RELEASE_DESK_ROLES);
  const { id: _id, status: _status, ...stored } = pass;
  await sc.prisma.$transaction(async (tx) => {
    await tx.releasePass.create({
      data: {
        id,
        estateId,
        unitId,
        number: passNumber(sc),
        carrierName: carrier.name,
        carrierIdNumber: carrier.identityNumber || null,
        carrierRelation: carrier.relation,
        reason: pass.reason,
        status: pass.status,
        ...ownerConsentColumns(ownerConsent),
        items: {
          create: pass.items.map((item, index) => ({
            position: index + 1,
            description: item.description,
            quantity: item.quantity,
          })),
        },
      },
    });
    await appendHistoryEvent(tx, id, {
      workflow: "release pass",
      action: "request",
      from: pass.status,
      to: pass.status,
      actor,
      at: sc.now,
      data: encodeRecordData(stored),
    });
  });
  return { passId: id, pass };
}

export interface ReleasePassStepInput {
  readonly passId: GlobalId;
  readonly expectedVersion?: number | null;
}

export interface ReleasePassConsentInput extends ReleasePassStepInput, ReleaseConsentInput {
  readonly party: "owner" | "company";
}

/**
 * R-REL-4: the desk writes a phone call on the pass — when, to whom, the answer — before it
 * decides. Kept beside the flow: the pass stays `requested`.
 */
export async function recordPassConsent(sc: ServiceContext, input: ReleasePassConsentInput) {
  const loaded = await loadReleasePass(sc, input.passId);
  const { row, pass } = loaded;
  ensure(sc.viewer.isStaffIn(row.estateId, RELEASE_DESK_ROLES));
  if (pass.status !== "requested") {
    throw new RefusalError([
      workflowErrors.WORKFLOW_ACTION_NOT_ALLOWED.refuse({
        workflow: "release pass",
        action: "recordConsent",
        state: pass.status,
      }),
    ]);
  }
  const consent = phonedConsent(sc, input);
  const key = input.party === "owner" ? "ownerConsent" : "companyConsent";
  const updated: ReleasePass = { ...pass, [key]: consent };
  // The call must be one the desk could have made: dated, not after now, every field written.
  callDomain(() => checkReleaseConsents(updated, sc.now, loaded.today, loaded.policy.timeZone));
  const actor = sc.viewer.actorIn(row.estateId, RELEASE_DESK_ROLES);
  await writeStep("release pass", () =>
    sc.prisma.$transaction(async (tx) => {
      const moved = await tx.releasePass.updateMany({
        where: { id: row.id, status: row.status, version: input.expectedVersion ?? row.version },
        data: {
          ...(input.party === "owner" ? ownerConsentColumns(consent) : {}),
          version: { increment: 1 },
        },
      });
      if (moved.count !== 1) throw new StaleTransitionError("release pass", row.id, row.status);
      await appendHistoryEvent(tx, row.id, {
        workflow: "release pass",
        action: "recordConsent",
        from: row.status,
        to: row.status,
        actor,
        at: sc.now,
        data: encodeRecordData(changedFields(pass, updated)),
      });
    }),
  );
  return { passId: row.id, pass: updated };
}
