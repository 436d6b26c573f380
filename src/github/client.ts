import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { GITHUB_TIMING, type Timing } from './timing';

export type GitHubClient = InstanceType<typeof ClientClass>;

const ClientClass = Octokit.plugin(throttling, retry);

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ClientOptions {
  readonly token: string;
  /** https://api.github.com, or GITHUB_API_URL on GitHub Enterprise Server. */
  readonly baseUrl: string;
  readonly log: Logger;
  readonly timing?: Timing;
}

/** fetch that gives up after `ms`; the failure looks like a network error, which Octokit retries. */
function fetchWithTimeout(ms: number): typeof fetch {
  return async (input, init) => {
    try {
      return await fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        // @octokit/request turns a TypeError's string cause into the RequestError's message.
        // eslint-disable-next-line preserve-caught-error
        throw new TypeError('fetch failed', { cause: `no response within ${ms} ms` });
      }
      throw error;
    }
  };
}

/**
 * Octokit with GitHub's recommended pacing (plugin-throttling: writes
 * spaced, secondary rate limits waited out) and retries of 5xx, timeouts
 * and resets (plugin-retry). The token never reaches a log line.
 */
export function createClient({ token, baseUrl, log, timing = GITHUB_TIMING }: ClientOptions): GitHubClient {
  const quiet = () => undefined;
  return new ClientClass({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: 'incidents-as-code',
    // error: plugin-request-log's line per failed request; the failure itself is reported where it is handled.
    log: { debug: quiet, info: quiet, warn: (m: string) => log.warn(m), error: quiet },
    request: { fetch: fetchWithTimeout(timing.requestTimeoutMs), retries: timing.retries },
    retry: { retryAfterBaseValue: timing.retryAfterUnitMs / 1000 },
    throttle: {
      retryAfterBaseValue: timing.retryAfterUnitMs,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeIntervalMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notifyingWriteIntervalMs }),
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log.warn(`GitHub's secondary rate limit hit on ${options.method} ${options.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${timing.retries})`);
        return retryCount < timing.retries;
      },
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        if (retryCount < 1 && retryAfter <= timing.maxRateLimitWaitSeconds) {
          log.warn(`GitHub's rate limit is used up; waiting ${retryAfter}s for it to reset`);
          return true;
        }
        log.warn(`GitHub's rate limit is used up for ${options.method} ${options.url}; it resets in ${retryAfter}s. Run again after that.`);
        return false;
      },
    },
  });
}
