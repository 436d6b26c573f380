/** How the client paces and retries requests. Tests pass shorter times; the product uses GITHUB_TIMING. */
export interface Timing {
  /** Pause between writes. */
  readonly writeIntervalMs: number;
  /** Pause between writes that notify people (new issues, comments). */
  readonly notifyingWriteIntervalMs: number;
  /** Milliseconds per second of a retry-after header. */
  readonly retryAfterUnitMs: number;
  /** A request with no response by then counts as failed (and is retried if safe). */
  readonly requestTimeoutMs: number;
  /** How many times a failed request is retried (5xx, timeouts, resets, rate limits). */
  readonly retries: number;
  /** Longest primary rate-limit reset worth waiting for; beyond it the run stops and says when to retry. */
  readonly maxRateLimitWaitSeconds: number;
}

export const GITHUB_TIMING: Timing = Object.freeze({
  // GitHub: "wait at least one second between each request" that writes, to stay clear of secondary rate limits.
  writeIntervalMs: 1000,
  // Creating content that notifies people is limited harder (80 a minute); plugin-throttling's default pace.
  notifyingWriteIntervalMs: 3000,
  retryAfterUnitMs: 1000,
  // GitHub ends any REST request it cannot answer in 10 s; 30 s allows a slow network and bounds a hung connection.
  requestTimeoutMs: 30_000,
  retries: 3,
  maxRateLimitWaitSeconds: 60,
});
