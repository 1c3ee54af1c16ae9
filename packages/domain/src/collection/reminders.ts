import {
  addDays,
  calendarErrors,
  daysBetween,
  daysInMonth,
  type IsoDate,
  isIsoDate,
} from "../calendar/index.ts";
import { collectionErrors } from "./errors.ts";
import { assertPeriod } from "./lines.ts";
import { assertPolicyDays } from "./policy-days.ts";

/** How an owner is reminded to pay (R-FEE-5): text message, phone call, or app notice. */
export type ReminderChannel = "sms" | "phone" | "app";

const CHANNELS: readonly ReminderChannel[] = ["sms", "phone", "app"];

/** When bills of a period fall due 缴费截止日 (R-FEE-5). */
export interface DueDatePolicy {
  /** Day of the billed month, 1–31 (a short month uses its last day), or `"lastDay"`. @default "lastDay" */
  readonly dueDay: number | "lastDay";
}

/** R-FEE-5 default: a month's bill is due on the last day of that month. */
export const DEFAULT_DUE_DATE_POLICY: DueDatePolicy = { dueDay: "lastDay" };

/** The reminders 缴费提醒 sent before a due date (R-FEE-5). */
export interface ReminderPolicy {
  readonly reminders: readonly {
    /** How many days before the due date; 0 reminds on the due date itself. */
    readonly daysBeforeDue: number;
    readonly channels: readonly ReminderChannel[];
  }[];
}

/** R-FEE-5 default: an SMS and app notice a week ahead, and SMS, phone and app the day before. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  reminders: [
    { daysBeforeDue: 7, channels: ["sms", "app"] },
    { daysBeforeDue: 1, channels: ["sms", "phone", "app"] },
  ],
};

/** One reminder to send. */
export interface PaymentReminder {
  readonly date: IsoDate;
  readonly dueDate: IsoDate;
  readonly daysBeforeDue: number;
  readonly channels: readonly ReminderChannel[];
  readonly rules: readonly string[];
}

/** R-FEE-5: the due date of the bills of `period` (`"YYYY-MM"`), by the estate's policy. */
export function billDueDate(period: string, policy: DueDatePolicy = DEFAULT_DUE_DATE_POLICY): IsoDate {
  assertPeriod(period);
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const last = daysInMonth(year, month);
  const { dueDay } = policy;
  if (dueDay !== "lastDay" && !(Number.isInteger(dueDay) && dueDay >= 1 && dueDay <= 31)) {
    throw collectionErrors.COL_INVALID_DUE_DAY.error({ value: String(dueDay) }, ["dueDay"]);
  }
  const day = dueDay === "lastDay" ? last : Math.min(dueDay, last);
  return `${period}-${String(day).padStart(2, "0")}`;
}

export interface ReminderScheduleOptions {
  readonly policy?: ReminderPolicy;
  /** The day the bill was issued: reminders that would fall before it are not sent. */
  readonly issuedOn?: IsoDate;
}

/**
 * R-FEE-5: the reminders before `dueDate`, earliest first. A bill issued late gets only the
 * reminders still ahead of it. After the due date, unpaid lines are in arrears and the
 * collection ladder (R-FEE-10) takes over.
 */
export function reminderSchedule(dueDate: IsoDate, options: ReminderScheduleOptions = {}): PaymentReminder[] {
  if (!isIsoDate(dueDate))
    throw calendarErrors.CAL_INVALID_DATE.error({ date: String(dueDate) }, ["dueDate"]);
  const { policy = DEFAULT_REMINDER_POLICY, issuedOn } = options;
  if (issuedOn !== undefined && !isIsoDate(issuedOn)) {
    throw calendarErrors.CAL_INVALID_DATE.error({ date: String(issuedOn) }, ["issuedOn"]);
  }
  assertReminderPolicy(policy);
  return policy.reminders
    .map((reminder) => ({
      date: addDays(dueDate, -reminder.daysBeforeDue),
      dueDate,
      daysBeforeDue: reminder.daysBeforeDue,
      channels: [...new Set(reminder.channels)],
      rules: ["R-FEE-5"],
    }))
    .filter((reminder) => issuedOn === undefined || daysBetween(issuedOn, reminder.date) >= 0)
    .sort((a, b) => b.daysBeforeDue - a.daysBeforeDue);
}

function assertReminderPolicy(policy: ReminderPolicy): void {
  const offsets = new Set<number>();
  policy.reminders.forEach((reminder, index) => {
    assertPolicyDays(`reminders.${index}.daysBeforeDue`, reminder.daysBeforeDue);
    if (offsets.has(reminder.daysBeforeDue)) {
      throw collectionErrors.COL_INVALID_REMINDER_POLICY.error(
        {
          problem: `two reminders ${reminder.daysBeforeDue} days before the due date`,
          problemZh: `到期前 ${reminder.daysBeforeDue} 天有两条提醒`,
        },
        ["reminders", String(index), "daysBeforeDue"],
      );
    }
    offsets.add(reminder.daysBeforeDue);
    const unknown = reminder.channels.find((channel) => !CHANNELS.includes(channel));
    if (reminder.channels.length === 0 || unknown !== undefined) {
      throw collectionErrors.COL_INVALID_REMINDER_POLICY.error(
        {
          problem: `reminder ${index + 1} needs one or more channels of sms, phone, app (got ${String(unknown ?? "none")})`,
          problemZh: `第 ${index + 1} 条提醒须指定 sms、phone、app 中的至少一个渠道（${String(unknown ?? "无")}）`,
        },
        ["reminders", String(index), "channels"],
      );
    }
  });
}
