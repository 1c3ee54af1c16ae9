import type { BilingualMessage } from "../errors/index.ts";
import { type Money, parseMoney, parseQuantity, type Quantity } from "../money/index.ts";

/**
 * How serious a violation 违章 is (R-REN-7): a **minor** one gets a verbal rectification notice; a
 * **serious** one a written rectification notice 违章整改通知书 with a penalty 违约金.
 */
export type RenovationViolationSeverity = "minor" | "serious";

/** One violation type of an estate's penalty catalogue 违约金标准. */
export interface RenovationViolationCatalogueEntry {
  readonly label: BilingualMessage;
  readonly severity: RenovationViolationSeverity;
  /** The penalty on the written notice (serious violations only). */
  readonly penalty?: Money;
  /** Added for each day the violation stays unrectified after its rectify-by date. */
  readonly dailyPenalty?: Money;
  /** Work that breaks the law: also reported to the competent authority (R-REN-7). */
  readonly illegal?: boolean;
}

/**
 * An estate's penalty catalogue (R-REN-7), policy data under the management agreement: violation
 * type → severity → amount, a repeat multiplier and daily amounts. Fines are the government's.
 */
export interface RenovationPenaltyCatalogue {
  readonly types: Readonly<Record<string, RenovationViolationCatalogueEntry>>;
  /**
   * Applied once to the penalty when the same renovation already has a violation of the same
   * type (再次违规加倍). Must be at least 1. @default 2
   */
  readonly repeatMultiplier: Quantity;
}

/**
 * A documented starting point for an estate's catalogue; every amount is policy data the estate
 * replaces with the figures in its own management agreement.
 */
export const DEFAULT_RENOVATION_PENALTY_CATALOGUE: RenovationPenaltyCatalogue = {
  repeatMultiplier: parseQuantity("2"),
  types: {
    outOfHoursNoise: {
      label: { en: "noisy work outside permitted hours", zh: "非施工时间进行噪音作业" },
      severity: "minor",
    },
    debrisInCommonArea: {
      label: { en: "debris left in common areas", zh: "在公共区域堆放装修垃圾" },
      severity: "minor",
    },
    workerWithoutPass: {
      label: { en: "worker on site without a pass", zh: "施工人员未佩戴出入证" },
      severity: "minor",
    },
    hotWorkWithoutPermit: {
      label: { en: "hot work without a hot-work permit", zh: "未办理动火证进行动火作业" },
      severity: "serious",
      penalty: parseMoney("500"),
    },
    materialsWithoutConsent: {
      label: {
        en: "flammable or banned materials, acetylene or welding equipment without written consent",
        zh: "未经书面同意携带易燃或违禁材料、乙炔瓶、电焊设备",
      },
      severity: "serious",
      penalty: parseMoney("500"),
    },
    windowSecurityBars: {
      label: { en: "security bars installed on windows", zh: "安装窗户防护栏" },
      severity: "serious",
      penalty: parseMoney("1000"),
      dailyPenalty: parseMoney("50"),
    },
    facadeAlteration: {
      label: { en: "façade or exterior altered", zh: "改变房屋外立面" },
      severity: "serious",
      penalty: parseMoney("2000"),
      dailyPenalty: parseMoney("100"),
      illegal: true,
    },
    loadBearingStructure: {
      label: { en: "load-bearing structure altered without approval", zh: "擅自拆改承重结构" },
      severity: "serious",
      penalty: parseMoney("5000"),
      dailyPenalty: parseMoney("200"),
      illegal: true,
    },
    gasLineAlteration: {
      label: { en: "gas lines altered without approval", zh: "擅自改动燃气管道" },
      severity: "serious",
      penalty: parseMoney("2000"),
      dailyPenalty: parseMoney("100"),
      illegal: true,
    },
    heatingLineAlteration: {
      label: { en: "heating lines altered without approval", zh: "擅自改动供暖管道" },
      severity: "serious",
      penalty: parseMoney("2000"),
      dailyPenalty: parseMoney("100"),
      illegal: true,
    },
  },
};
