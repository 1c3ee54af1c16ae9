import type { Actor } from "../workflow/index.ts";
import { hasText, isInstant } from "./checks.ts";
import { complaintErrors } from "./errors.ts";
import { COMPLAINT_CHANNELS, type Complainant, type Complaint, type ComplaintChannel } from "./types.ts";

/** What the desk writes down when a complaint comes in (R-CMP-1). */
export interface ComplaintIntake {
  readonly id: string;
  readonly channel: ComplaintChannel;
  readonly content: string;
  readonly complainant: Complainant;
  /** When the complaint was received. */
  readonly receivedAt: Date;
  /** Who took it down. */
  readonly recordedBy: Actor;
}

/**
 * Records a complaint received by hotline, online, visit or letter, with its content, time,
 * complainant and channel (R-CMP-1). It starts `received`, waiting for the supervisor's validity
 * decision (R-CMP-2). Missing or malformed fields throw a `DomainError`.
 */
export function recordComplaint(intake: ComplaintIntake): Complaint {
  if (!hasText(intake.id)) throw complaintErrors.CMP_ID_REQUIRED.error({}, ["id"]);
  if (!COMPLAINT_CHANNELS.includes(intake.channel)) {
    throw complaintErrors.CMP_CHANNEL_UNKNOWN.error({ channel: String(intake.channel) }, ["channel"]);
  }
  if (!hasText(intake.content)) throw complaintErrors.CMP_CONTENT_REQUIRED.error({}, ["content"]);
  if (!hasText(intake.complainant?.name)) {
    throw complaintErrors.CMP_COMPLAINANT_REQUIRED.error({}, ["complainant", "name"]);
  }
  if (!isInstant(intake.receivedAt)) {
    throw complaintErrors.CMP_TIME_INVALID.error({ value: String(intake.receivedAt) }, ["receivedAt"]);
  }
  return {
    id: intake.id,
    status: "received",
    channel: intake.channel,
    content: intake.content,
    complainant: intake.complainant,
    receivedAt: intake.receivedAt,
    recordedBy: intake.recordedBy,
    lastStepAt: intake.receivedAt,
    severityHistory: [],
    deadlines: [],
  };
}
