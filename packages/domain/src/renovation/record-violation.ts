import { businessDateOf, computeDeadline, type IsoDate } from "../calendar/index.ts";
import type { BilingualMessage, Refusal } from "../errors/index.ts";
import { exactProduct, formatQuantity, type Money, roundExact, ZERO_MONEY } from "../money/index.ts";
import type { Actor } from "../workflow/index.ts";
import { assertRenovationDate } from "./dates.ts";
import { renovationErrors } from "./errors.ts";
import {
  DEFAULT_RENOVATION_POLICY,
  RENOVATION_INSPECTING_DEPARTMENTS,
  type RenovationPolicy,
} from "./policy.ts";
import type { Renovation, RenovationStatus } from "./renovation.ts";
import type { RenovationViolation, RenovationViolationPenaltyTerms } from "./violation.ts";
import {
  DEFAULT_RENOVATION_PENALTY_CATALOGUE,
  type RenovationPenaltyCatalogue,
  type RenovationViolationCatalogueEntry,
  type RenovationViolationSeverity,
} from "./violation-catalogue.ts";
import { listedPenaltyWords, penaltyHead, yuanWords } from "./wording.ts";

/** What an inspector records on finding a violation. */
export interface RecordViolationInput {
  readonly id: string;
  readonly renovation: Renovation;
  /** A key of the penalty catalogue. */
  readonly type: string;
  readonly description: string;
  readonly rectificationRequired: string;
  readonly rectifyBy: IsoDate;
  /** Earlier violations of the same renovation, to detect repeats of the same type. */
  readonly earlier: readonly RenovationViolation[];
  /** The inspector's judgement over the catalogue's, with the reason (kept on the record). */
  readonly severityOverride?: { readonly severity: RenovationViolationSeverity; readonly reason: string };
  readonly actor: Actor;
  readonly at: Date;
}

export type RecordViolationResult =
  | { readonly ok: true; readonly violation: RenovationViolation }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

// R-REN-7: sites are inspected from the start of work until the work is accepted.
const ACTIVE_SITE: readonly RenovationStatus[] = ["inProgress", "completionApplied", "rectificationRequired"];

/**
 * R-REN-7: records a violation found at a daily inspection — classified from the estate's
 * catalogue (minor → verbal notice; serious → written notice with its penalty, multiplied for a
 * repeat of the same type) and, for illegal work, with the duty to report it to the authority
 * within the policy window.
 */
export function recordRenovationViolation(
  input: RecordViolationInput,
  catalogue: RenovationPenaltyCatalogue = DEFAULT_RENOVATION_PENALTY_CATALOGUE,
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): RecordViolationResult {
  const { renovation, actor, at } = input;
  const entry: RenovationViolationCatalogueEntry | undefined = Object.hasOwn(catalogue.types, input.type)
    ? catalogue.types[input.type]
    : undefined;
  if (!entry) throw renovationErrors.REN_UNKNOWN_VIOLATION_TYPE.error({ type: input.type }, ["type"]);
  assertRenovationDate(input.rectifyBy, ["rectifyBy"]);
  for (const earlier of input.earlier) {
    if (earlier.renovationId !== renovation.id) {
      throw renovationErrors.REN_VIOLATION_OF_OTHER_RENOVATION.error(
        { violationId: earlier.id, renovationId: renovation.id },
        ["earlier"],
      );
    }
  }

  const refusals: Refusal[] = [];
  if (!(RENOVATION_INSPECTING_DEPARTMENTS as readonly string[]).includes(actor.role)) {
    refusals.push(renovationErrors.REN_NOT_AN_INSPECTOR.refuse({ role: actor.role }, ["actor", "role"]));
  }
  if (!ACTIVE_SITE.includes(renovation.status)) {
    refusals.push(renovationErrors.REN_SITE_NOT_ACTIVE.refuse({ status: renovation.status }));
  }
  const override = input.severityOverride;
  if (override && override.reason.trim() === "") {
    refusals.push(
      renovationErrors.REN_OVERRIDE_REASON_MISSING.refuse(undefined, ["severityOverride", "reason"]),
    );
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const severity = override?.severity ?? entry.severity;
  const illegal = entry.illegal === true;
  const repeat = input.earlier.some((v) => v.type === input.type);
  const rules = ["R-REN-7"];
  return {
    ok: true,
    violation: {
      id: input.id,
      renovationId: renovation.id,
      unitId: renovation.unitId,
      type: input.type,
      label: entry.label,
      status: "recorded",
      observedAt: at,
      observedOn: businessDateOf(at, policy.timeZone),
      observedBy: actor,
      description: input.description,
      rectificationRequired: input.rectificationRequired,
      rectifyBy: input.rectifyBy,
      classification: {
        severity,
        notice: severity === "serious" ? "written" : "verbal",
        catalogueSeverity: entry.severity,
        ...(override ? { override: { ...override, actor, at } } : {}),
        illegal,
        rules,
      },
      penalty: penaltyTerms(entry, severity, repeat, catalogue),
      // R-REN-7: illegal work is also reported to the competent authority within the window.
      ...(illegal
        ? {
            authorityReport: {
              deadline: computeDeadline(at, policy.authorityReportWindow, {
                timeZone: policy.timeZone,
                calendar: policy.calendar,
              }),
            },
          }
        : {}),
      history: [],
    },
  };
}

function penaltyTerms(
  entry: RenovationViolationCatalogueEntry,
  severity: RenovationViolationSeverity,
  repeat: boolean,
  catalogue: RenovationPenaltyCatalogue,
): RenovationViolationPenaltyTerms {
  const head = penaltyHead(entry.label, severity);
  // R-REN-7: a minor violation gets a verbal notice only; the penalty is on the written notice.
  if (severity === "minor") {
    return {
      base: ZERO_MONEY,
      repeat,
      listed: ZERO_MONEY,
      dailyAmount: ZERO_MONEY,
      explanation: {
        en: `${head.en}none, verbal notice only`,
        zh: `${head.zh}口头通知整改，不收违约金`,
      },
    };
  }
  const multiplier = catalogue.repeatMultiplier;
  if (multiplier.units < 10n ** BigInt(multiplier.scale)) {
    throw renovationErrors.REN_INVALID_POLICY.error(
      { field: "repeatMultiplier", value: formatQuantity(multiplier) },
      ["repeatMultiplier"],
    );
  }
  const listed = entry.penalty ?? ZERO_MONEY;
  const dailyAmount = entry.dailyPenalty ?? ZERO_MONEY;
  const base: Money = repeat ? roundExact(exactProduct(listed, [multiplier])) : listed;
  const listedWords = listedPenaltyWords(listed, repeat ? multiplier : undefined);
  const total = yuanWords(base);
  const amount: BilingualMessage = repeat
    ? { en: `${listedWords.en} = ${total.en}`, zh: `${listedWords.zh} = ${total.zh}` }
    : listedWords;
  const perDay = yuanWords(dailyAmount);
  const daily: BilingualMessage =
    dailyAmount > 0n
      ? {
          en: `, plus ${perDay.en} a day unrectified after the rectify-by date`,
          zh: `，逾期整改另计 ${perDay.zh}/天`,
        }
      : { en: "", zh: "" };
  return {
    base,
    repeat,
    listed,
    ...(repeat ? { multiplier } : {}),
    dailyAmount,
    explanation: { en: head.en + amount.en + daily.en, zh: head.zh + amount.zh + daily.zh },
  };
}
