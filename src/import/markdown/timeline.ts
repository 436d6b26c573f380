import type { List, RootContent, Table } from 'mdast';
import type { ZonedTime } from '../../scaffold/parse-time';
import { readWhen, type Day } from '../when';
import { statedZone, parseZone, zonedFromWall, type Zone } from '../zone';
import { oneLine, plainText } from './tree';

/** One line of a timeline, with the moment it names when the document says enough to know it. */
export interface TimelineEntry {
  readonly text: string;
  /** Date, time and zone all known. */
  readonly at?: ZonedTime;
  /** The day alone: a time without a stated zone, or no time at all (YYYY-MM-DD). */
  readonly day?: string;
  /** The entry has a time of day but no zone was stated for it. */
  readonly zoneless?: boolean;
}

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;

export function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

function nextDay(day: Day): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day) + DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

interface State {
  day: Day | undefined;
  zone: Zone | undefined;
  /** The last entry's wall time (as if UTC), to notice a timeline running past midnight. */
  lastWall: number | undefined;
  readonly entries: TimelineEntry[];
}

/** A line that only names a day ("**2015-10-21**", "Tuesday 5 March 2024:", "21 October (all times UTC)"). */
function dayHeading(line: string, state: State): boolean {
  const when = readWhen(line);
  if (!when?.date || when.clock) return false;
  if (when.rest.split(/\s+/).length > 5 && !statedZone(when.rest)) return false;
  const year = when.date.year ?? state.day?.year;
  if (year === undefined) return false;
  state.day = { year, month: when.date.month, day: when.date.day };
  state.lastWall = undefined;
  return true;
}

function entry(line: string, state: State, zoneOfColumn?: Zone): void {
  const zone = statedZone(line);
  if (zone) state.zone = zone;
  if (dayHeading(line, state)) return;
  const when = readWhen(line);
  if (!when || (!when.clock && !when.date)) return;
  let day: Day | undefined;
  if (when.date) {
    const year = when.date.year ?? state.day?.year;
    day = year === undefined ? undefined : { year, month: when.date.month, day: when.date.day };
    if (day) {
      state.day = day;
      state.lastWall = undefined;
    }
  } else {
    day = state.day;
  }
  const text = when.rest;
  if (!day) return;
  if (!when.clock) {
    state.entries.push({ text, day: isoDay(day) });
    return;
  }
  let wall = Date.UTC(day.year, day.month - 1, day.day, when.clock.hour, when.clock.minute, when.clock.second);
  // 23:50 then 00:10 with no date between: the timeline ran past midnight.
  if (!when.date && state.lastWall !== undefined && wall < state.lastWall - HALF_DAY_MS) {
    day = nextDay(day);
    state.day = day;
    wall += DAY_MS;
  }
  state.lastWall = wall;
  const zoneOfEntry = when.zone ?? zoneOfColumn ?? state.zone;
  if (zoneOfEntry) state.entries.push({ text, at: zonedFromWall(wall, zoneOfEntry), day: isoDay(day) });
  else state.entries.push({ text, day: isoDay(day), zoneless: true });
}

function listEntries(list: List, state: State): void {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first) entry(oneLine(plainText(first)), state);
    for (const child of rest) if (child.type === 'list') listEntries(child, state);
  }
}

function tableEntries(table: Table, state: State): void {
  const rows = table.children.map((row) => row.children.map((cell) => oneLine(plainText(cell))));
  const header = rows[0] ?? [];
  const timeColumn = Math.max(
    0,
    header.findIndex((h) => /\b(time|when|timestamp)\b/i.test(h)),
  );
  const dateColumn = header.findIndex((h, i) => i !== timeColumn && /\b(date|day)\b/i.test(h));
  const zoneText = /\(([^)]+)\)/.exec(header[timeColumn] ?? '')?.[1];
  const zone = zoneText ? parseZone(zoneText) : undefined;
  for (const row of rows.slice(1)) {
    const when = [dateColumn >= 0 ? row[dateColumn] : '', row[timeColumn]].filter(Boolean).join(' ');
    const text = row.filter((_, i) => i !== timeColumn && i !== dateColumn && row[i]).join(' — ');
    entry(`${when} ${text}`, state, zone);
  }
}

/** The entries of a timeline section, each dated and zoned as far as the document says. */
export function readTimeline(
  nodes: readonly RootContent[],
  context: { day: Day | undefined; zone: Zone | undefined },
): TimelineEntry[] {
  const state: State = { day: context.day, zone: context.zone, lastWall: undefined, entries: [] };
  for (const node of nodes) {
    if (node.type === 'heading') entry(oneLine(plainText(node)), state);
    else if (node.type === 'paragraph') for (const line of plainText(node).split('\n')) entry(line.trim(), state);
    else if (node.type === 'list') listEntries(node, state);
    else if (node.type === 'table') tableEntries(node, state);
  }
  return state.entries;
}
