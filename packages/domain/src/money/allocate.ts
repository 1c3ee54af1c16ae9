import { moneyErrors } from "./errors.ts";
import type { Money, Quantity, RoundingStep } from "./types.ts";

const STEP_IN_FEN: Record<RoundingStep, bigint> = { fen: 1n, jiao: 10n, yuan: 100n };

function weightUnits(weights: readonly (bigint | Quantity)[]): bigint[] {
  const scale = weights.reduce((max, w) => (typeof w === "bigint" ? max : Math.max(max, w.scale)), 0);
  return weights.map((w, index) => {
    const units = typeof w === "bigint" ? w * 10n ** BigInt(scale) : w.units * 10n ** BigInt(scale - w.scale);
    if (units < 0n) throw moneyErrors.MONEY_NEGATIVE_WEIGHT.error({ position: index + 1 });
    return units;
  });
}

/**
 * Splits `total` across parts in proportion to `weights` so that the parts add up to `total`
 * exactly: no fen is lost or created (largest-remainder method; ties go to the earlier part).
 * With a coarser `step`, whole steps are shared and any leftover below one step goes to the
 * part with the largest weight.
 */
export function allocateMoney(
  total: Money,
  weights: readonly (bigint | Quantity)[],
  step: RoundingStep = "fen",
): Money[] {
  const units = weightUnits(weights);
  const weightSum = units.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw moneyErrors.MONEY_ALLOCATION_WITHOUT_WEIGHT.error({ parts: weights.length });
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  const stepFen = STEP_IN_FEN[step];
  const steps = magnitude / stepFen;
  const leftover = magnitude % stepFen;

  const shares = units.map((w) => (steps * w) / weightSum);
  const remainders = units.map((w, index) => ({ index, remainder: (steps * w) % weightSum }));
  let missing = steps - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (missing === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  const result = shares.map((s) => s * stepFen);
  if (leftover !== 0n) {
    const heaviest = units.reduce((best, w, i) => (w > (units[best] ?? 0n) ? i : best), 0);
    result[heaviest] = (result[heaviest] ?? 0n) + leftover;
  }
  return result.map((fen) => (negative ? -fen : fen) as Money);
}
