/**
 * Fees 收费 (R-FEE-1…4, R-HND-3): fee items and their published standards, meters and readings,
 * bills and their explained lines, the month-end billing run and the handover prepayment.
 */
import "./standards.ts";
import "./meters.ts";
import "./bills.ts";
import "./bill-lines.ts";
import "./billing.ts";
