import type { WuyeTx } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Bulk loading for the seed. Prisma's `createMany` measured about 2,000 rows a second here (on
 * PostgreSQL and PGlite alike), which would take over an hour for the 100,000-unit benchmark;
 * one `INSERT … SELECT … FROM jsonb_populate_recordset(NULL::"Table", $1)` per batch lets
 * PostgreSQL read a whole batch from one JSON parameter with each column's own type, at about
 * 25,000 rows a second on PostgreSQL and 12,000 on PGlite — and goes through the same Prisma
 * transaction, so the seed still commits whole or not at all.
 */

/** A column value as the seed writes it: JSON nulls are plain `null`, decimals are strings. */
type SeedValue<V> = V extends Prisma.NullableJsonNullValueInput | Prisma.JsonNullValueInput
  ? null
  : V extends Prisma.DecimalJsLike
    ? string
    : V;

/** A row of a table, typed by Prisma's create input: decimals as exact strings, ids chosen by the seed. */
export type SeedRow<T> = {
  [K in keyof T]: K extends "id" ? string : SeedValue<T[K]>;
} & ("id" extends keyof T ? { id: string } : unknown);

/** Every table the seed writes, in the order foreign keys need (parents first). */
export interface SeedTables {
  Company: SeedRow<Prisma.CompanyCreateManyInput>;
  Estate: SeedRow<Prisma.EstateCreateManyInput>;
  Building: SeedRow<Prisma.BuildingCreateManyInput>;
  TakeoverInspection: SeedRow<Prisma.TakeoverInspectionCreateManyInput>;
  TakeoverDefect: SeedRow<Prisma.TakeoverDefectCreateManyInput>;
  Person: SeedRow<Prisma.PersonCreateManyInput>;
  User: SeedRow<Prisma.UserCreateManyInput>;
  StaffAssignment: SeedRow<Prisma.StaffAssignmentCreateManyInput>;
  Credential: SeedRow<Prisma.CredentialCreateManyInput>;
  Unit: SeedRow<Prisma.UnitCreateManyInput>;
  UnitHandover: SeedRow<Prisma.UnitHandoverCreateManyInput>;
  Occupancy: SeedRow<Prisma.OccupancyCreateManyInput>;
  FeeItem: SeedRow<Prisma.FeeItemCreateManyInput>;
  FeeStandard: SeedRow<Prisma.FeeStandardCreateManyInput>;
  Meter: SeedRow<Prisma.MeterCreateManyInput>;
  MeterReading: SeedRow<Prisma.MeterReadingCreateManyInput>;
  Bill: SeedRow<Prisma.BillCreateManyInput>;
  BillLine: SeedRow<Prisma.BillLineCreateManyInput>;
  Payment: SeedRow<Prisma.PaymentCreateManyInput>;
  CreditEntry: SeedRow<Prisma.CreditEntryCreateManyInput>;
  PaymentAllocation: SeedRow<Prisma.PaymentAllocationCreateManyInput>;
  CollectionAttempt: SeedRow<Prisma.CollectionAttemptCreateManyInput>;
  Vehicle: SeedRow<Prisma.VehicleCreateManyInput>;
  ParkingSpace: SeedRow<Prisma.ParkingSpaceCreateManyInput>;
  Visitor: SeedRow<Prisma.VisitorCreateManyInput>;
  ServiceRequest: SeedRow<Prisma.ServiceRequestCreateManyInput>;
  Complaint: SeedRow<Prisma.ComplaintCreateManyInput>;
  RepairOrder: SeedRow<Prisma.RepairOrderCreateManyInput>;
  RepairQuote: SeedRow<Prisma.RepairQuoteCreateManyInput>;
  RepairReturnVisit: SeedRow<Prisma.RepairReturnVisitCreateManyInput>;
  RenovationApplication: SeedRow<Prisma.RenovationApplicationCreateManyInput>;
  RenovationDocument: SeedRow<Prisma.RenovationDocumentCreateManyInput>;
  RenovationApproval: SeedRow<Prisma.RenovationApprovalCreateManyInput>;
  RenovationInspection: SeedRow<Prisma.RenovationInspectionCreateManyInput>;
  RenovationViolation: SeedRow<Prisma.RenovationViolationCreateManyInput>;
  RenovationPenalty: SeedRow<Prisma.RenovationPenaltyCreateManyInput>;
  RenovationDeposit: SeedRow<Prisma.RenovationDepositCreateManyInput>;
  RenovationDepositSettlement: SeedRow<Prisma.RenovationDepositSettlementCreateManyInput>;
  Refund: SeedRow<Prisma.RefundCreateManyInput>;
  ReleasePass: SeedRow<Prisma.ReleasePassCreateManyInput>;
  ReleasePassItem: SeedRow<Prisma.ReleasePassItemCreateManyInput>;
  Facility: SeedRow<Prisma.FacilityCreateManyInput>;
  MaintenancePlan: SeedRow<Prisma.MaintenancePlanCreateManyInput>;
  MaintenanceRecord: SeedRow<Prisma.MaintenanceRecordCreateManyInput>;
  PatrolRoute: SeedRow<Prisma.PatrolRouteCreateManyInput>;
  PatrolCheckpoint: SeedRow<Prisma.PatrolCheckpointCreateManyInput>;
  PatrolRound: SeedRow<Prisma.PatrolRoundCreateManyInput>;
  PatrolCheck: SeedRow<Prisma.PatrolCheckCreateManyInput>;
  EmergencyPlan: SeedRow<Prisma.EmergencyPlanCreateManyInput>;
  EmergencyDrill: SeedRow<Prisma.EmergencyDrillCreateManyInput>;
  Incident: SeedRow<Prisma.IncidentCreateManyInput>;
  IncidentAction: SeedRow<Prisma.IncidentActionCreateManyInput>;
  Announcement: SeedRow<Prisma.AnnouncementCreateManyInput>;
  AnnouncementBuilding: SeedRow<Prisma.AnnouncementBuildingCreateManyInput>;
  CommunityEvent: SeedRow<Prisma.CommunityEventCreateManyInput>;
  CommunityEventRegistration: SeedRow<Prisma.CommunityEventRegistrationCreateManyInput>;
  Survey: SeedRow<Prisma.SurveyCreateManyInput>;
  SurveyResponse: SeedRow<Prisma.SurveyResponseCreateManyInput>;
  AssemblyVote: SeedRow<Prisma.AssemblyVoteCreateManyInput>;
  AssemblyVoter: SeedRow<Prisma.AssemblyVoterCreateManyInput>;
  AssemblyBallot: SeedRow<Prisma.AssemblyBallotCreateManyInput>;
  MaintenanceFundUse: SeedRow<Prisma.MaintenanceFundUseCreateManyInput>;
  MaintenanceFundEntry: SeedRow<Prisma.MaintenanceFundEntryCreateManyInput>;
  WorkflowEvent: SeedRow<Prisma.WorkflowEventCreateManyInput>;
  AuditLog: SeedRow<Prisma.AuditLogCreateManyInput>;
}

export type SeedTable = keyof SeedTables;

/** Parents before children: the order the tables are flushed in (the interface's order). */
export const SEED_TABLE_ORDER: readonly SeedTable[] = [
  "Company",
  "Estate",
  "Building",
  "TakeoverInspection",
  "TakeoverDefect",
  "Person",
  "User",
  "StaffAssignment",
  "Credential",
  "Unit",
  "UnitHandover",
  "Occupancy",
  "FeeItem",
  "FeeStandard",
  "Meter",
  "MeterReading",
  "Bill",
  "BillLine",
  "Payment",
  "CreditEntry",
  "PaymentAllocation",
  "CollectionAttempt",
  "Vehicle",
  "ParkingSpace",
  "Visitor",
  "ServiceRequest",
  "Complaint",
  "RepairOrder",
  "RepairQuote",
  "RepairReturnVisit",
  "RenovationApplication",
  "RenovationDocument",
  "RenovationApproval",
  "RenovationInspection",
  "RenovationViolation",
  "RenovationPenalty",
  "RenovationDeposit",
  "RenovationDepositSettlement",
  "Refund",
  "ReleasePass",
  "ReleasePassItem",
  "Facility",
  "MaintenancePlan",
  "MaintenanceRecord",
  "PatrolRoute",
  "PatrolCheckpoint",
  "PatrolRound",
  "PatrolCheck",
  "EmergencyPlan",
  "EmergencyDrill",
  "Incident",
  "IncidentAction",
  "Announcement",
  "AnnouncementBuilding",
  "CommunityEvent",
  "CommunityEventRegistration",
  "Survey",
  "SurveyResponse",
  "AssemblyVote",
  "AssemblyVoter",
  "AssemblyBallot",
  "MaintenanceFundUse",
  "MaintenanceFundEntry",
  "WorkflowEvent",
  "AuditLog",
];

/** Rows per INSERT: a few megabytes of JSON, well inside PostgreSQL's and PGlite's limits. */
const DEFAULT_BATCH_ROWS = 5_000;

/**
 * Collects rows per table and writes them in foreign-key order. Every row of a table must name
 * the same columns (a value may be `null`); a column no row names keeps its database default.
 */
export class BulkWriter {
  private buffers = new Map<SeedTable, object[]>();
  private readonly written = new Map<SeedTable, number>();

  constructor(private readonly batchRows: number = DEFAULT_BATCH_ROWS) {}

  add<T extends SeedTable>(table: T, row: SeedTables[T]): void {
    const buffer = this.buffers.get(table);
    if (buffer) buffer.push(row);
    else this.buffers.set(table, [row]);
  }

  /** Rows added and not yet written. */
  get pending(): number {
    let count = 0;
    for (const rows of this.buffers.values()) count += rows.length;
    return count;
  }

  /** Rows written so far, per table. */
  counts(): ReadonlyMap<SeedTable, number> {
    return this.written;
  }

  /**
   * Writes every row buffered so far, parents first, inside the caller's transaction. Rows added
   * while it runs wait for the next flush, so the next chunk can be computed during this one.
   */
  async flush(tx: WuyeTx): Promise<void> {
    const buffers = this.buffers;
    this.buffers = new Map();
    for (const table of SEED_TABLE_ORDER) {
      const rows = buffers.get(table);
      if (!rows || rows.length === 0) continue;
      for (let start = 0; start < rows.length; start += this.batchRows) {
        await insertBatch(tx, table, rows.slice(start, start + this.batchRows));
      }
      this.written.set(table, (this.written.get(table) ?? 0) + rows.length);
    }
  }
}

async function insertBatch(tx: WuyeTx, table: SeedTable, rows: readonly object[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).filter((key) => (first as Record<string, unknown>)[key] !== undefined);
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    // A column missing from some rows would be written as NULL, not as its default: refuse it.
    let present = 0;
    for (const key in record) if (record[key] !== undefined) present += 1;
    if (present !== columns.length || columns.some((column) => record[column] === undefined)) {
      throw new Error(`seed: rows of "${table}" name different columns (${columns.join(", ")})`);
    }
  }
  const list = columns.map((column) => `"${column}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
    JSON.stringify(rows),
  );
}
