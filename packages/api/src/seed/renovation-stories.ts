import type { RenovationStatus } from "@wuye/domain";
import type { ViolationPlan } from "./renovation-violations.ts";

/** The renovation stories: which states to reach, how long each takes, and the violations met. */

export type RenovationTarget = RenovationStatus;

export const RENOVATION_STATES: readonly RenovationTarget[] = [
  "applied",
  "underReview",
  "approved",
  "rejected",
  "confirmed",
  "closed",
  "feesPaid",
  "permitIssued",
  "inProgress",
  "completionApplied",
  "rectificationRequired",
  "accepted",
  "depositSettled",
];

/** Days from application to the last step of each target (see `walk`), so open ones end before now. */
export const RENOVATION_DAYS_TO: Readonly<Record<RenovationTarget, number>> = {
  applied: 0,
  underReview: 0,
  approved: 1,
  rejected: 1,
  confirmed: 2,
  closed: 2,
  feesPaid: 3,
  permitIssued: 3,
  inProgress: 30,
  completionApplied: 60,
  rectificationRequired: 63,
  accepted: 66,
  depositSettled: 175,
};

/** The violations of the showcase site: one in every state of the notice but `rectified` (R-REN-7). */
export const SHOWCASE_VIOLATIONS: readonly Omit<ViolationPlan, "at">[] = [
  {
    type: "outOfHoursNoise",
    description: "晚上九点后仍在电钻作业",
    rectification: "立即停止噪音作业",
    target: "recorded",
  },
  {
    type: "debrisInCommonArea",
    description: "装修垃圾堆放在消防通道",
    rectification: "当日清运",
    target: "verbalNoticeGiven",
  },
  {
    type: "hotWorkWithoutPermit",
    description: "未办动火证进行电焊",
    rectification: "停止动火，补办动火证",
    target: "ownerPhoned",
  },
  {
    type: "materialsWithoutConsent",
    description: "乙炔瓶未经同意进场",
    rectification: "乙炔瓶撤出小区",
    target: "siteManagerPhoned",
  },
  {
    type: "windowSecurityBars",
    description: "北侧窗户加装防盗网",
    rectification: "拆除防盗网",
    target: "noticeSigned",
  },
  {
    type: "hotWorkWithoutPermit",
    description: "再次未办动火证切割钢材",
    rectification: "停止动火",
    target: "filed",
  },
];

/** The settled file's violations, both rectified; the bars a day late, so a daily penalty accrues. */
export const SETTLED_VIOLATIONS: readonly Omit<ViolationPlan, "at">[] = [
  {
    type: "workerWithoutPass",
    description: "两名工人未佩戴出入证",
    rectification: "补办出入证",
    target: "rectified",
  },
  {
    type: "windowSecurityBars",
    description: "阳台加装防盗网",
    rectification: "拆除防盗网",
    target: "rectified",
  },
];
