/**
 * @wuye/domain — the operating procedures of a residential estate as pure functions.
 * Each area lives in its own folder; this file re-exports their public APIs.
 */
export * from "./access/index.ts";
export * from "./calendar/index.ts";
export * from "./collection/index.ts";
export * from "./community/index.ts";
export * from "./complaints/index.ts";
export * from "./emergencies/index.ts";
export * from "./errors/index.ts";
export * from "./facilities/index.ts";
export * from "./fees/index.ts";
export * from "./governance/index.ts";
export * from "./indicators/index.ts";
export * from "./money/index.ts";
export * from "./occupancy/index.ts";
export * from "./release/index.ts";
export * from "./renovation/index.ts";
export * from "./repairs/index.ts";
export * from "./service-requests/index.ts";
export * from "./workflow/index.ts";
