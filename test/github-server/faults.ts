import { STATUS_CODES } from 'node:http';
import { DOCS } from './errors';
import type { Reply } from './router';

export type FaultKind =
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'secondary-rate-limit'; retryAfter: number }
  | { type: 'too-many-requests'; retryAfter: number }
  | { type: 'slow'; delayMs: number }
  | { type: 'hang' }
  | { type: 'reset' }
  /** The request takes effect, then the connection drops halfway through the response body. */
  | { type: 'reset-mid-response' };

export interface FaultRule {
  /** Case-insensitive; any method when absent. */
  method?: string;
  /** Tested against the path without the query string; a string must match exactly. */
  path?: RegExp | string;
  /** How many requests this rule takes before it is spent; default 1, Infinity allowed. */
  times?: number;
  kind: FaultKind;
}

/** A rule as stored: `remaining` counts down, `hits` counts up, so tests can assert a fault fired. */
export interface ActiveFault extends FaultRule {
  remaining: number;
  hits: number;
}

/**
 * Fault injection. Rules are tried in the order added; the first live match
 * takes the request. Every kind but `slow` and `reset-mid-response` consumes
 * it: the request never reaches the API, so state is untouched and no rate
 * limit is spent. Those two let the request take effect: the client just
 * cannot tell (a write that landed, though the caller saw a failure).
 */
export class Faults {
  private rules: ActiveFault[] = [];
  private writes = 0;
  private dieAt: number | null = null;

  add(rule: FaultRule): ActiveFault {
    const active: ActiveFault = { ...rule, remaining: rule.times ?? 1, hits: 0 };
    this.rules.push(active);
    return active;
  }

  /** After n more successful writes, every request gets its socket destroyed, as if the server died. */
  dieAfterWrites(n: number): void {
    this.dieAt = this.writes + n;
  }

  /** Removes every rule and revives a "dead" server. */
  clear(): void {
    this.rules = [];
    this.dieAt = null;
  }

  get dead(): boolean {
    return this.dieAt !== null && this.writes >= this.dieAt;
  }

  get pending(): readonly ActiveFault[] {
    return this.rules.filter((r) => r.remaining > 0);
  }

  /** Called by the server after each successful write. */
  noteWrite(total: number): void {
    this.writes = total;
  }

  take(method: string, path: string): FaultKind | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.method === undefined || r.method.toUpperCase() === method) &&
        (r.path === undefined || (typeof r.path === 'string' ? r.path === path : r.path.test(path))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    rule.hits += 1;
    return rule.kind;
  }
}

const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** The response a responding fault sends; hang, reset, reset-mid-response and slow are handled by the server itself. */
export function faultReply(kind: FaultKind, requestId: string): Reply | undefined {
  switch (kind.type) {
    case 'status':
      return {
        status: kind.status,
        body: kind.body ?? {
          message: STATUS_CODES[kind.status] ?? 'Error',
          documentation_url: DOCS,
          status: String(kind.status),
        },
        headers: kind.headers,
      };
    case 'secondary-rate-limit':
    case 'too-many-requests':
      // Same body for 403 and 429: clients (octokit's throttling plugin) recognise it by "secondary rate".
      return {
        status: kind.type === 'secondary-rate-limit' ? 403 : 429,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url: SECONDARY_DOCS,
          status: kind.type === 'secondary-rate-limit' ? '403' : '429',
        },
        headers: { 'retry-after': String(kind.retryAfter) },
      };
    default:
      return undefined;
  }
}
