import {
  DEFAULT_RENOVATION_PENALTY_CATALOGUE,
  type DeadlineSpec,
  parseMoney,
  parseQuantity,
  type RenovationFeeBasis,
  type RenovationFeeStandard,
  type RenovationInspectingDepartment,
  type RenovationPenaltyCatalogue,
  type RenovationPolicy,
  type RenovationViolationCatalogueEntry,
  renovationPolicy,
} from "@wuye/domain";
import { callDomain } from "../support.ts";

/**
 * An estate's renovation settings, read from `Estate.policy.renovation` (JSON, amounts as
 * decimal strings) into the domain's types. Absent settings take the domain's documented
 * defaults; the fee standard has none (an estate publishes its own, R-REN-5):
 *
 * ```json
 * { "renovation": {
 *     "feeStandard": {
 *       "deposit": { "basis": "fixed", "amount": "3000.00", "cap": "2000.00" },
 *       "managementFee": { "basis": "perSquareMetre", "price": "3.50" },
 *       "debrisRemovalFee": { "basis": "fixed", "amount": "300.00" },
 *       "passFeePerWorker": "10.00", "passDepositPerWorker": "50.00" },
 *     "penaltyCatalogue": { "repeatMultiplier": "2", "types": { "windowSecurityBars": {
 *       "label": { "en": "…", "zh": "…" }, "severity": "serious", "penalty": "1000.00",
 *       "dailyPenalty": "50.00" } } },
 *     "decisionDeadline": { "amount": 1, "unit": "workingDays" },
 *     "authorityReportWindow": { "amount": 24, "unit": "hours" },
 *     "depositRefundWaitMonths": 3,
 *     "dailyInspectionDepartments": ["customer_service", "engineering", "security"] } }
 * ```
 */
interface StoredFeeBasis {
  readonly basis: "fixed" | "perSquareMetre";
  readonly amount?: string;
  readonly price?: string;
  readonly cap?: string;
}

interface StoredRenovationSettings {
  readonly feeStandard?: {
    readonly deposit?: StoredFeeBasis;
    readonly managementFee: StoredFeeBasis;
    readonly debrisRemovalFee: StoredFeeBasis;
    readonly passFeePerWorker: string;
    readonly passDepositPerWorker?: string;
  };
  readonly penaltyCatalogue?: {
    readonly repeatMultiplier?: string;
    readonly types?: Record<
      string,
      Omit<RenovationViolationCatalogueEntry, "penalty" | "dailyPenalty"> & {
        readonly penalty?: string;
        readonly dailyPenalty?: string;
      }
    >;
  };
  readonly decisionDeadline?: DeadlineSpec;
  readonly authorityReportWindow?: DeadlineSpec;
  readonly depositRefundWaitMonths?: number;
  readonly dailyInspectionDepartments?: readonly RenovationInspectingDepartment[];
}

/** What the renovation service needs of an estate. */
export interface EstateRenovationSettings {
  readonly policy: RenovationPolicy;
  /** Absent until the estate publishes one: fees cannot be computed without it. */
  readonly feeStandard: RenovationFeeStandard | undefined;
  readonly catalogue: RenovationPenaltyCatalogue;
}

function settingsOf(policy: unknown): StoredRenovationSettings {
  const stored = (policy as { renovation?: StoredRenovationSettings } | null)?.renovation;
  return stored && typeof stored === "object" ? stored : {};
}

function feeBasis(stored: StoredFeeBasis): RenovationFeeBasis {
  return stored.basis === "perSquareMetre"
    ? { basis: "perSquareMetre", price: parseQuantity(stored.price ?? "0") }
    : { basis: "fixed", amount: parseMoney(stored.amount ?? "0") };
}

function feeStandardOf(stored: StoredRenovationSettings["feeStandard"]): RenovationFeeStandard | undefined {
  if (!stored) return undefined;
  return {
    ...(stored.deposit
      ? {
          deposit: {
            ...feeBasis(stored.deposit),
            ...(stored.deposit.cap ? { cap: parseMoney(stored.deposit.cap) } : {}),
          },
        }
      : {}),
    managementFee: feeBasis(stored.managementFee),
    debrisRemovalFee: feeBasis(stored.debrisRemovalFee),
    passFeePerWorker: parseMoney(stored.passFeePerWorker),
    ...(stored.passDepositPerWorker ? { passDepositPerWorker: parseMoney(stored.passDepositPerWorker) } : {}),
  };
}

function catalogueOf(stored: StoredRenovationSettings["penaltyCatalogue"]): RenovationPenaltyCatalogue {
  if (!stored?.types) return DEFAULT_RENOVATION_PENALTY_CATALOGUE;
  const types = Object.fromEntries(
    Object.entries(stored.types).map(([type, entry]) => {
      const { penalty, dailyPenalty, ...rest } = entry;
      return [
        type,
        {
          ...rest,
          ...(penalty ? { penalty: parseMoney(penalty) } : {}),
          ...(dailyPenalty ? { dailyPenalty: parseMoney(dailyPenalty) } : {}),
        },
      ];
    }),
  );
  return {
    types,
    repeatMultiplier: stored.repeatMultiplier
      ? parseQuantity(stored.repeatMultiplier)
      : DEFAULT_RENOVATION_PENALTY_CATALOGUE.repeatMultiplier,
  };
}

/** An estate's renovation settings: its policy JSON and time zone, over the domain's defaults. */
export function estateRenovationSettings(estate: {
  readonly policy: unknown;
  readonly timeZone: string;
}): EstateRenovationSettings {
  const stored = settingsOf(estate.policy);
  return callDomain(
    () => ({
      policy: renovationPolicy({
        timeZone: estate.timeZone,
        ...(stored.decisionDeadline ? { decisionDeadline: stored.decisionDeadline } : {}),
        ...(stored.authorityReportWindow ? { authorityReportWindow: stored.authorityReportWindow } : {}),
        ...(stored.depositRefundWaitMonths !== undefined
          ? { depositRefundWaitMonths: stored.depositRefundWaitMonths }
          : {}),
        ...(stored.dailyInspectionDepartments
          ? { dailyInspectionDepartments: stored.dailyInspectionDepartments }
          : {}),
      }),
      feeStandard: feeStandardOf(stored.feeStandard),
      catalogue: catalogueOf(stored.penaltyCatalogue),
    }),
    ["estate", "policy", "renovation"],
  );
}
