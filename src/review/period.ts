import { DAY_MS } from '../core/time';
import { UsageError } from '../core/errors';

/** One day in milliseconds: every date in the review is midnight UTC plus whole days. */

/** A span of time, [from, to), in UTC. */
export interface Period {
  /** '2026-Q1', '2026-03', '2026', or 'YYYY-MM-DD..YYYY-MM-DD'. */
  readonly label: string;
  readonly kind: 'quarter' | 'month' | 'year' | 'custom';
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/** Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear takes any year as written. */
const utc = (year: number, month0: number, day = 1) => new Date(0).setUTCFullYear(year, month0, day);

/** The first day a period can start on: labels and dates keep four-digit years. */
const FIRST_DAY = utc(0, 0, 1);

const yyyy = (year: number) => String(year).padStart(4, '0');

function quarter(year: number, q: number): Period {
  return { label: `${yyyy(year)}-Q${q}`, kind: 'quarter', from: utc(year, (q - 1) * 3), to: utc(year, q * 3) };
}

function month(year: number, m: number): Period {
  return {
    label: `${yyyy(year)}-${String(m).padStart(2, '0')}`,
    kind: 'month',
    from: utc(year, m - 1),
    to: utc(year, m),
  };
}

function year(y: number): Period {
  return { label: yyyy(y), kind: 'year', from: utc(y, 0), to: utc(y + 1, 0) };
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function custom(from: number, to: number): Period {
  return { label: `${isoDay(from)}..${isoDay(to - DAY_MS)}`, kind: 'custom', from, to };
}

/** '2026-Q1', '2026-03' or '2026'. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = /^(\d{4})-Q([1-4])$/i.exec(t);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(t);
  if (m) return year(Number(m[1]));
  throw new UsageError(
    `Invalid value for '--period': must be a quarter (2026-Q1), a month (2026-03) or a year (2026) (got '${text}')`,
  );
}

function parseDay(text: string, name: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || isoDay(ms) !== text)
    throw new UsageError(`Invalid value for '${name}': must be a date like 2026-01-31 (got '${text}')`);
  return ms;
}

/** --from and --to, both days and both inclusive. */
export function periodBetween(from: string, to: string): Period {
  const start = parseDay(from, '--from');
  const end = parseDay(to, '--to') + DAY_MS;
  if (end <= start) throw new UsageError(`'--to' (${to}) must not be before '--from' (${from})`);
  return custom(start, end);
}

/** --last 90d: the days up to and including today. */
export function lastDays(text: string, now: Date): Period {
  const m = /^(\d+)d$/.exec(text.trim());
  if (!m || Number(m[1]) === 0)
    throw new UsageError(`Invalid value for '--last': must be a number of days like 90d (got '${text}')`);
  const end = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  const start = end - Number(m[1]) * DAY_MS;
  if (start < FIRST_DAY)
    throw new UsageError(`Invalid value for '--last': reaches back before the year 0000 (got '${text}')`);
  return custom(start, end);
}

export function quarterOf(ms: number): Period {
  const d = new Date(ms);
  return quarter(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) + 1);
}

/** The last quarter that has ended by `now`. */
export function lastFullQuarter(now: Date): Period {
  const current = quarterOf(now.getTime());
  return previousPeriod(current);
}

/** The period of the same kind and length just before. */
export function previousPeriod(period: Period): Period {
  const d = new Date(period.from);
  switch (period.kind) {
    case 'quarter': {
      const q = Math.floor(d.getUTCMonth() / 3) + 1;
      return q === 1 ? quarter(d.getUTCFullYear() - 1, 4) : quarter(d.getUTCFullYear(), q - 1);
    }
    case 'month':
      return d.getUTCMonth() === 0 ? month(d.getUTCFullYear() - 1, 12) : month(d.getUTCFullYear(), d.getUTCMonth());
    case 'year':
      return year(d.getUTCFullYear() - 1);
    case 'custom':
      return custom(period.from - (period.to - period.from), period.from);
  }
}

/** The baseline: the `count` periods before this one, oldest first. */
export function trailingPeriods(period: Period, count: number): Period[] {
  const out: Period[] = [];
  let p = period;
  for (let i = 0; i < count; i++) {
    p = previousPeriod(p);
    out.unshift(p);
  }
  return out;
}

/**
 * The periods before this one that hold data: the `count` periods of the
 * same kind just before it, oldest first, leaving out those that end before
 * `dataStart` (the first record, or the program's configured start). A
 * baseline over periods nobody recorded would compare with zeros that mean
 * nothing.
 */
export function periodsWithData(period: Period, count: number, dataStart: number | undefined): Period[] {
  const out: Period[] = [];
  if (dataStart === undefined) return out;
  let p = period;
  for (let i = 0; i < count; i++) {
    if (p.from <= dataStart || p.from <= FIRST_DAY) break;
    p = previousPeriod(p);
    out.unshift(p);
  }
  return out;
}

/** Whether the period is still running at `now`: its counts cover only part of it. */
export function isPartial(period: Period, now: number): boolean {
  return now < period.to;
}

export function contains(period: Period, ms: number): boolean {
  return ms >= period.from && ms < period.to;
}
