import type { Actor } from "../../workflow/index.ts";
import {
  advanceRenovationViolation,
  type RecordViolationInput,
  type RenovationViolation,
  type RenovationViolationStatus,
  recordRenovationViolation,
} from "../index.ts";
import { actors, bj, renovationIn, sign } from "./fixtures.ts";

export const inProgress = renovationIn("inProgress");

export function violationInput(changes: Partial<RecordViolationInput> = {}): RecordViolationInput {
  return {
    id: "v-1",
    renovation: inProgress,
    type: "hotWorkWithoutPermit",
    description: "welding on the balcony without a permit",
    rectificationRequired: "stop hot work; apply for a permit",
    rectifyBy: "2026-12-02",
    earlier: [],
    actor: actors.security,
    at: bj("2026-12-01T10:00:00"),
    ...changes,
  };
}

export function recorded(changes: Partial<RecordViolationInput> = {}): RenovationViolation {
  const result = recordRenovationViolation(violationInput(changes));
  if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join());
  return result.violation;
}

const inspector: Actor = actors.engineering;
const at = bj("2026-12-01T11:00:00");

/** Valid steps of the notice workflow. */
export const noticeSteps = {
  giveVerbalNotice: { action: "giveVerbalNotice", actor: inspector, at, data: undefined },
  phoneOwner: { action: "phoneOwner", actor: inspector, at, data: undefined },
  phoneSiteManager: { action: "phoneSiteManager", actor: inspector, at, data: undefined },
  signNotice: {
    action: "signNotice",
    actor: inspector,
    at,
    data: { ownerSignature: sign("王芳"), siteManagerSignature: sign("李强") },
  },
  signOff: { action: "signOff", actor: actors.manager, at, data: undefined },
  rectify: {
    action: "rectify",
    actor: inspector,
    at: bj("2026-12-04T10:00:00"),
    data: { rectifiedOn: "2026-12-04" },
  },
} as const;

const SERIOUS_PATH = ["phoneOwner", "phoneSiteManager", "signNotice", "signOff", "rectify"] as const;

/** A violation (serious unless `minor`) brought to `status` through valid steps. */
export function violationIn(status: RenovationViolationStatus, minor = false): RenovationViolation {
  let violation = recorded(minor ? { type: "outOfHoursNoise" } : {});
  const path = minor ? (["giveVerbalNotice", "rectify"] as const) : SERIOUS_PATH;
  for (const action of path) {
    if (violation.status === status) break;
    const result = advanceRenovationViolation(violation, noticeSteps[action] as never);
    if (!result.ok) throw new Error(`${action}: ${result.refusals.map((r) => r.code).join()}`);
    violation = result.violation;
  }
  if (violation.status !== status) throw new Error(`cannot reach ${status}`);
  return violation;
}
