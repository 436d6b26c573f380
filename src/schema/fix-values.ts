/*
 * Values a hint can offer to be copied as they are: each built from what
 * the file (or the config) already says, so copying it fixes the finding
 * without breaking another rule (a time before the file's own detected_at,
 * a handle that is no handle). Undefined where nothing can be built
 * without guessing; the hint then describes the form instead.
 */
import { parseTimestamp } from '../core/time';

/** The phases of an incident, in the order their times must keep. */
const PHASES = ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'] as const;

/** The schema's handle pattern (@user or @org/team). */
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/** '@Alice Smith' or 'Alice Smith' -> '@Alice-Smith': the form of a handle, from the name written. */
export function asHandle(value: string): string | undefined {
  const [user = '', team] = value.trim().replace(/^@/, '').split('/', 2);
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '');
  const handle = `@${slug(user).slice(0, 39).replace(/-+$/, '')}${team === undefined ? '' : `/${slug(team)}`}`;
  return HANDLE.test(handle) ? handle : undefined;
}

/**
 * The zone most of the file's other timestamps are written in ('Z',
 * '+01:00'), so a time given without one is read as its neighbours are;
 * Z when none has one.
 */
export function usualZone(data: Readonly<Record<string, unknown>>): string {
  const counts = new Map<string, number>();
  for (const phase of PHASES) {
    const value = data[phase];
    if (typeof value !== 'string' || parseTimestamp(value) === undefined) continue;
    const zone = /(?:[Zz]|[+-]\d{2}:?\d{2})$/.exec(value)?.[0]?.toUpperCase() ?? 'Z';
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  let best = 'Z';
  let most = 0;
  for (const [zone, count] of counts) if (count > most) [best, most] = [zone, count];
  return best;
}

/**
 * For a phase the status needs (mitigated_at, resolved_at): the latest
 * time the file already gives for an earlier phase, which the missing one
 * can be no earlier than. Undefined when there is none.
 */
export function earliestPossible(
  data: Readonly<Record<string, unknown>>,
  field: string,
): { from: string; value: string } | undefined {
  const index = PHASES.indexOf(field as (typeof PHASES)[number]);
  let latest: { from: string; value: string; ms: number } | undefined;
  for (const phase of PHASES.slice(0, Math.max(index, 0))) {
    const value = data[phase];
    const ms = typeof value === 'string' ? parseTimestamp(value) : undefined;
    if (ms !== undefined && typeof value === 'string' && (!latest || ms >= latest.ms))
      latest = { from: phase, value, ms };
  }
  return latest && { from: latest.from, value: latest.value };
}

/** The UTC day of the file's resolved_at: the earliest review date that keeps the review after resolution. */
export function dayOfResolution(data: Readonly<Record<string, unknown>>): string | undefined {
  const ms = typeof data.resolved_at === 'string' ? parseTimestamp(data.resolved_at) : undefined;
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** '2026-03-04 9:20' or '2026-03-04T09:20' -> 2026-03-04T09:20:00, when the value is a date and a time in ISO order. */
export function isoWallTime(value: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '00'] = match;
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  const text = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s}`;
  return Number.isNaN(Date.parse(`${text}Z`)) || Number(h) > 23 ? undefined : text;
}

/** '2026-3-1' -> '2026-03-01': a date with one-digit parts, padded. */
export function paddedDay(value: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!match) return undefined;
  const text = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? undefined : text;
}

const UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(?:m|mins?|minutes?)$/, 'm'],
  [/^(?:h|hrs?|hours?)$/, 'h'],
  [/^(?:d|days?)$/, 'd'],
  [/^(?:w|wks?|weeks?)$/, 'w'],
];

function unitOf(word: string): string | undefined {
  return UNITS.find(([pattern]) => pattern.test(word.toLowerCase()))?.[1];
}

/** '5 days' -> '5d', '12 hours' -> '12h': a config duration in the form the config reads. */
export function asDuration(value: string): string | undefined {
  const match = /^\s*(\d+)\s*([A-Za-z]+)\s*$/.exec(value);
  const unit = match && unitOf(match[2]!);
  return unit ? `${match[1]}${unit}` : undefined;
}

const COMPARISONS: readonly (readonly [RegExp, string])[] = [
  [/^(?:at most|no more than|not more than|up to|within|under or equal to|<=)\s*/i, '<='],
  [/^(?:at least|no less than|not less than|>=)\s*/i, '>='],
  [/^(?:under|below|less than|fewer than|<)\s*/i, '<'],
  [/^(?:over|above|more than|greater than|>)\s*/i, '>'],
];

/** 'at most 30 minutes' -> '<= 30m', 'at least 80 percent' -> '>= 80%': a goal target in the form the config reads. */
export function asTarget(value: string): string | undefined {
  const text = value.trim();
  for (const [words, operator] of COMPARISONS) {
    const rest = words.exec(text) ? text.replace(words, '') : undefined;
    if (rest === undefined) continue;
    const match = /^(\d+(?:\.\d+)?)\s*(%|percent|[A-Za-z]+)?$/.exec(rest.trim());
    if (!match) return undefined;
    const word = match[2];
    if (word === undefined) return `${operator} ${match[1]}`;
    if (word === '%' || word.toLowerCase() === 'percent') return `${operator} ${match[1]}%`;
    const unit = unitOf(word);
    // A target's units are m, h and d: weeks are written in days.
    if (unit === 'w') return `${operator} ${Number(match[1]) * 7}d`;
    return unit ? `${operator} ${match[1]}${unit}` : undefined;
  }
  return undefined;
}
