/**
 * GitHub's primary ("core") rate limit: a budget per user per hour, 60 per
 * hour for anonymous callers. Each bucket's window starts at its first request
 * and refills when `reset` passes, which is what x-ratelimit-reset reports.
 */

export interface RateBucket {
  limit: number;
  used: number;
  /** Epoch seconds at which the window refills. */
  reset: number;
}

const ANONYMOUS = '@anonymous';
const WINDOW_SECONDS = 3600;

export class RateLimiter {
  private readonly buckets = new Map<string, RateBucket>();

  constructor(
    private readonly limit: number,
    private readonly anonymousLimit: number,
    private readonly now: () => Date,
  ) {}

  /** The live bucket for a login (null = anonymous); tests may edit it. */
  bucket(login: string | null): RateBucket {
    const key = login ?? ANONYMOUS;
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.reset <= nowSeconds) {
      const limit = login === null ? this.anonymousLimit : this.limit;
      bucket = { limit, used: 0, reset: nowSeconds + WINDOW_SECONDS };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Spends one request; false (and nothing spent) when the budget is gone. */
  take(login: string | null): boolean {
    const bucket = this.bucket(login);
    if (bucket.used >= bucket.limit) return false;
    bucket.used += 1;
    return true;
  }

  /** A 304 Not Modified does not count against the limit on GitHub. */
  refund(login: string | null): void {
    const bucket = this.bucket(login);
    bucket.used = Math.max(0, bucket.used - 1);
  }

  /** Lets a test jump close to exhaustion without sending 5000 requests. */
  setRemaining(login: string | null, remaining: number): void {
    const bucket = this.bucket(login);
    bucket.used = Math.max(0, bucket.limit - remaining);
  }
}
