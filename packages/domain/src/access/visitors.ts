import type { Refusal } from "../errors/index.ts";
import { accessErrors } from "./errors.ts";
import type { VisitorAtGate, VisitorKind } from "./types.ts";

/** R-ACC-1: the visitors who must show a work certificate or be pre-registered. */
export const CERTIFIED_VISITOR_KINDS: readonly VisitorKind[] = ["contractor", "temporaryWorker"];

/**
 * R-ACC-1: every visitor is asked and registered; a contractor or temporary worker comes in only
 * with a work certificate or a pre-registration. Refuses with `ACC_CERTIFICATE_REQUIRED`.
 */
export function checkVisitorAdmission(visitor: VisitorAtGate): Refusal | undefined {
  const certified = Boolean(visitor.certificateRef?.trim()) || visitor.preRegistered === true;
  if (CERTIFIED_VISITOR_KINDS.includes(visitor.kind) && !certified) {
    return accessErrors.ACC_CERTIFICATE_REQUIRED.refuse({ kind: visitor.kind }, ["certificateRef"]);
  }
  return undefined;
}

/** R-ACC-1: a visitor's departure is recorded once; refuses with `ACC_VISITOR_ALREADY_LEFT`. */
export function checkVisitorDeparture(visitor: { readonly leftAt?: Date | null }): Refusal | undefined {
  return visitor.leftAt ? accessErrors.ACC_VISITOR_ALREADY_LEFT.refuse(undefined) : undefined;
}
