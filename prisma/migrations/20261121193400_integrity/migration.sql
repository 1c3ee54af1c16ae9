-- Integrity rules Prisma's schema language cannot express. Hand-written; the drift test
-- (packages/api/test/drift.test.ts) lists every constraint and trigger below, so a change here
-- must change there too.

-- ───────────── CHECK constraints: no negative money, areas or readings; dates in order ─────────────

-- R-FEE-3: the area basis is the building area on the property certificate.
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_buildingArea_check" CHECK ("buildingArea" >= 0);

-- R-HND-3: the prepaid period runs forward.
ALTER TABLE "UnitHandover" ADD CONSTRAINT "UnitHandover_prepaid_period_check" CHECK ("prepaidUntil" >= "prepaidFrom");
ALTER TABLE "UnitHandover" ADD CONSTRAINT "UnitHandover_keysHandedOver_check" CHECK ("keysHandedOver" >= 0);

ALTER TABLE "Occupancy" ADD CONSTRAINT "Occupancy_period_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_period_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

-- R-FEE-1: a standard's price is never negative and its validity runs forward.
ALTER TABLE "FeeStandard" ADD CONSTRAINT "FeeStandard_unitPrice_check" CHECK ("unitPrice" >= 0);
ALTER TABLE "FeeStandard" ADD CONSTRAINT "FeeStandard_effective_period_check" CHECK ("effectiveTo" IS NULL OR "effectiveTo" > "effectiveFrom");

ALTER TABLE "Meter" ADD CONSTRAINT "Meter_multiplier_check" CHECK ("multiplier" > 0);
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_value_check" CHECK ("value" >= 0);

ALTER TABLE "Bill" ADD CONSTRAINT "Bill_total_check" CHECK ("total" >= 0);
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_period_check" CHECK ("periodEnd" >= "periodStart");

ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_quantity_check" CHECK ("quantity" >= 0);
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_unitPrice_check" CHECK ("unitPrice" >= 0);
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_period_check" CHECK ("periodEnd" >= "periodStart");

-- R-FEE-9: ledger amounts are positive; a correction is a separate reversing row.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_check" CHECK ("amount" > 0);
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_amount_check" CHECK ("amount" > 0);
-- R-FEE-6: an allocation draws on exactly one source, a payment or prepaid credit.
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_source_check" CHECK (num_nonnulls("paymentId", "creditEntryId") = 1);
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_amount_check" CHECK ("amount" > 0);
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_check" CHECK ("amount" > 0);

ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_amounts_check" CHECK ("labour" >= 0 AND "materials" >= 0 AND "total" = "labour" + "materials");
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_repeatCount_check" CHECK ("repeatCount" >= 0);

-- R-CMP-3: five or more complainants about one event make a complaint major; the count starts at one.
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_complainantCount_check" CHECK ("complainantCount" >= 1);

ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_amount_check" CHECK ("amount" > 0);
ALTER TABLE "RenovationDeposit" ADD CONSTRAINT "RenovationDeposit_amount_check" CHECK ("amount" > 0);
-- R-REN-9: refund = deposit − penalties − damages; a negative result is a shortfall, never both.
ALTER TABLE "RenovationDepositSettlement" ADD CONSTRAINT "RenovationDepositSettlement_amounts_check" CHECK (
  "penaltiesTotal" >= 0 AND "damagesTotal" >= 0 AND "refundAmount" >= 0 AND "shortfall" >= 0
  AND NOT ("refundAmount" > 0 AND "shortfall" > 0)
);

ALTER TABLE "ReleasePassItem" ADD CONSTRAINT "ReleasePassItem_quantity_check" CHECK ("quantity" > 0);
ALTER TABLE "PatrolRoute" ADD CONSTRAINT "PatrolRoute_frequencyMinutes_check" CHECK ("frequencyMinutes" > 0);
ALTER TABLE "EmergencyDrill" ADD CONSTRAINT "EmergencyDrill_participants_check" CHECK ("participants" IS NULL OR "participants" >= 0);
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_validity_check" CHECK ("validUntil" IS NULL OR "validUntil" > "validFrom");
ALTER TABLE "CommunityEvent" ADD CONSTRAINT "CommunityEvent_budget_check" CHECK ("budget" IS NULL OR "budget" >= 0);
ALTER TABLE "CommunityEvent" ADD CONSTRAINT "CommunityEvent_period_check" CHECK ("endsAt" IS NULL OR "endsAt" >= "startsAt");
ALTER TABLE "CommunityEventRegistration" ADD CONSTRAINT "CommunityEventRegistration_attendees_check" CHECK ("attendees" > 0);
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_period_check" CHECK ("periodEnd" >= "periodStart");

-- ───────────── Append-only tables: the money ledger and the history (R-FEE-9, R-QLT-2) ─────────────
-- Even raw SQL cannot rewrite history: UPDATE, DELETE and TRUNCATE are refused with SQLSTATE
-- WY001. A correction is a new row whose "reversalOfId" names the row it cancels.

CREATE FUNCTION "wuye_refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table "%" is append-only: % refused (R-FEE-9); record a reversing entry instead', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'WY001';
END;
$$;

CREATE TRIGGER "Payment_append_only" BEFORE UPDATE OR DELETE ON "Payment" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "Payment_append_only_truncate" BEFORE TRUNCATE ON "Payment" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "PaymentAllocation_append_only" BEFORE UPDATE OR DELETE ON "PaymentAllocation" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "PaymentAllocation_append_only_truncate" BEFORE TRUNCATE ON "PaymentAllocation" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "CreditEntry_append_only" BEFORE UPDATE OR DELETE ON "CreditEntry" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "CreditEntry_append_only_truncate" BEFORE TRUNCATE ON "CreditEntry" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "Refund_append_only" BEFORE UPDATE OR DELETE ON "Refund" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "Refund_append_only_truncate" BEFORE TRUNCATE ON "Refund" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationDeposit_append_only" BEFORE UPDATE OR DELETE ON "RenovationDeposit" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationDeposit_append_only_truncate" BEFORE TRUNCATE ON "RenovationDeposit" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationPenalty_append_only" BEFORE UPDATE OR DELETE ON "RenovationPenalty" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationPenalty_append_only_truncate" BEFORE TRUNCATE ON "RenovationPenalty" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationDepositSettlement_append_only" BEFORE UPDATE OR DELETE ON "RenovationDepositSettlement" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "RenovationDepositSettlement_append_only_truncate" BEFORE TRUNCATE ON "RenovationDepositSettlement" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "WorkflowEvent_append_only" BEFORE UPDATE OR DELETE ON "WorkflowEvent" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "WorkflowEvent_append_only_truncate" BEFORE TRUNCATE ON "WorkflowEvent" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "AuditLog_append_only_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
