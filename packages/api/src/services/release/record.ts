import type { ReleasePass, ReleasePassStatus } from "@wuye/domain";
import { rebuildRecord, type StoredEvent } from "../renovation/stored-record.ts";

/**
 * The release pass 物品放行条 as the domain knows it, rebuilt from its row and history: the
 * request event carries the pass as written at the desk (carrier, items with their categories,
 * reason, consents), each later event the fields its step wrote (consent calls, the decision,
 * the sign-off at the gate). Pure, so list fields rebuild passes from events loaded per page.
 */
export const RELEASE_PASS_RECORD_FIELDS = [
  "unitId",
  "carrier",
  "items",
  "reason",
  "companyGoods",
  "ownerConsent",
  "companyConsent",
  "requestedAt",
  "timeZone",
  "decision",
  "refusal",
  "signOff",
  "releasedAt",
  "releasedBy",
  "archivedAt",
] as const satisfies readonly (keyof ReleasePass)[];

export function releasePassFromHistory(
  row: { readonly id: string; readonly unitId: string; readonly status: ReleasePassStatus },
  events: readonly StoredEvent[],
): ReleasePass | undefined {
  const stored = rebuildRecord<ReleasePass>(events, RELEASE_PASS_RECORD_FIELDS, "carrier");
  if (!stored?.carrier || !stored.items || !stored.reason || !stored.requestedAt || !stored.timeZone) {
    return undefined;
  }
  return {
    ...(stored as Omit<ReleasePass, "id" | "status">),
    id: row.id,
    unitId: row.unitId,
    status: row.status,
  };
}
