import {
  type Refusal,
  type RenovationInspectingDepartment,
  type RenovationStatus,
  renovationErrors,
} from "@wuye/domain";
import { appendHistoryEvent } from "../../db/index.ts";
import { RefusalError } from "../../errors/index.ts";
import { dateColumn } from "../estate-dates.ts";
import type { GlobalId, ServiceContext } from "../support.ts";
import { loadRenovation } from "./load.ts";

/**
 * R-REN-7: customer service, engineering and security each inspect every active site daily,
 * with records. A round is kept beside the workflow (the state does not move) and listed on the
 * renovation, so `missedInspections` can name the rounds not on record.
 */

// R-REN-7: sites are inspected from the start of work until the work is accepted.
const ACTIVE_SITE: readonly RenovationStatus[] = ["inProgress", "completionApplied", "rectificationRequired"];

export interface RenovationInspectSiteInput {
  readonly renovationId: GlobalId;
  /** Defaults to today in the estate's time zone. */
  readonly inspectedOn?: Date | null;
  readonly findings?: string | null;
}

export async function inspectRenovationSite(sc: ServiceContext, input: RenovationInspectSiteInput) {
  const loaded = await loadRenovation(sc, input.renovationId);
  const { row, renovation, settings } = loaded;
  const departments: readonly string[] = settings.policy.dailyInspectionDepartments;
  const actor = sc.viewer.actorIn(row.estateId, departments);
  const refusals: Refusal[] = [];
  if (!departments.includes(actor.role)) {
    refusals.push(renovationErrors.REN_NOT_AN_INSPECTOR.refuse({ role: actor.role }, ["actor", "role"]));
  }
  if (!ACTIVE_SITE.includes(renovation.status)) {
    refusals.push(renovationErrors.REN_SITE_NOT_ACTIVE.refuse({ status: renovation.status }));
  }
  if (refusals.length > 0) throw new RefusalError(refusals);
  const inspectedOn = input.inspectedOn ?? dateColumn(loaded.today);
  const department = actor.role as RenovationInspectingDepartment;
  const findings = input.findings?.trim() || null;
  return sc.prisma.$transaction(async (tx) => {
    const inspection = await tx.renovationInspection.create({
      data: {
        applicationId: row.id,
        kind: "daily",
        department,
        inspectedOn,
        inspectedAt: sc.now,
        inspectorId: sc.viewer.userId ?? "",
        findings,
      },
      select: { id: true },
    });
    await appendHistoryEvent(tx, row.id, {
      workflow: "renovation",
      action: "inspectSite",
      from: renovation.status,
      to: renovation.status,
      actor,
      at: sc.now,
      data: { dailyInspection: { date: inspectedOn.toISOString().slice(0, 10), department, findings } },
    });
    return { renovationId: row.id, inspectionId: inspection.id };
  });
}
