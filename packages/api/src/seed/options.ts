import { DEMO_NOW } from "./clock.ts";

/** How to seed the demo estate; every option has a default. */
export interface SeedDemoEstateOptions {
  /**
   * Units across both estates (residential, commercial and parking). `--units 100000` is the
   * benchmark size. @default 1200 (at least 100)
   */
  readonly units?: number;
  /** The seed of the pseudo-random generator: the same seed gives the same rows. @default "wuye-demo" */
  readonly seed?: string;
  /** The instant every record is dated before. @default DEMO_NOW (2026-11-20T10:00:00+08:00) */
  readonly now?: Date;
  /**
   * Hashes the demo password for the demo logins' credentials.
   * @default `hashPassword` of `src/auth/` (argon2id)
   */
  readonly hashPassword?: (password: string) => Promise<string>;
  /** Units generated and written per step; memory stays flat however many units. @default 1000 */
  readonly unitsPerChunk?: number;
  /** Progress lines (`pnpm db:seed` prints them). @default none */
  readonly log?: (message: string) => void;
}

export interface ResolvedSeedOptions {
  readonly units: number;
  readonly seed: string;
  readonly now: Date;
  readonly unitsPerChunk: number;
  readonly log: (message: string) => void;
}

export const DEFAULT_DEMO_UNITS = 1200;
export const MIN_DEMO_UNITS = 100;

export function resolveSeedOptions(options: SeedDemoEstateOptions): ResolvedSeedOptions {
  const units = options.units ?? DEFAULT_DEMO_UNITS;
  if (!Number.isSafeInteger(units) || units < MIN_DEMO_UNITS) {
    throw new RangeError(`seedDemoEstate: units must be a whole number of at least ${MIN_DEMO_UNITS}`);
  }
  const unitsPerChunk = options.unitsPerChunk ?? 1000;
  if (!Number.isSafeInteger(unitsPerChunk) || unitsPerChunk < 1) {
    throw new RangeError("seedDemoEstate: unitsPerChunk must be a positive whole number");
  }
  const now = options.now ?? DEMO_NOW;
  if (Number.isNaN(now.getTime())) throw new RangeError("seedDemoEstate: now is not a valid instant");
  return {
    units,
    seed: options.seed ?? "wuye-demo",
    now,
    unitsPerChunk,
    log: options.log ?? (() => {}),
  };
}
