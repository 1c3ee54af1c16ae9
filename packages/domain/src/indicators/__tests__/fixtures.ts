import type { IndicatorScope } from "../index.ts";

/** November 2026 at estate E1. */
export const november: IndicatorScope = { estateId: "E1", from: "2026-11-01", to: "2026-11-30" };

/** An instant on the Beijing wall clock, e.g. beijing("2026-11-03 09:00"). */
export function beijing(text: string): Date {
  return new Date(`${text.replace(" ", "T")}:00+08:00`);
}

export function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof Error && "code" in error ? String(error.code) : "other";
  }
  return undefined;
}
