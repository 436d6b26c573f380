import { formatZoned, fromWall, zoneOffsetMinutes, type ZonedTime } from '../scaffold/parse-time';

/**
 * The time zone a source states for its times: a fixed offset (UTC, +02:00,
 * PDT), or a named zone whose offset depends on the date (Europe/Berlin, and
 * "Pacific" or "PT", which mean whichever of PST and PDT was in force).
 */
export type Zone =
  | { readonly kind: 'offset'; readonly minutes: number; readonly name: string }
  | { readonly kind: 'named'; readonly timeZone: string; readonly name: string };

const MINUTE = 60_000;

/** Abbreviations read literally: PDT is -07:00 even in winter, as written. */
const FIXED: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  z: 0,
  pst: -480,
  pdt: -420,
  mst: -420,
  mdt: -360,
  cst: -360,
  cdt: -300,
  est: -300,
  edt: -240,
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  bst: 60,
  jst: 540,
  aest: 600,
  aedt: 660,
};

/** Generic names whose offset follows daylight saving, as the region kept it. */
const GENERIC: Readonly<Record<string, string>> = {
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  et: 'America/New_York',
  eastern: 'America/New_York',
};

/** The words that can name a zone in running text; IST (India, Ireland or Israel) is left out: it names three. */
export const ZONE_WORD =
  '(?:UTC|GMT)(?:\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|PST|PDT|MST|MDT|CST|CDT|EST|EDT|WET|WEST|CET|CEST|EET|EEST|BST|JST|AEST|AEDT|PT|MT|CT|ET|Pacific|Mountain|Central|Eastern|Z';

function isNamedZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A zone from the words a document uses for it, or undefined when they name none (or more than one). */
export function parseZone(text: string): Zone | undefined {
  const name = text.trim();
  const lower = name.toLowerCase();
  if (lower in FIXED) return { kind: 'offset', minutes: FIXED[lower]!, name };
  if (lower in GENERIC) return { kind: 'named', timeZone: GENERIC[lower]!, name };
  const offset = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(name);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (minutes > 14 * 60) return undefined;
    return { kind: 'offset', minutes: offset[1] === '+' ? minutes : -minutes, name };
  }
  if (name.includes('/') && isNamedZone(name)) return { kind: 'named', timeZone: name, name };
  return undefined;
}

/** A wall-clock time (read as if it were UTC) in a zone, written with the offset in force then. */
export function zonedFromWall(wallMs: number, zone: Zone): ZonedTime {
  if (zone.kind === 'offset') return formatZoned(wallMs - zone.minutes * MINUTE, zone.minutes);
  const ms = fromWall(wallMs, zone.timeZone);
  return formatZoned(ms, zoneOffsetMinutes(ms, zone.timeZone));
}

const STATEMENTS = [
  // A line that starts by saying so: "All times UTC", "All times are in PT.", "Times in CET", "Times shown are Pacific"
  new RegExp(
    `^[^\\p{L}\\p{N}]*(?:all\\s+)?times?\\s+(?:are\\s+|shown\\s+|given\\s+|listed\\s+)*(?:in\\s+)?(${ZONE_WORD})\\b`,
    'iu',
  ),
  // Anywhere, in parentheses: "2015-10-21 (all times UTC)", "Timeline (all times ET)"
  new RegExp(`\\(\\s*all\\s+times\\s+(?:are\\s+)?(?:in\\s+)?(${ZONE_WORD})\\s*\\)`, 'i'),
  // "Time zone: Europe/Berlin", "Timezone - UTC"
  new RegExp(`^[^\\p{L}\\p{N}]*time\\s*zone\\s*[:\\-–]\\s*(${ZONE_WORD})`, 'iu'),
];

/** The zone a line of text states for the times around it ("All times UTC."), if it states one. */
export function statedZone(text: string): Zone | undefined {
  for (const statement of STATEMENTS) {
    const match = statement.exec(text);
    const zone = match ? parseZone(match[1]!) : undefined;
    if (zone) return zone;
  }
  return undefined;
}
