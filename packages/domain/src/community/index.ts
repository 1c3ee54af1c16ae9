/**
 * Community 社区文化 (R-COM-1…3): announcements and their validity, community events and their
 * registrations, satisfaction surveys with their answers and scores by service area.
 */
export { announcementValidity, isAnnouncementCurrent } from "./announcements.ts";
export { communityErrors } from "./errors.ts";
export { checkCommunityEventPeriod, checkCommunityEventRegistration } from "./events.ts";
export {
  checkSurveyAnswers,
  isSatisfactionRating,
  SATISFACTION_SCORES,
  scoreSurveyResponse,
  surveySatisfactionResponses,
} from "./survey-scores.ts";
export { checkSurveyOpenForAnswers, checkSurveyPeriod, numberSurveyQuestions } from "./surveys.ts";
export type {
  AnnouncementInForce,
  AnnouncementValidity,
  CommunityEventPeriod,
  CommunityEventStatus,
  SurveyAnswer,
  SurveyPeriod,
  SurveyQuestion,
  SurveyScores,
  SurveyStatus,
} from "./types.ts";
export {
  type CommunityEventActions,
  communityEventWorkflow,
  type SurveyActions,
  surveyWorkflow,
} from "./workflows.ts";
