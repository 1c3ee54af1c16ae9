/**
 * Collection 费用收缴 (R-FEE-5…10): payments and their allocations, prepaid credit, corrections,
 * the money reports, reminders, late charges and the lawful collection ladder.
 */
import "./payments.ts";
import "./adjustments.ts";
import "./reports.ts";
import "./ladder.ts";
