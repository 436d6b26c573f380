import path from 'node:path';
import { loadConfig } from '../config/load';
import { UsageError } from '../core/errors';
import { displayPath } from '../incidents/find';
import {
  MAX_IMPORT_SOURCE_BYTES,
  readSourceFolder,
  readTextFile,
  readWrittenIncidents,
  sourceKind,
} from '../incidents/read/import-source';
import { FileExistsError, writeFileAtomic } from '../incidents/write-file';
import type { CsvMapping } from '../import/csv';
import { planImport } from '../import/plan';
import { readCsv, readMarkdownDocuments, readStatuspage, SourceError, type ReadContext } from '../import/read';
import type { ImportSummary } from '../import/summary';
import type { ImportFormat, ReadResult } from '../import/types';
import { parseZone } from '../import/zone';

export interface ImportOptions {
  readonly cwd: string;
  readonly source: string;
  readonly format?: ImportFormat | undefined;
  /** Where new files go; default the config's incidents folder. */
  readonly out?: string | undefined;
  readonly dryRun: boolean;
  readonly force: boolean;
  /** The zone of times the source gives without one. */
  readonly zone?: string | undefined;
  readonly mapping: CsvMapping;
  readonly configPath?: string | undefined;
  readonly now: Date;
  /** Called as items are read, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;

function detectFormat(given: ImportFormat | undefined, source: string, folder: boolean): ImportFormat {
  if (given) return given;
  if (folder || MARKDOWN.test(source)) return 'markdown';
  if (/\.json$/i.test(source)) return 'statuspage';
  if (/\.csv$/i.test(source)) return 'csv';
  throw new UsageError(
    `cannot tell the format of '${source}' from its name: give --format markdown, statuspage or csv`,
  );
}

function readSource(options: ImportOptions, format: ImportFormat, context: ReadContext) {
  const { absolute, folder } = sourceKind(options.cwd, options.source);
  // A source file is known by its name, whatever folder the import runs from: the same rows find the same files.
  const label = path.basename(absolute);
  if (format === 'markdown') {
    const { documents, ignored } = folder
      ? readSourceFolder(absolute, (name) => MARKDOWN.test(name))
      : { documents: [{ path: path.basename(absolute), read: readTextFile(absolute) }], ignored: new Map() };
    if (!documents.length)
      throw new UsageError(`found no Markdown documents (*.md) in '${options.source}'; nothing to import`);
    const result = readMarkdownDocuments(documents, context, (done) => options.onProgress?.(done, documents.length));
    return { result, items: documents.length, ignored };
  }
  if (folder) throw new UsageError(`'${options.source}' is a folder; --format ${format} reads one file`);
  const read = readTextFile(absolute, MAX_IMPORT_SOURCE_BYTES);
  if ('problem' in read) throw new UsageError(`cannot import '${options.source}': ${read.problem}`);
  try {
    const result: ReadResult =
      format === 'statuspage'
        ? readStatuspage(read.text, context)
        : readCsv(read.text, label, options.mapping, context);
    return { result, items: result.incidents.length + result.skipped.length, ignored: new Map<string, number>() };
  } catch (error) {
    if (error instanceof SourceError)
      throw new UsageError(`cannot import '${options.source}' as ${format}: ${error.message}`);
    throw error;
  }
}

/**
 * `incidents import`: read a source, map each item to an incident record,
 * plan what to write against the files already there, and write (unless a
 * dry run). Throws UsageError for a source it cannot read at all.
 */
export function importIncidents(options: ImportOptions): ImportSummary {
  const { config } = loadConfig(options.cwd, options.configPath);
  const zone = options.zone === undefined ? undefined : parseZone(options.zone);
  if (options.zone !== undefined && !zone)
    throw new UsageError(
      `--zone '${options.zone}' is not a time zone: give UTC, an offset like +02:00, or a name like Europe/Berlin`,
    );
  const { absolute, folder } = sourceKind(options.cwd, options.source);
  const format = detectFormat(options.format, absolute, folder);
  const { result, items, ignored } = readSource(options, format, { config, now: options.now, zone });
  const outDir = displayPath(options.cwd, path.resolve(options.cwd, options.out ?? config.incidentsDir));
  const existing = readWrittenIncidents(options.cwd, [...new Set([outDir, config.incidentsDir])]);
  const plan = planImport(result.incidents, existing, { outDir, force: options.force });
  if (!options.dryRun)
    for (const action of plan.actions) {
      if (action.kind !== 'create' && action.kind !== 'update') continue;
      const absolute = path.resolve(options.cwd, action.file);
      try {
        // A new file never replaces one, even one another run wrote a moment ago.
        writeFileAtomic(absolute, action.text, {
          shown: action.file,
          createFolders: true,
          exclusive: action.kind === 'create',
        });
      } catch (error) {
        if (error instanceof FileExistsError)
          throw new UsageError(
            `${action.file} appeared while importing (another run?); nothing was written over it: run the import again`,
          );
        throw error;
      }
    }
  return { format, source: options.source, items, plan, skipped: result.skipped, ignored, dryRun: options.dryRun };
}
