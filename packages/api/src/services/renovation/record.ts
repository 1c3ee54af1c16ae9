import type {
  Renovation,
  RenovationStatus,
  RenovationViolation,
  RenovationViolationStatus,
} from "@wuye/domain";
import { domainHistory, rebuildRecord, type StoredEvent } from "./stored-record.ts";

/**
 * The renovation 装修 and violation 违章 records as the domain knows them, rebuilt from their
 * rows and history events (see `stored-record.ts`). Pure: the schema's field resolvers use the
 * same functions on events loaded in one batch per page.
 */

/** Renovation fields a history event may carry (what `advanceRenovation` writes on the record). */
export const RENOVATION_RECORD_FIELDS = [
  "application",
  "appliedAt",
  "review",
  "decision",
  "ownerConfirmation",
  "payment",
  "permit",
  "entryInspection",
  "completion",
  "acceptedOn",
  "depositRefundableFrom",
  "depositSettlement",
] as const satisfies readonly (keyof Renovation)[];

/** The renovation as the domain knows it; undefined for a row whose file was never recorded. */
export function renovationFromHistory(
  row: { readonly id: string; readonly unitId: string; readonly status: RenovationStatus },
  events: readonly StoredEvent[],
): Renovation | undefined {
  const stored = rebuildRecord<Renovation>(events, RENOVATION_RECORD_FIELDS, "application");
  if (!stored?.application || !stored.appliedAt) return undefined;
  return {
    ...stored,
    id: row.id,
    unitId: row.unitId,
    status: row.status,
    application: stored.application,
    appliedAt: stored.appliedAt,
    history: domainHistory<RenovationStatus>(events, "renovation"),
  };
}

/** Violation fields a history event may carry (the recorded violation, then each step's). */
export const VIOLATION_RECORD_FIELDS = [
  "type",
  "label",
  "observedAt",
  "observedOn",
  "observedBy",
  "description",
  "rectificationRequired",
  "rectifyBy",
  "classification",
  "penalty",
  "authorityReport",
  "noticeSignatures",
  "signedOff",
  "rectifiedOn",
] as const satisfies readonly (keyof RenovationViolation)[];

/** A violation as the domain knows it; undefined when it was not recorded through the domain. */
export function violationFromHistory(
  row: {
    readonly id: string;
    readonly applicationId: string;
    readonly status: RenovationViolationStatus;
  },
  unitId: string,
  events: readonly StoredEvent[],
): RenovationViolation | undefined {
  const stored = rebuildRecord<RenovationViolation>(events, VIOLATION_RECORD_FIELDS, "classification");
  if (!stored?.classification || !stored.penalty || !stored.observedOn) return undefined;
  return {
    ...(stored as Omit<RenovationViolation, "id" | "renovationId" | "unitId" | "status" | "history">),
    id: row.id,
    renovationId: row.applicationId,
    unitId,
    status: row.status,
    history: domainHistory<RenovationViolationStatus>(events, "renovation violation"),
  };
}
