import type { IsoDate } from "../calendar/index.ts";
import type { SatisfactionRating } from "../indicators/index.ts";

/** An announcement's validity 公告有效期 (R-COM-1): from when, and until when if it expires. */
export interface AnnouncementValidity {
  readonly validFrom: Date;
  /** Open-ended when null. */
  readonly validUntil: Date | null;
}

/** What decides whether an announcement is in force: published, started, not expired. */
export interface AnnouncementInForce extends AnnouncementValidity {
  /** Null while a draft. */
  readonly publishedAt: Date | null;
}

/** A community event's 社区活动 steps (R-COM-2). */
export type CommunityEventStatus =
  | "planned"
  | "publicised"
  | "registrationOpen"
  | "held"
  | "archived"
  | "cancelled";

/** When an event takes place; it may have no announced end. */
export interface CommunityEventPeriod {
  readonly startsAt: Date;
  readonly endsAt?: Date | null;
}

/** A satisfaction survey's 满意度调查 steps (R-COM-3). */
export type SurveyStatus = "draft" | "open" | "closed";

/** One question of a survey; each scores one service area (cleaning, security, repairs…). */
export interface SurveyQuestion {
  /** `q1`, `q2`… in the order asked. */
  readonly id: string;
  readonly text: string;
  readonly serviceArea: string;
}

/** A unit's answer to one question, on the five-level scale. */
export interface SurveyAnswer {
  readonly questionId: string;
  readonly rating: SatisfactionRating;
}

/** The survey period, both days included, in the estate's time zone. */
export interface SurveyPeriod {
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
}

/** The mean score of one response by service area, to two places: `{ cleaning: "4.50" }`. */
export type SurveyScores = Readonly<Record<string, string>>;
