/**
 * @wuye/client — the typed SDK of the Wuye (物业) API, for browsers and Node 20.
 * Types are generated from the API's committed schema (src/generated/graphql.ts).
 */
export { createWuyeClient, type WuyeClient } from "./client.ts";
export * from "./core/index.ts";
export type * from "./generated/graphql.ts";
export {
  type Announcement,
  type AnnouncementListParams,
  type AnnouncementPublication,
  AnnouncementsResource,
} from "./resources/announcements.ts";
export {
  type AuthLoginResult,
  type AuthLogoutResult,
  AuthResource,
  type AuthSession,
  type Viewer,
} from "./resources/auth.ts";
export {
  type Bill,
  type BillDetail,
  type BillListParams,
  type BillPayResult,
  BillsResource,
} from "./resources/bills.ts";
export {
  type Complaint,
  type ComplaintAssignResult,
  type ComplaintClassifyResult,
  type ComplaintCloseResult,
  type ComplaintFileResult,
  type ComplaintHandleResult,
  type ComplaintListParams,
  type ComplaintReplyResult,
  type ComplaintStatusChange,
  ComplaintsResource,
  type WorkflowEvent,
} from "./resources/complaints.ts";
export { type Estate, type EstateDetail, EstatesResource } from "./resources/estates.ts";
export { type EstateIndicators, IndicatorsResource } from "./resources/indicators.ts";
export {
  type Payment,
  type PaymentListParams,
  type PaymentRecordResult,
  type PaymentReverseResult,
  PaymentsResource,
} from "./resources/payments.ts";
export {
  type RepairListParams,
  type RepairOrder,
  type RepairRegisterResult,
  type RepairStatusChange,
  RepairsResource,
} from "./resources/repairs.ts";
export type { ListParams, WithOptionalKey } from "./resources/support.ts";
export { type Unit, type UnitDetail, type UnitListParams, UnitsResource } from "./resources/units.ts";
