import { defineWorkflow } from "../workflow/index.ts";
import { communityErrors } from "./errors.ts";
import type { CommunityEventStatus, SurveyStatus } from "./types.ts";

/**
 * The community area's two workflows: a transition table, role checks, guards returning typed
 * refusals and a history event per step (R-QLT-2).
 */

/** The customer-service centre and its manager run events and surveys. */
const DESK = ["customer_service", "manager"];

export interface CommunityEventActions {
  publicise: undefined;
  openRegistration: undefined;
  hold: undefined;
  archive: { readonly feedback: string };
  cancel: { readonly reason: string };
}

/** A community event 社区活动 (R-COM-2): plan, publicity, registration, execution, feedback, archive. */
export const communityEventWorkflow = defineWorkflow<
  CommunityEventStatus,
  CommunityEventActions,
  { readonly startsAt: Date }
>({
  name: "community event",
  states: ["planned", "publicised", "registrationOpen", "held", "archived", "cancelled"],
  initial: "planned",
  final: ["archived", "cancelled"],
  transitions: [
    {
      action: "publicise",
      from: "planned",
      to: "publicised",
      rules: ["R-COM-2"],
      roles: DESK,
      note: "the plan (theme, venue, budget) is announced",
    },
    {
      action: "openRegistration",
      from: "publicised",
      to: "registrationOpen",
      rules: ["R-COM-2"],
      roles: DESK,
      note: "residents may register",
    },
    {
      action: "hold",
      from: ["publicised", "registrationOpen"],
      to: "held",
      rules: ["R-COM-2"],
      roles: DESK,
      note: "the event took place; registration closes",
      guard: ({ record, at }) =>
        at.getTime() < record.startsAt.getTime()
          ? communityErrors.COM_EVENT_NOT_STARTED.refuse({ startsAt: record.startsAt.toISOString() })
          : undefined,
    },
    {
      action: "archive",
      from: "held",
      to: "archived",
      rules: ["R-COM-2"],
      roles: DESK,
      note: "archived with the feedback gathered",
      guard: ({ data }) =>
        data.feedback.trim() === ""
          ? communityErrors.COM_EVENT_FEEDBACK_REQUIRED.refuse(undefined, ["feedback"])
          : undefined,
    },
    {
      action: "cancel",
      from: ["planned", "publicised", "registrationOpen"],
      to: "cancelled",
      rules: ["R-COM-2"],
      roles: DESK,
      note: "with the reason",
      guard: ({ data }) =>
        data.reason.trim() === ""
          ? communityErrors.COM_EVENT_CANCEL_REASON_REQUIRED.refuse(undefined, ["reason"])
          : undefined,
    },
  ],
});

export interface SurveyActions {
  open: undefined;
  close: undefined;
}

/** A satisfaction survey 满意度调查 (R-COM-3): drafted, opened for answers, closed. */
export const surveyWorkflow = defineWorkflow<SurveyStatus, SurveyActions, { readonly questionCount: number }>(
  {
    name: "survey",
    states: ["draft", "open", "closed"],
    initial: "draft",
    final: ["closed"],
    transitions: [
      {
        action: "open",
        from: "draft",
        to: "open",
        rules: ["R-COM-3"],
        roles: DESK,
        note: "owners may answer within the survey period",
        guard: ({ record }) =>
          record.questionCount < 1
            ? communityErrors.COM_SURVEY_NO_QUESTIONS.refuse(undefined, ["questions"])
            : undefined,
      },
      {
        action: "close",
        from: "open",
        to: "closed",
        rules: ["R-COM-3"],
        roles: DESK,
        note: "no more answers; the scores stand",
      },
    ],
  },
);
