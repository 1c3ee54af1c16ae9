import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY_MODELS, LEDGER_MODELS } from "../src/db/index.ts";
import { readCheckConstraints, readSchemaFacts, readTriggers, type SchemaFacts } from "./support/catalog.ts";
import { expectedSchemaFacts, POSTGRES_MAX_IDENTIFIER } from "./support/datamodel.ts";
import { openTestDatabase, type TestDatabase } from "./support/test-database.ts";

/**
 * No drift: a database built by the migrations in prisma/migrations is exactly what
 * prisma/schema.prisma describes (Prisma's DMMF), plus the integrity rules Prisma cannot express,
 * listed here by name (prisma/migrations/*_integrity/migration.sql).
 */
const CHECK_CONSTRAINTS = [
  "Announcement.Announcement_validity_check",
  "AssemblyVote.AssemblyVote_electorate_check",
  "AssemblyVote.AssemblyVote_period_check",
  "AssemblyVoter.AssemblyVoter_entry_check",
  "Bill.Bill_period_check",
  "Bill.Bill_total_check",
  "BillLine.BillLine_amount_check",
  "BillLine.BillLine_period_check",
  "BillLine.BillLine_quantity_check",
  "BillLine.BillLine_unitPrice_check",
  "CommunityEvent.CommunityEvent_budget_check",
  "CommunityEvent.CommunityEvent_period_check",
  "CommunityEventRegistration.CommunityEventRegistration_attendees_check",
  "Complaint.Complaint_complainantCount_check",
  "CreditEntry.CreditEntry_amount_check",
  "EmergencyDrill.EmergencyDrill_participants_check",
  "FeeStandard.FeeStandard_effective_period_check",
  "FeeStandard.FeeStandard_unitPrice_check",
  "MaintenanceFundEntry.MaintenanceFundEntry_amount_check",
  "MaintenanceFundEntry.MaintenanceFundEntry_use_check",
  "MaintenanceFundUse.MaintenanceFundUse_amount_check",
  "Meter.Meter_multiplier_check",
  "MeterReading.MeterReading_value_check",
  "Occupancy.Occupancy_period_check",
  "PatrolRoute.PatrolRoute_frequencyMinutes_check",
  "Payment.Payment_amount_check",
  "PaymentAllocation.PaymentAllocation_amount_check",
  "PaymentAllocation.PaymentAllocation_source_check",
  "Refund.Refund_amount_check",
  "ReleasePassItem.ReleasePassItem_quantity_check",
  "RenovationDeposit.RenovationDeposit_amount_check",
  "RenovationDepositSettlement.RenovationDepositSettlement_amounts_check",
  "RenovationPenalty.RenovationPenalty_amount_check",
  "RepairOrder.RepairOrder_repeatCount_check",
  "RepairQuote.RepairQuote_amounts_check",
  "StaffAssignment.StaffAssignment_period_check",
  "Survey.Survey_period_check",
  "Unit.Unit_buildingArea_check",
  "UnitHandover.UnitHandover_keysHandedOver_check",
  "UnitHandover.UnitHandover_prepaid_period_check",
];

/** The tables of the append-only models, as Prisma names them. */
const APPEND_ONLY_TABLES = [...LEDGER_MODELS, ...HISTORY_MODELS].map(
  (model) => model.charAt(0).toUpperCase() + model.slice(1),
);

let test: TestDatabase;
let actual: SchemaFacts;
const expected = expectedSchemaFacts();

beforeAll(async () => {
  test = await openTestDatabase();
  actual = await readSchemaFacts(test.db.prisma);
});
afterAll(async () => {
  await test?.dispose();
});

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has exactly the models' tables", () => {
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.tables.length).toBeGreaterThan(50);
  });

  it("has exactly their columns, with types, nullability and defaults", () => {
    expect(actual.columns).toEqual(expected.columns);
  });

  it("has exactly the enums, with their values in order", () => {
    expect(actual.enums).toEqual(expected.enums);
  });

  it("has exactly the primary keys", () => {
    expect(actual.primaryKeys).toEqual(expected.primaryKeys);
  });

  it("has exactly the unique indexes", () => {
    expect(actual.uniques).toEqual(expected.uniques);
  });

  it("has exactly the other indexes", () => {
    expect(actual.indexes).toEqual(expected.indexes);
  });

  it("has exactly the foreign keys, with their referential actions", () => {
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
  });

  it("keeps every constraint and index name within PostgreSQL's identifier limit", () => {
    const names = [
      ...expected.primaryKeys,
      ...expected.uniques,
      ...expected.indexes,
      ...expected.foreignKeys,
    ].map((fact) => fact.split(" ")[1] ?? "");
    expect(names.filter((name) => name.length > POSTGRES_MAX_IDENTIFIER)).toEqual([]);
  });
});

describe("integrity beyond Prisma's schema language", () => {
  it("has exactly the CHECK constraints of the integrity migration", async () => {
    expect(await readCheckConstraints(test.db.prisma)).toEqual(CHECK_CONSTRAINTS);
  });

  it("guards every ledger and history table with the append-only triggers (R-FEE-9, R-QLT-2)", async () => {
    const triggers = APPEND_ONLY_TABLES.flatMap((table) => [
      `${table}.${table}_append_only`,
      `${table}.${table}_append_only_truncate`,
    ]).sort();
    expect(await readTriggers(test.db.prisma)).toEqual(triggers);
  });

  it("indexes every foreign key (leading columns of some index)", () => {
    const indexed = [...actual.primaryKeys, ...actual.uniques, ...actual.indexes].map((fact) => {
      const [table, , columns] = fact.split(" ");
      return { table, columns: (columns ?? "").replace(/[()]/g, "").split(",") };
    });
    const unindexed = actual.foreignKeys.filter((fact) => {
      const [table, name, columns] = fact.split(" ");
      const fkColumns = (columns ?? "").replace(/[()]/g, "").split(",");
      const covered = indexed.some(
        (index) => index.table === table && fkColumns.every((column, i) => index.columns[i] === column),
      );
      return !covered && name;
    });
    expect(unindexed).toEqual([]);
  });
});
