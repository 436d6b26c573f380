import { parseZone, ZONE_WORD, type Zone } from './zone';

/**
 * Dates and times as postmortems write them at the start of a timeline
 * entry or in a field: 2019-05-02 14:03, 14:03 UTC, 2:03 PM, 2 May 2019,
 * May 2, 2019 14:03, 10 January 15:30, 2019-05-02T14:03:00Z. Nothing is
 * filled in: a part the text does not give stays undefined.
 */

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface When {
  /** The date, with the year when the text gives one. */
  readonly date?: { readonly year?: number; readonly month: number; readonly day: number };
  readonly clock?: Clock;
  readonly zone?: Zone;
  /** The text after the date and time, separators removed. */
  readonly rest: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** Each form: a regex from the start of the text, and how to read its groups. */
const DATES: readonly { re: RegExp; read: (m: RegExpExecArray) => When['date'] }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,|)\]:–—-])/i, read: (m) => ymd(m[1], m[2], m[3]) },
  { re: /^(\d{4})\/(\d{2})\/(\d{2})(?=$|[\s,|)\]:–—-])/, read: (m) => ymd(m[1], m[2], m[3]) },
  {
    re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?=$|[\\s,|)\\]:–—-])`, 'i'),
    read: (m) => named(m[3], m[2]!, m[1]),
  },
  {
    re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=$|[\\s,|)\\]:–—-])`, 'i'),
    read: (m) => named(m[3], m[1]!, m[2]),
  },
];

function ymd(y?: string, mo?: string, d?: string): When['date'] {
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  return validDay(year, month, day) ? { year, month, day } : undefined;
}

function named(y: string | undefined, monthName: string, d: string | undefined): When['date'] {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const day = Number(d);
  const year = y === undefined ? undefined : Number(y);
  if (!validDay(year ?? 2000, month, day)) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const CLOCK = new RegExp(
  `^(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap])\\.?m\\.?)?(?:\\s*\\(?(${ZONE_WORD})\\)?(?![A-Za-z]))?`,
  'i',
);
const CLOCK_12 = new RegExp(
  `^(?:at\\s+)?(\\d{1,2})\\s*([ap])\\.?m\\.?(?:\\s*\\(?(${ZONE_WORD})\\)?(?![A-Za-z]))?`,
  'i',
);

function readClock(text: string): { clock: Clock; zone?: Zone; length: number } | undefined {
  const m = CLOCK.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
    if (m[4]) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const zone = m[5] ? parseZone(m[5]) : undefined;
    if (m[5] && !zone) return undefined;
    return { clock: { hour, minute, second }, ...(zone ? { zone } : {}), length: m[0].length };
  }
  const twelve = CLOCK_12.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return undefined;
    const zone = twelve[3] ? parseZone(twelve[3]) : undefined;
    return {
      clock: { hour: (hour % 12) + (twelve[2]!.toLowerCase() === 'p' ? 12 : 0), minute: 0, second: 0 },
      ...(zone ? { zone } : {}),
      length: twelve[0].length,
    };
  }
  return undefined;
}

const LEAD = /^[\s[(*_`>]+/;
const SEPARATOR = /^[\s\])*_`]*(?:[-–—:|,]+|\bat\b)?[\s*_`]*/;
const ISO_ZONE = /^(Z|[+-]\d{2}:?\d{2})(?![\d:])/i;

/** The date and time a piece of text starts with, if it starts with one. */
export function readWhen(input: string): When | undefined {
  let text = input.replace(LEAD, '');
  let date: When['date'];
  for (const form of DATES) {
    const m = form.re.exec(text);
    if (!m) continue;
    date = form.read(m);
    if (!date) return undefined;
    text = text.slice(m[0].length).replace(/^(?:T|,?\s+(?:at\s+)?|,)/i, '');
    break;
  }
  const clockAt = text.replace(/^\s+/, '');
  const clock = readClock(clockAt);
  if (!date && !clock) return undefined;
  let zone = clock?.zone;
  if (clock) {
    text = clockAt.slice(clock.length);
    const iso = date && !zone ? ISO_ZONE.exec(text) : null;
    if (iso) {
      zone = parseZone(iso[1]!.toUpperCase() === 'Z' ? 'UTC' : iso[1]!);
      text = text.slice(iso[0].length);
    }
  } else if (/^\d/.test(clockAt)) {
    return undefined; // "2019-05-02 1403": a time it cannot read is no reading at all
  }
  const rest = text.replace(SEPARATOR, '').trim();
  return { ...(date ? { date } : {}), ...(clock ? { clock: clock.clock } : {}), ...(zone ? { zone } : {}), rest };
}

/** A whole value that is a date, a time or both, as a field gives it ("2019-05-02 14:03 UTC"); nothing else may follow. */
export function readWhenValue(value: string): When | undefined {
  const when = readWhen(value.trim());
  return when && when.rest.replace(/[.)\]]+$/, '') === '' ? when : undefined;
}
