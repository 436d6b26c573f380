import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { GITHUB_TIMING, type Timing } from './timing';
import { redactSecrets } from '../core/secrets';

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

/**
 * Answers that will be the same next time: bad request, bad credentials, a
 * permission or a missing thing, a conflict, a validation error. A 403 or 429
 * for a rate limit is waited out by plugin-throttling instead; 5xx, 429,
 * timeouts and resets are retried.
 */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 409, 410, 422, 451];

/** A network failure as @octokit/request reports one: its string cause becomes the RequestError's message (status 500, no response), which is retried. */
function networkFailure(cause: string): TypeError {
  return new TypeError('fetch failed', { cause });
}

/**
 * fetch that gives up after `ms` and reads the whole body before answering.
 * @octokit/request reads bodies itself and turns a body cut short (a reset
 * mid-response, a timeout while reading) into an empty string, and
 * pagination reads an empty page as "no issues": sync would then file every
 * follow-up again. A body that does not arrive whole is a network failure.
 */
function fetchWithTimeout(ms: number): typeof fetch {
  const describe = (error: unknown) =>
    error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      ? `no response within ${ms} ms`
      : 'the connection was closed before the response was complete';
  return async (input, init) => {
    const signal = init?.signal ?? AbortSignal.timeout(ms);
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        throw networkFailure(describe(error));
      throw error;
    }
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      throw networkFailure(describe(error));
    }
    const empty = response.status === 204 || response.status === 205 || response.status === 304;
    const whole = new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    return Object.defineProperty(whole, 'url', { value: response.url });
  };
}

/**
 * Octokit with GitHub's recommended pacing (plugin-throttling: writes
 * spaced, secondary rate limits waited out) and retries of 5xx, timeouts
 * and resets (plugin-retry). The token never reaches a log line.
 */
export function createClient({ token, baseUrl, log, timing = GITHUB_TIMING }: ClientOptions): GitHubClient {
  const quiet = () => undefined;
  const client = new ClientClass({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: 'incidents-as-code',
    // error: plugin-request-log's line per failed request; the failure itself is reported where it is handled.
    log: { debug: quiet, info: quiet, warn: (m: string) => log.warn(m), error: quiet },
    // No `retries` here: plugin-retry reads a request-wide count as "retry this whatever it was", 404s and 422s included.
    request: { fetch: fetchWithTimeout(timing.requestTimeoutMs) },
    // plugin-retry waits retryCount² × this many ms: 1 s, 4 s, 9 s with GitHub's timing.
    retry: { retries: timing.retries, retryAfterBaseValue: timing.retryAfterUnitMs, doNotRetry: [...DO_NOT_RETRY] },
    throttle: {
      retryAfterBaseValue: timing.retryAfterUnitMs,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeIntervalMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notifyingWriteIntervalMs }),
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        // Giving up is said once, by whoever reports the failed request.
        if (retryCount >= timing.retries) return false;
        log.warn(
          `GitHub's secondary rate limit hit on ${options.method} ${options.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${timing.retries})`,
        );
        return true;
      },
      onRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryCount < 1 && retryAfter <= timing.maxRateLimitWaitSeconds) {
          log.warn(`GitHub's rate limit is used up; waiting ${retryAfter}s for it to reset`);
          return true;
        }
        log.warn(
          `GitHub's rate limit is used up for ${options.method} ${options.url}; it resets in ${retryAfter}s. Run again after that.`,
        );
        return false;
      },
    },
  });
  // An answer that echoes the token back (some proxies and error pages do) loses it before anyone can print it.
  client.hook.error('request', (error) => {
    scrub(error, token);
    throw error;
  });
  return client;
}

/** The token out of a failed request's message and GitHub's message in the answer. */
function scrub(error: unknown, token: string): void {
  if (!(error instanceof Error)) return;
  error.message = redactSecrets(error.message, [token]);
  const data = (error as { response?: { data?: unknown } }).response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    const body = data as { message: string };
    body.message = redactSecrets(body.message, [token]);
  }
}
