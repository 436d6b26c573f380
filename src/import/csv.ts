import { parse } from 'csv-parse/sync';
import { parseTimestamp } from '../core/time';
import type { Draft, Moment, Status } from './record';
import type { ImportSkip } from './types';
import { splitNames } from './values';
import { readWhenValue } from './when';
import { zonedFromWall, type Zone } from './zone';
import { isoDay } from './markdown/timeline';

/** The fields a column can fill, and the header names each is found under when no mapping names its column. */
export const CSV_FIELDS = {
  id: ['id', 'key', 'incident id', 'number', 'ticket'],
  title: ['title', 'name', 'subject', 'incident', 'incident title', 'summary'],
  started_at: [
    'started at',
    'started',
    'start',
    'start time',
    'impact start',
    'created at',
    'created',
    'opened',
    'date',
  ],
  detected_at: ['detected at', 'detected', 'detection time'],
  mitigated_at: ['mitigated at', 'mitigated', 'mitigation time'],
  resolved_at: ['resolved at', 'resolved', 'resolution time', 'closed at', 'closed', 'end', 'ended', 'end time'],
  severity: ['severity', 'sev', 'priority', 'impact'],
  status: ['status', 'state'],
  services: ['services', 'service', 'components', 'component', 'affected services'],
  commander: ['incident commander', 'commander', 'ic'],
  description: ['description', 'details', 'notes', 'body', 'postmortem'],
  url: ['url', 'link'],
} as const;

export type CsvField = keyof typeof CSV_FIELDS;
export type CsvMapping = Partial<Record<CsvField, string>>;

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Which column fills each field: the mapping given, else a header with one of the field's usual names. */
export function columnsFor(
  header: readonly string[],
  given: CsvMapping,
): { columns: Map<CsvField, number>; problems: string[] } {
  const columns = new Map<CsvField, number>();
  const problems: string[] = [];
  const taken = new Set<number>();
  for (const [field, column] of Object.entries(given) as [CsvField, string][]) {
    const index = header.findIndex((h) => norm(h) === norm(column));
    if (index < 0)
      problems.push(`no column '${column}' for ${field}; the columns are ${header.map((h) => `'${h}'`).join(', ')}`);
    else {
      columns.set(field, index);
      taken.add(index);
    }
  }
  for (const field of Object.keys(CSV_FIELDS) as CsvField[]) {
    if (columns.has(field) || given[field] !== undefined) continue;
    for (const name of CSV_FIELDS[field]) {
      const index = header.findIndex((h, i) => !taken.has(i) && norm(h) === name);
      if (index >= 0) {
        columns.set(field, index);
        taken.add(index);
        break;
      }
    }
  }
  return { columns, problems };
}

export interface CsvRow {
  readonly cells: readonly string[];
  /** The file line the row starts on. */
  readonly line: number;
}

/** The rows of a CSV text, or where it stops being CSV. */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } | { problem: string } {
  try {
    const records = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [head, ...rest] = records;
    if (!head) return { problem: 'the file has no rows' };
    let line = head.info.lines + 1;
    const rows = rest.map(({ record, info }) => {
      const row = { cells: record, line };
      line = info.lines + 1;
      return row;
    });
    return { header: head.record.map((h) => h.trim()), rows };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function moment(value: string | undefined, zone: Zone | undefined): Moment | 'unreadable' | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = parseTimestamp(text.replace(' ', 'T'));
  if (iso !== undefined) return { text: text.replace(' ', 'T'), ms: iso, day: text.slice(0, 10) };
  const when = readWhenValue(text);
  if (!when?.date || when.date.year === undefined) return 'unreadable';
  const day = { year: when.date.year, month: when.date.month, day: when.date.day };
  const z = when.zone ?? zone;
  if (!when.clock || !z) return { text: isoDay(day), ms: undefined, day: isoDay(day) };
  const at = zonedFromWall(
    Date.UTC(day.year, day.month - 1, day.day, when.clock.hour, when.clock.minute, when.clock.second),
    z,
  );
  return { text: at.text, ms: at.ms, day: isoDay(day) };
}

const STATUSES: readonly [Status, RegExp][] = [
  ['reviewed', /^(?:reviewed|postmortem(?: complete| done)?|post-mortem complete)$/i],
  ['resolved', /^(?:resolved|closed|done|fixed|complete|completed)$/i],
  ['mitigated', /^(?:mitigated|monitoring)$/i],
  ['investigating', /^(?:investigating|identified|open|active|ongoing|triggered|acknowledged)$/i],
];

/** A line that would start a heading, a fence or an HTML block: the description stays text in its record. */
const BLOCK_START = /^( {0,3})(#{1,6}(?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}|<)/gm;

function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, '<br>') || ' ';
}

/** One row as a draft record; every cell is kept in the body, whatever was mapped. */
export function readCsvRow(
  row: CsvRow,
  header: readonly string[],
  columns: ReadonlyMap<CsvField, number>,
  context: { path: string; zone: Zone | undefined },
): Draft | ImportSkip {
  const cell = (field: CsvField) => {
    const index = columns.get(field);
    const value = index === undefined ? undefined : row.cells[index]?.trim();
    return value ? value : undefined;
  };
  const id = cell('id');
  const origin = `${context.path} line ${row.line}${id ? ` (${id})` : ''}`;
  if (row.cells.every((c) => c.trim() === '')) return { origin, reason: 'an empty row' };
  const unmapped: Record<string, string> = {};
  const notes: string[] = [];
  const times: Partial<Record<'started_at' | 'detected_at' | 'mitigated_at' | 'resolved_at', Moment>> = {};
  for (const field of ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'] as const) {
    const value = cell(field);
    const read = moment(value, context.zone);
    if (read === 'unreadable') {
      unmapped[field] = value!;
      notes.push(`${field} '${value}' is not a date this importer reads: left unknown`);
    } else if (read) times[field] = read;
  }
  const statusText = cell('status');
  const status = statusText ? STATUSES.find(([, re]) => re.test(statusText))?.[0] : undefined;
  if (statusText && !status) unmapped.status = statusText;
  const title = cell('title');
  const rowTable = [
    '| Column | Value |',
    '|---|---|',
    ...header.map((h, i) => `| ${tableCell(h)} | ${tableCell(row.cells[i]?.trim() ?? '')} |`),
  ];
  const description = cell('description');
  return {
    origin,
    title,
    status: status ?? 'resolved',
    times,
    severity: cell('severity'),
    services: splitNames(cell('services') ?? ''),
    commander: cell('commander'),
    followUps: [],
    source: {
      format: 'csv',
      path: context.path,
      id: id ?? `line ${row.line}`,
      ...(cell('url') ? { url: cell('url')! } : {}),
    },
    unmapped,
    body: [
      `# ${title ?? id ?? origin}`,
      '',
      ...(description ? [description.replace(BLOCK_START, '$1\\$2'), ''] : []),
      '## Source row',
      '',
      ...rowTable,
      '',
    ].join('\n'),
    timesRead: Object.keys(times).length,
    notes: statusText && !status ? [...notes, `status '${statusText}' not known: recorded as resolved`] : notes,
  };
}
