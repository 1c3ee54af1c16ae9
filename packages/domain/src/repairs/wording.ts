import type { BilingualMessage } from "../errors/index.ts";
import { describeRounding, type RoundingPolicy } from "../money/index.ts";
import type {
  RepairCause,
  RepairComponentCategory,
  RepairPriceKind,
  RepairSeasonSpan,
  RepairWarrantyPeriod,
  RepairWarrantyStatus,
} from "./types.ts";

/**
 * The words of repair explanations (R-REP-3), in English and Chinese, so that an owner who
 * disputes a warranty decision or a quote can read why: "屋面防水：保修期 5 年（国家最低保修期限，…）".
 */

/** The component names as 建设工程质量管理条例 art. 40 lists them. */
export const REPAIR_CATEGORY_WORDS: Readonly<Record<RepairComponentCategory, BilingualMessage>> = {
  foundationAndStructure: { en: "Foundation and main structure", zh: "地基基础和主体结构" },
  roofWaterproofing: { en: "Roof waterproofing", zh: "屋面防水" },
  wetRoomLeakage: { en: "Leaks in bathrooms and other waterproofed rooms", zh: "卫生间、房间防渗漏" },
  exteriorWallLeakage: { en: "Exterior-wall leaks", zh: "外墙面防渗漏" },
  heating: { en: "Heating system", zh: "供热系统" },
  cooling: { en: "Cooling system", zh: "供冷系统" },
  electrical: { en: "Electrical wiring", zh: "电气管线" },
  plumbing: { en: "Water supply and drainage pipes", zh: "给排水管道" },
  equipmentInstallation: { en: "Equipment installation", zh: "设备安装" },
  decoration: { en: "Decoration work", zh: "装修工程" },
};

/** Why damage is excluded (房屋建筑工程质量保修办法 art. 17), as the subject of "caused by". */
const CAUSE_WORDS: Readonly<Record<Exclude<RepairCause, "defect">, BilingualMessage>> = {
  misuse: { en: "misuse", zh: "使用不当" },
  thirdParty: { en: "a third party", zh: "第三方" },
  forceMajeure: { en: "force majeure", zh: "不可抗力" },
};

const STATUS_WORDS: Readonly<Record<RepairWarrantyStatus, BilingualMessage>> = {
  inWarranty: { en: "in warranty", zh: "在保修期内" },
  expired: { en: "out of warranty", zh: "已过保修期" },
  excluded: { en: "not covered by the warranty", zh: "不属保修范围" },
};

const STATUTE: BilingualMessage = {
  en: "建设工程质量管理条例 art. 40",
  zh: "《建设工程质量管理条例》第四十条",
};
const EXCLUSIONS: BilingualMessage = {
  en: "房屋建筑工程质量保修办法 art. 17",
  zh: "《房屋建筑工程质量保修办法》第十七条",
};

/** "11月15日" from "11-15". */
function monthDayZh(monthDay: string): string {
  return `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3, 5))}日`;
}

/** "5 years" / "5 年"; "2 heating seasons (11-15 to 03-15)" / "2 个采暖期（11月15日至次年3月15日）". */
export function periodWords(
  period: RepairWarrantyPeriod,
  span: RepairSeasonSpan | undefined,
): BilingualMessage {
  if (period.kind === "years") {
    return { en: `${period.years} year${period.years === 1 ? "" : "s"}`, zh: `${period.years} 年` };
  }
  const plural = period.count === 1 ? "" : "s";
  const seasonZh = period.season === "heating" ? "采暖期" : "供冷期";
  const start = span?.start ?? "";
  const end = span?.end ?? "";
  const nextYear = end < start ? "次年" : "";
  return {
    en: `${period.count} ${period.season} season${plural} (${start} to ${end})`,
    zh: `${period.count} 个${seasonZh}（${monthDayZh(start)}至${nextYear}${monthDayZh(end)}）`,
  };
}

/** What the warranty explanation is made from. */
export interface WarrantyWordsInput {
  readonly category: RepairComponentCategory;
  readonly period: BilingualMessage;
  /** The national minimum in words when the estate's period differs from it. */
  readonly nationalMinimum?: BilingualMessage;
  readonly handoverDate: string;
  readonly endDate: string;
  readonly onDate: string;
  readonly cause: RepairCause;
  readonly status: RepairWarrantyStatus;
}

function conclusion(status: RepairWarrantyStatus): BilingualMessage {
  return status === "inWarranty"
    ? { en: "repaired free of charge", zh: "免费维修" }
    : { en: "the repair is charged", zh: "需收费维修" };
}

/**
 * R-REP-3: the category, the period and where it comes from, the dates, in or out of warranty and
 * why, and what follows for the owner (free or charged).
 */
export function warrantyExplanation(input: WarrantyWordsInput): BilingualMessage {
  const category = REPAIR_CATEGORY_WORDS[input.category];
  const source = input.nationalMinimum
    ? {
        en: `estate policy; the national minimum is ${input.nationalMinimum.en}`,
        zh: `本小区保修规定；国家最低保修期限为 ${input.nationalMinimum.zh}`,
      }
    : { en: `national minimum, ${STATUTE.en}`, zh: `国家最低保修期限，${STATUTE.zh}` };
  const head = {
    en: `${category.en}: warranty ${input.period.en} (${source.en}), from handover on ${input.handoverDate} to ${input.endDate}; reported on ${input.onDate}`,
    zh: `${category.zh}：保修期 ${input.period.zh}（${source.zh}），自交房日 ${input.handoverDate} 起至 ${input.endDate}，报修日 ${input.onDate}`,
  };
  const within = input.onDate <= input.endDate;
  const outcome = conclusion(input.status);
  if (input.cause === "defect") {
    const status = STATUS_WORDS[within ? "inWarranty" : "expired"];
    return { en: `${head.en}, ${status.en}: ${outcome.en}`, zh: `${head.zh} ${status.zh}，${outcome.zh}` };
  }
  const cause = CAUSE_WORDS[input.cause];
  const when = within
    ? { en: "within the period, but", zh: "虽在保修期内，但" }
    : { en: "after the period, and", zh: "已过保修期，且" };
  return {
    en: `${head.en}, ${when.en} damage caused by ${cause.en} is ${STATUS_WORDS.excluded.en} (${EXCLUSIONS.en}): ${outcome.en}`,
    zh: `${head.zh} ${when.zh}损坏系${cause.zh}造成，${STATUS_WORDS.excluded.zh}（${EXCLUSIONS.zh}），${outcome.zh}`,
  };
}

/** Appended when a person changes the decision: who, to what, from what, and why. */
export function overrideWords(
  from: RepairWarrantyStatus,
  to: RepairWarrantyStatus,
  actor: { readonly id: string; readonly role: string; readonly name?: string },
  reason: string,
): BilingualMessage {
  const who = `${actor.name ?? actor.id} (${actor.role})`;
  const whoZh = `${actor.name ?? actor.id}（${actor.role}）`;
  const outcome = conclusion(to);
  return {
    en: `. Changed by ${who} from ${STATUS_WORDS[from].en} to ${STATUS_WORDS[to].en}, ${outcome.en}; reason: ${reason}`,
    zh: `；经${whoZh}改判为${STATUS_WORDS[to].zh}，${outcome.zh}（原判定：${STATUS_WORDS[from].zh}），理由：${reason}`,
  };
}

export const PRICE_KIND_WORDS: Readonly<Record<RepairPriceKind, BilingualMessage>> = {
  labour: { en: "Labour", zh: "人工" },
  materials: { en: "Materials", zh: "材料" },
};

/** What the quote line says between the exact product and the amount when rounding changed it. */
export function roundingWords(policy: RoundingPolicy): BilingualMessage {
  const words = describeRounding(policy);
  return { en: `rounded ${words.en}`, zh: `${words.zh}为` };
}
