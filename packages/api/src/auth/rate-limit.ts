import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitError } from "../errors/index.ts";

export interface LoginRateLimitOptions {
  /** Failed logins allowed per phone number in `windowSeconds`. @default 5 */
  readonly perPhone?: number;
  /** Failed logins allowed per client IP in `windowSeconds`. @default 30 */
  readonly perIp?: number;
  /** @default 900 (15 minutes) */
  readonly windowSeconds?: number;
  /**
   * Redis URL: counters shared by every API instance. @default process.env.REDIS_URL; in memory
   * (one process) when unset.
   */
  readonly redisUrl?: string;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

/**
 * Login throttling (`rate-limiter-flexible`): failed attempts are counted per phone number
 * (guessing one account's password) and per IP (trying many accounts); past the limit every
 * attempt is refused until the window passes, before any password is checked.
 */
export class LoginRateLimiter {
  private readonly byPhone: Limiter;
  private readonly byIp: Limiter;
  private readonly redis: Redis | undefined;

  constructor(options: LoginRateLimitOptions = {}) {
    const duration = options.windowSeconds ?? 900;
    const phone = { keyPrefix: "wuye:login:phone", points: options.perPhone ?? 5, duration };
    const ip = { keyPrefix: "wuye:login:ip", points: options.perIp ?? 30, duration };
    const url = options.redisUrl ?? process.env.REDIS_URL;
    if (url) {
      this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.byPhone = new RateLimiterRedis({ ...phone, storeClient: this.redis });
      this.byIp = new RateLimiterRedis({ ...ip, storeClient: this.redis });
    } else {
      this.byPhone = new RateLimiterMemory(phone);
      this.byIp = new RateLimiterMemory(ip);
    }
  }

  /** Refuses with {@link RateLimitError} when either counter is spent. */
  async check(phone: string, ip: string): Promise<void> {
    const [p, i] = await Promise.all([this.byPhone.get(phone), this.byIp.get(ip)]);
    const spent = [
      [p, this.byPhone.points],
      [i, this.byIp.points],
    ] as const;
    for (const [result, points] of spent) {
      if (result && result.consumedPoints >= points) throw new RateLimitError(result.msBeforeNext / 1000);
    }
  }

  /** Counts a failed attempt against both the phone number and the IP. */
  async failed(phone: string, ip: string): Promise<void> {
    await Promise.all([swallowLimit(this.byPhone.consume(phone)), swallowLimit(this.byIp.consume(ip))]);
  }

  /** A successful login clears the phone number's count (the IP's stays). */
  async succeeded(phone: string): Promise<void> {
    await this.byPhone.delete(phone);
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

// `consume` rejects with the limiter's result once the limit is passed; that is not an error here.
async function swallowLimit(attempt: Promise<RateLimiterRes>): Promise<void> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof Error) throw error;
  }
}
