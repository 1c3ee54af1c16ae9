import { randomBytes } from "node:crypto";
import {
  businessDateOf,
  openRenovation,
  type Refusal,
  renovationWorkflow,
  reviewRenovationApplication,
  workflowErrors,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { appendHistoryEvent, StaleTransitionError } from "../../db/index.ts";
import { ForbiddenError, NotFoundError, RefusalError } from "../../errors/index.ts";
import { inForceOn, todayColumn } from "../estate-dates.ts";
import { ensure, type GlobalId, idOf, type ServiceContext, writeStep } from "../support.ts";
import {
  applicationOf,
  type RenovationApplyInput,
  type RenovationFileInput,
  renovationColumns,
  writeFileRows,
} from "./file.ts";
import { loadRenovation } from "./load.ts";
import { estateRenovationSettings } from "./policy.ts";
import { changedFields, encodeRecordData } from "./stored-record.ts";

/**
 * R-REN-1/2/4: an owner (or an agent with the owner's power of attorney, at the desk) applies
 * for a renovation of their unit; customer service compiles the file, amending it until it is
 * complete. Nothing is refused here: the completeness check runs when the review starts
 * (`renovationStartReview`), and every finding comes back with the application meanwhile.
 */

/** Staff who take a renovation application down and compile its file (R-REN-3). */
export const RENOVATION_DESK_ROLES = staffRolesFor(renovationWorkflow, "startReview");

export type { RenovationApplyInput, RenovationDocumentInput, RenovationFileInput } from "./file.ts";

function renovationNumber(sc: ServiceContext): string {
  const day = businessDateOf(sc.now).replaceAll("-", "");
  return `R${day}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

/** Who applies for the unit: its owner online, or the desk for the owner (R-REN-1). */
async function applicantOf(sc: ServiceContext, unitId: string, estateId: string) {
  const { viewer } = sc;
  if (viewer.kind === "resident") {
    const owns = viewer.units.some((u) => u.unitId === unitId && u.role === "owner");
    if (!owns || !viewer.personId) throw new NotFoundError("unit", ["input", "unitId"]);
    return viewer.personId;
  }
  if (viewer.kind !== "staff")
    throw new ForbiddenError(viewer.isAuthenticated ? "API_FORBIDDEN" : "AUTH_REQUIRED");
  if (!viewer.isStaffIn(estateId)) throw new NotFoundError("unit", ["input", "unitId"]);
  ensure(viewer.isStaffIn(estateId, RENOVATION_DESK_ROLES));
  // The application is the owner's, whoever brings it: the unit's current owner.
  const day = todayColumn(sc.now);
  const owner = await sc.prisma.occupancy.findFirst({
    where: {
      unitId,
      role: "owner",
      ...inForceOn(day),
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { personId: true },
  });
  if (!owner) throw new NotFoundError("owner of the unit", ["input", "unitId"]);
  return owner.personId;
}

/** R-REN-1: records an application in `applied`, with what the review would find today. */
export async function applyForRenovation(sc: ServiceContext, input: RenovationApplyInput) {
  const unitId = idOf(input.unitId, "Unit", "unit", ["input", "unitId"]);
  const unit = await sc.prisma.unit.findUnique({
    where: { id: unitId },
    select: { id: true, estate: { select: { id: true, timeZone: true, policy: true } } },
  });
  if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  const applicantId = await applicantOf(sc, unitId, unit.estate.id);
  const actor = sc.viewer.actorIn(unit.estate.id, [...RENOVATION_DESK_ROLES]);
  const { policy } = estateRenovationSettings(unit.estate);
  const id = uuidv7();
  const application = applicationOf(unitId, input, undefined, sc.now);
  const renovation = openRenovation({ id, application, appliedAt: sc.now });
  await sc.prisma.$transaction(async (tx) => {
    await tx.renovationApplication.create({
      data: {
        id,
        estateId: unit.estate.id,
        unitId,
        applicantId,
        number: renovationNumber(sc),
        scope: input.scope,
        contractorName: application.contractor.name,
        submittedAt: sc.now,
        status: renovation.status,
        ...renovationColumns(application, input),
      },
    });
    await writeFileRows(tx, id, input, sc.now);
    await appendHistoryEvent(tx, id, {
      workflow: "renovation",
      action: "apply",
      from: renovation.status,
      to: renovation.status,
      actor,
      at: sc.now,
      data: encodeRecordData({ application, appliedAt: renovation.appliedAt }),
    });
  });
  return {
    renovationId: id,
    findings: reviewRenovationApplication(application, businessDateOf(sc.now, policy.timeZone)),
  };
}

export interface RenovationAmendInput extends RenovationFileInput {
  readonly renovationId: GlobalId;
  readonly expectedVersion?: number | null;
}

/** The file may change until the decision (authority approvals may arrive during the review). */
const AMENDABLE = new Set(["applied", "underReview"]);

/**
 * R-REN-1/2: customer service (or the owner, online) completes the file — documents, drawings,
 * signatures, authority approvals, work items. A record kept beside the flow: the state stays,
 * the history gains a line with the amended application.
 */
export async function amendRenovation(sc: ServiceContext, input: RenovationAmendInput) {
  const loaded = await loadRenovation(sc, input.renovationId);
  const { row, renovation } = loaded;
  if (sc.viewer.kind === "staff") ensure(sc.viewer.isStaffIn(row.estateId, RENOVATION_DESK_ROLES));
  if (!AMENDABLE.has(renovation.status)) {
    throw new RefusalError([
      workflowErrors.WORKFLOW_ACTION_NOT_ALLOWED.refuse({
        workflow: "renovation",
        action: "amend",
        state: renovation.status,
      }),
    ]);
  }
  const application = applicationOf(row.unitId, input, renovation.application, sc.now);
  const actor = sc.viewer.actorIn(row.estateId, [...RENOVATION_DESK_ROLES]);
  const changes = changedFields(renovation, { ...renovation, application });
  await writeStep("renovation", () =>
    sc.prisma.$transaction(async (tx) => {
      // Compare-and-set on the version, so two desks cannot amend over each other.
      const moved = await tx.renovationApplication.updateMany({
        where: {
          id: row.id,
          status: row.status,
          version: input.expectedVersion ?? row.version,
        },
        data: { ...renovationColumns(application, input), version: { increment: 1 } },
      });
      if (moved.count !== 1) {
        throw new StaleTransitionError(
          "renovation",
          row.id,
          row.status,
          input.expectedVersion ?? row.version,
        );
      }
      await writeFileRows(tx, row.id, input, sc.now);
      await appendHistoryEvent(tx, row.id, {
        workflow: "renovation",
        action: "amend",
        from: renovation.status,
        to: renovation.status,
        actor,
        at: sc.now,
        data: encodeRecordData(changes),
      });
    }),
  );
  const findings: readonly Refusal[] = reviewRenovationApplication(application, loaded.today);
  return { renovationId: row.id, findings };
}
