import {
  type HandoverCheckItem,
  handOverUnit,
  type OccupancyEffects,
  type UnitHandover,
  unitOccupancyWorkflow,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { recordTransition, toJsonValue } from "../../db/index.ts";
import { dateColumn, isoOf } from "../estate-dates.ts";
import { createHandoverPrepayment, type HandoverPrepaymentResult } from "../fees/prepayment.ts";
import { accepted, callDomain, type GlobalId, type ServiceContext, writeStep } from "../support.ts";
import { loadUnitForStep, unitOccupancyOf } from "./unit-records.ts";

/**
 * Unit handover 交房 (R-HND-2, R-HND-3), the application service: the checklist filled in with the
 * owner goes to the domain's `handOverUnit`; when it is complete the unit becomes vacant, its
 * fees start on the handover date, and the handover record, the prepayment bills (the fees area's
 * `createHandoverPrepayment`) and the history line are written in one transaction.
 */

export interface UnitHandOverInput {
  readonly unitId: GlobalId;
  readonly handedOverOn: Date;
  readonly identityVerifiedBy?: string | null;
  readonly inspection: readonly { readonly item: HandoverCheckItem; readonly result: "ok" | "defect" }[];
  readonly defects?:
    | readonly {
        readonly item: HandoverCheckItem;
        readonly description: string;
        readonly rectified?: boolean | null;
      }[]
    | null;
  readonly keysKeptBack?: number | null;
  readonly receipt?: {
    readonly keysHandedOver: number;
    readonly ownersManual: boolean;
    readonly renovationManual: boolean;
    readonly signedBy: string;
    readonly signedAt?: Date | null;
  } | null;
  readonly expectedVersion?: number | null;
}

export interface UnitStepResult {
  readonly unitId: string;
  readonly effects: OccupancyEffects;
  /** R-HND-3: the prepayment issued at handover (the fees area's result). */
  readonly prepayment?: HandoverPrepaymentResult;
}

export async function handOverUnitStep(
  sc: ServiceContext,
  input: UnitHandOverInput,
): Promise<UnitStepResult> {
  const loaded = await loadUnitForStep(sc, input.unitId);
  const { unit } = loaded;
  const actor = sc.viewer.actorIn(unit.estateId, staffRolesFor(unitOccupancyWorkflow, "handOver"));
  const handedOverOn = isoOf(input.handedOverOn);
  const defects = (input.defects ?? []).map((d) => ({
    id: uuidv7(),
    item: d.item,
    description: d.description,
    rectified: d.rectified ?? false,
  }));
  const receipt = input.receipt;
  const handover: UnitHandover = {
    unitId: unit.id,
    handedOverOn,
    ...(input.identityVerifiedBy ? { identityVerifiedBy: input.identityVerifiedBy } : {}),
    inspection: input.inspection,
    defects,
    keysKeptBack: input.keysKeptBack ?? 0,
    ...(receipt
      ? {
          receipt: {
            keysHandedOver: receipt.keysHandedOver,
            ownersManual: receipt.ownersManual,
            renovationManual: receipt.renovationManual,
            signedBy: receipt.signedBy,
            signedAt: receipt.signedAt ?? sc.now,
          },
        }
      : {}),
  };
  const step = accepted(
    callDomain(() =>
      handOverUnit(unitOccupancyOf(loaded), { actor, at: sc.now, handover, policy: loaded.policy }),
    ),
  );
  const prepayment = await writeStep("unit", () =>
    sc.prisma.$transaction(async (tx) => {
      await recordTransition(tx, {
        recordId: unit.id,
        // The history keeps the checklist's outcome, not the owner's documents.
        event: {
          ...step.event,
          workflow: "unit occupancy",
          data: {
            date: handedOverOn,
            inspection: handover.inspection,
            defects: defects.map(({ item, description, rectified }) => ({ item, description, rectified })),
            keysKeptBack: handover.keysKeptBack,
            billing: step.effects.billing,
          },
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: { handoverDate: dateColumn(handedOverOn) },
      });
      // R-HND-3: fees start on the handover date and six months are collected in advance; the
      // prepayment bills are issued in this transaction, so the handover and its bills stand or
      // fall together (no fee standard in force refuses the handover with the fees area's code).
      const prepaid = await createHandoverPrepayment(sc, unit.id, { tx });
      await tx.unitHandover.create({
        data: {
          unitId: unit.id,
          handedOverOn: dateColumn(handedOverOn),
          prepaidFrom: dateColumn(prepaid.coveredFrom),
          prepaidUntil: dateColumn(prepaid.coveredTo),
          defects: toJsonValue(defects),
          keysHandedOver: receipt?.keysHandedOver ?? 0,
          keyKeptBack: handover.keysKeptBack > 0,
          documentsSigned: Boolean(
            receipt?.ownersManual && receipt.renovationManual && receipt.signedBy.trim(),
          ),
          recordedById: sc.viewer.userId ?? actor.id,
        },
      });
      return prepaid;
    }),
  );
  return { unitId: unit.id, effects: step.effects, prepayment };
}
