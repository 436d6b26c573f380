import type { Config } from '../core/config';
import { columnsFor, parseCsv, readCsvRow, type CsvMapping } from './csv';
import { readPostmortem } from './markdown/postmortem';
import { buildRecord, type Draft } from './record';
import { readStatuspageIncident, statuspageIncidents } from './statuspage';
import type { ImportedIncident, ImportSkip, ReadResult } from './types';
import type { Zone } from './zone';

export interface ReadContext {
  readonly config: Config;
  readonly now: Date;
  /** The zone of times a source gives without one (--zone); undefined: such times are recorded to the day. */
  readonly zone: Zone | undefined;
}

/** A source that cannot be read as its format at all: the whole import stops. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

function collect(drafts: readonly (Draft | ImportSkip)[], context: ReadContext): ReadResult {
  const incidents: ImportedIncident[] = [];
  const skipped: ImportSkip[] = [];
  for (const draft of drafts) {
    const record = 'reason' in draft ? draft : buildRecord(draft, context);
    if ('reason' in record) skipped.push(record);
    else incidents.push(record);
  }
  return { incidents, skipped };
}

/** Postmortem documents (Markdown, or a wiki's Markdown export), each a record or a skip with its reason. */
export function readMarkdownDocuments(
  documents: readonly { path: string; read: { text: string } | { problem: string } }[],
  context: ReadContext,
  onProgress: (done: number) => void = () => {},
): ReadResult {
  const drafts = documents.map((document, index): Draft | ImportSkip => {
    onProgress(index + 1);
    if ('problem' in document.read) return { origin: document.path, reason: document.read.problem };
    const draft = readPostmortem({ path: document.path, text: document.read.text }, context.zone);
    return 'reason' in draft ? { origin: document.path, reason: draft.reason } : draft;
  });
  return collect(drafts, context);
}

/** A Statuspage incidents document (its API's JSON, or an export). */
export function readStatuspage(text: string, context: ReadContext): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SourceError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const incidents = statuspageIncidents(data);
  if ('problem' in incidents) throw new SourceError(incidents.problem);
  return collect(
    incidents.map((incident, index) => readStatuspageIncident(incident, index)),
    context,
  );
}

/** A spreadsheet's rows, each with the columns the mapping (or the headers' names) gives. */
export function readCsv(text: string, path: string, mapping: CsvMapping, context: ReadContext): ReadResult {
  const parsed = parseCsv(text);
  if ('problem' in parsed) throw new SourceError(`not CSV: ${parsed.problem}`);
  const { columns, problems } = columnsFor(parsed.header, mapping);
  if (problems.length) throw new SourceError(problems.join('; '));
  if (!columns.has('title'))
    throw new SourceError(
      `no column for the title: map one with --map title=<column>; the columns are ${parsed.header.map((h) => `'${h}'`).join(', ')}`,
    );
  return collect(
    parsed.rows.map((row) => readCsvRow(row, parsed.header, columns, { path, zone: context.zone })),
    context,
  );
}
