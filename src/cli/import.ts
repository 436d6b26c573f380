import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importIncidents } from '../app/import-incidents';
import { UsageError } from '../core/errors';
import { parseYaml } from '../incidents/yaml/parse';
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../import/csv';
import { importCounts, renderImportSummary } from '../import/summary';
import type { ImportFormat } from '../import/types';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export interface ImportFlags {
  readonly format?: ImportFormat;
  readonly out?: string;
  readonly dryRun?: boolean;
  readonly force?: boolean;
  readonly zone?: string;
  readonly map?: readonly string[];
  readonly mapping?: string;
  readonly config?: string;
}

const FIELDS = Object.keys(CSV_FIELDS) as CsvField[];

function addField(mapping: CsvMapping, field: string, column: unknown, where: string): void {
  if (!FIELDS.includes(field as CsvField))
    throw new UsageError(`${where}: '${field}' is not a field an import fills; use one of ${FIELDS.join(', ')}`);
  if (typeof column !== 'string' || column.trim() === '')
    throw new UsageError(`${where}: give the column for '${field}' as text`);
  mapping[field as CsvField] = column.trim();
}

/** The column mapping: a small YAML file (field: Column), then --map field=Column flags over it. */
function readMapping(flags: ImportFlags, io: CliIo): CsvMapping {
  const mapping: CsvMapping = {};
  if (flags.mapping !== undefined) {
    let text: string;
    try {
      text = readFileSync(path.resolve(io.cwd, flags.mapping), 'utf8');
    } catch {
      throw new UsageError(`mapping file '${flags.mapping}' cannot be read`);
    }
    const parsed = parseYaml(text);
    if (!parsed.ok || !parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
      throw new UsageError(`mapping file '${flags.mapping}' must be lines of 'field: Column name'`);
    for (const [field, column] of Object.entries(parsed.data)) addField(mapping, field, column, flags.mapping);
  }
  for (const pair of flags.map ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--map '${pair}': write it as field=Column, like --map title="Incident name"`);
    addField(mapping, pair.slice(0, at).trim(), pair.slice(at + 1), '--map');
  }
  return mapping;
}

const BAR = 24;

/** A progress bar on standard error, only on a terminal, and only when it changes. */
function progressBar(io: CliIo): { update: (done: number, total: number) => void; clear: () => void } {
  if (!io.stderrIsTty) return { update: () => {}, clear: () => {} };
  let shown = -1;
  return {
    update: (done, total) => {
      const filled = Math.round((done / Math.max(total, 1)) * BAR);
      if (filled === shown && done !== total) return;
      shown = filled;
      io.writeErr(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} read`);
    },
    clear: () => {
      if (shown >= 0) io.writeErr('\r\u001b[2K');
    },
  };
}

/** `incidents import <source>`: exit 0 when every item is accounted for by a file, 1 when none could be imported. */
export function importCommand(source: string, flags: ImportFlags, io: CliIo): number {
  const progress = progressBar(io);
  try {
    const summary = importIncidents({
      cwd: io.cwd,
      source,
      format: flags.format,
      out: flags.out,
      dryRun: Boolean(flags.dryRun),
      force: Boolean(flags.force),
      zone: flags.zone,
      mapping: readMapping(flags, io),
      configPath: flags.config,
      now: io.now,
      onProgress: progress.update,
    });
    progress.clear();
    io.writeOut(renderImportSummary(summary));
    const counts = importCounts(summary);
    return counts.created + counts.updated + counts.unchanged + counts.edited > 0 ? EXIT_OK : EXIT_FINDINGS;
  } finally {
    progress.clear();
  }
}
