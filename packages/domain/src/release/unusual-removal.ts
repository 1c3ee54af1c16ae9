import { addDays, type IsoDate } from "../calendar/index.ts";
import { countReleasePieces } from "./items.ts";
import { DEFAULT_RELEASE_POLICY, type ReleasePolicy } from "./policy.ts";
import type { ReleaseHistoryEntry, UnusualRemovalFlag } from "./types.ts";

function isSingleItemTemporary(entry: Pick<ReleaseHistoryEntry, "reason" | "items">): boolean {
  return entry.reason === "temporary" && countReleasePieces(entry.items) === 1;
}

/**
 * R-REL-2: "如客户频繁、非正常临时搬运单件物品出门，则引起注意" — when a unit carries single items
 * out temporarily again and again, the desk pays attention. Counts the single-item temporary
 * passes of the candidate's unit whose date lies in the `withinDays` days ending on the
 * candidate's date (the candidate included) and flags when there are at least `passes`.
 * `history` holds the passes already issued; it is a notice for the desk, never a refusal.
 */
export function detectUnusualRemoval(
  candidate: ReleaseHistoryEntry,
  history: readonly ReleaseHistoryEntry[],
  policy: Pick<ReleasePolicy, "unusualRemoval"> = DEFAULT_RELEASE_POLICY,
): UnusualRemovalFlag | undefined {
  if (!isSingleItemTemporary(candidate)) return undefined;
  const { passes, withinDays } = policy.unusualRemoval;
  const since: IsoDate = addDays(candidate.date, -(withinDays - 1));
  const counted = history.filter(
    (entry) =>
      entry.id !== candidate.id &&
      entry.unitId === candidate.unitId &&
      entry.date >= since &&
      entry.date <= candidate.date &&
      isSingleItemTemporary(entry),
  );
  const passIds = [...counted.map((entry) => entry.id), candidate.id];
  if (passIds.length < passes) return undefined;
  return {
    rule: "R-REL-2",
    unitId: candidate.unitId,
    count: passIds.length,
    since,
    until: candidate.date,
    passIds,
    message: `Unit ${candidate.unitId} has taken single items out ${passIds.length} times from ${since} to ${candidate.date}: pay attention`,
    messageZh: `房屋 ${candidate.unitId} 在 ${since} 至 ${candidate.date} 期间 ${passIds.length} 次临时携带单件物品出门，请引起注意`,
  };
}
