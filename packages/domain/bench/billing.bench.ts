/**
 * `pnpm bench`: a month of bills for 100,000 units × 4 fee items, exact (BigInt fen) against a
 * naive floating-point version of the same computation, in the same process. Warms up, repeats,
 * reports medians and whether the targets are met. It never fails: it is a measurement, not a test.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildFeeSchedule, runMonthlyBilling } from "../src/fees/index.ts";
import { BENCH_ESTATE, BENCH_PERIOD, benchStandards, generateBenchData } from "./fixtures.ts";
import { floatBillingRun, prepareFloatStandards } from "./float-baseline.ts";

const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
const MAX_SECONDS = 2;
const MAX_RATIO = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Seconds one run takes; its result is kept alive until the clock stops, then released. */
function timed(run: () => { readonly lineCount: number }): number {
  const start = performance.now();
  const lines = run().lineCount;
  const seconds = (performance.now() - start) / 1000;
  return lines > 0 ? seconds : Number.NaN;
}

const data = generateBenchData(UNITS);
const schedule = buildFeeSchedule({
  estateId: BENCH_ESTATE,
  standards: benchStandards,
  policy: { priceDecimals: 4 },
});
const floatStandards = prepareFloatStandards(benchStandards);
const exact = () =>
  runMonthlyBilling(schedule, { period: BENCH_PERIOD, units: data.units, readings: data.readings });
const float = () => floatBillingRun(floatStandards, BENCH_ESTATE, BENCH_PERIOD, data.units, data.readings);

// Warm up both paths so the JIT has compiled them before anything is timed.
for (let i = 0; i < 2; i++) {
  exact();
  float();
}

const exactSeconds: number[] = [];
const floatSeconds: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  // Interleaved, so background load hits both sides alike. Each result is dropped before the next
  // run, so neither side pays for collecting the other's 400,000 retained lines.
  exactSeconds.push(timed(exact));
  floatSeconds.push(timed(float));
}
const lastExact = exact();
const lastFloat = float();

// How often the float version disagrees with the exact one: what exactness buys.
let amountDiffers = 0;
let explanationDiffers = 0;
lastExact.bills.forEach((bill, b) => {
  const floatBill = lastFloat.bills[b];
  bill.lines.forEach((line, l) => {
    const floatLine = floatBill?.lines[l];
    if (!floatLine) return;
    if (BigInt(Math.round(floatLine.amount * 100)) !== line.amount) amountDiffers++;
    if (
      floatLine.explanation.zh !== line.explanation.zh ||
      floatLine.explanation.en !== line.explanation.en
    ) {
      explanationDiffers++;
    }
  });
});

const exactMedian = median(exactSeconds);
const floatMedian = median(floatSeconds);
const lines = lastExact.lineCount;
const ratio = exactMedian / floatMedian;
const format = (seconds: number) => `${seconds.toFixed(3)} s`;

console.log(
  `Billing run: ${UNITS.toLocaleString("en")} units, ${lines.toLocaleString("en")} lines, period ${BENCH_PERIOD}`,
);
console.log(
  `Machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(`Runs: ${REPEATS} timed after 2 warm-ups, median reported`);
console.log(
  `  exact (BigInt fen)  ${format(exactMedian)}  ${Math.round(lines / exactMedian).toLocaleString("en")} lines/s`,
);
console.log(
  `  float (number)      ${format(floatMedian)}  ${Math.round(lastFloat.lineCount / floatMedian).toLocaleString("en")} lines/s`,
);
console.log(`  exact / float       ${ratio.toFixed(2)}×`);
console.log(`  all exact runs      ${exactSeconds.map(format).join(", ")}`);
console.log(`  all float runs      ${floatSeconds.map(format).join(", ")}`);
console.log(`Float lines whose amount differs from the exact one: ${amountDiffers}`);
console.log(`Float lines whose explanation differs: ${explanationDiffers}`);
console.log(
  `Target: ${lines.toLocaleString("en")} lines in under ${MAX_SECONDS} s … ${exactMedian < MAX_SECONDS ? "met" : "NOT met"}`,
);
console.log(`Target: exact within ${MAX_RATIO}× of float … ${ratio <= MAX_RATIO ? "met" : "NOT met"}`);
