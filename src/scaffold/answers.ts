import { visible } from '../core/text';
import type { Config, SeverityConfig } from '../core/config';
import { didYouMean, listOf } from '../core/suggest';
import { parseStartTime, type ZonedTime } from './parse-time';

/** What a new incident record is made from; the same whether typed at prompts or given as flags. */
export interface NewIncident {
  readonly title: string;
  readonly severity: SeverityConfig;
  readonly started: ZonedTime;
  readonly services: readonly string[];
  readonly commander: string | undefined;
  /**
   * When impact was detected, as someone gave it; undefined when nobody
   * did: detected_at is then left out, never taken to be "now".
   */
  readonly detected?: ZonedTime | undefined;
  /** What users see, when known already (a declared incident's form says it). */
  readonly summary?: string;
}

export type Check<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

// The incident schema's handle pattern: @user or @org/team.
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

function quoted(value: string): string {
  return `'${visible(value)}'`;
}

export function checkTitle(input: string): Check<string> {
  const title = input.trim().replace(/\s+/g, ' ');
  if (!title)
    return {
      ok: false,
      reason: "the title cannot be empty: say what users experience, like 'Checkout failing for EU customers'",
    };
  return { ok: true, value: title };
}

export function checkSeverity(input: string, config: Config): Check<SeverityConfig> {
  const ids = config.severities.map((s) => s.id);
  const match = config.severities.find((s) => s.id.toLowerCase() === input.trim().toLowerCase());
  if (match) return { ok: true, value: match };
  const guess = didYouMean(input.trim(), ids);
  return {
    ok: false,
    reason: `severity must be one of ${listOf(ids)} (got ${quoted(input)})${guess ? `; did you mean ${guess}?` : ''}`,
  };
}

export function checkStarted(input: string, now: Date, timeZone: string): Check<ZonedTime> {
  const parsed = parseStartTime(input, now, timeZone);
  return parsed.ok ? { ok: true, value: parsed.time } : parsed;
}

/** What a person types for "not known": the detection time is then left out. */
export const UNKNOWN_TIME = 'unknown';

/** When impact was detected: a time in the forms of the start, no earlier than it; or 'unknown' (undefined). */
export function checkDetected(
  input: string,
  started: ZonedTime,
  now: Date,
  timeZone: string,
): Check<ZonedTime | undefined> {
  if (input.trim().toLowerCase() === UNKNOWN_TIME) return { ok: true, value: undefined };
  const parsed = parseStartTime(input, now, timeZone);
  if (!parsed.ok)
    return {
      ok: false,
      reason: `${parsed.reason.replace(/impact must already have started/, 'it must already have been detected')}, or ${UNKNOWN_TIME}`,
    };
  if (parsed.time.ms < started.ms)
    return {
      ok: false,
      reason: `${parsed.time.text} is before impact started (${started.text}): detection comes at or after the start`,
    };
  return { ok: true, value: parsed.time };
}

export function checkService(input: string, config: Config): Check<string> {
  const service = input.trim();
  const catalog = config.services.map((s) => s.id);
  if (!service) return { ok: false, reason: 'a service name cannot be empty' };
  if (catalog.length === 0 || catalog.includes(service)) return { ok: true, value: service };
  const guess = didYouMean(service, catalog);
  const source = config.source ?? '.incidents.yml';
  return {
    ok: false,
    reason: `unknown service ${quoted(service)}: ${guess ? `did you mean '${guess}'?` : `it is not in the service catalog in ${source}`}`,
  };
}

/** Services as flags give them: repeated, comma-separated, or both; duplicates dropped. */
export function checkServices(inputs: readonly string[], config: Config): Check<string[]> {
  const services: string[] = [];
  for (const name of inputs.flatMap((value) => value.split(',')).filter((value) => value.trim())) {
    const checked = checkService(name, config);
    if (!checked.ok) return checked;
    if (!services.includes(checked.value)) services.push(checked.value);
  }
  return { ok: true, value: services };
}

/** A GitHub handle; the @ is added when it was left out. */
export function checkCommander(input: string): Check<string> {
  const trimmed = input.trim();
  const handle = trimmed.startsWith('@') ? trimmed : `@${trimmed}`;
  if (HANDLE.test(handle)) return { ok: true, value: handle };
  return {
    ok: false,
    reason: `the incident commander must be a GitHub handle like @alice or @org/team (got ${quoted(input)})`,
  };
}
