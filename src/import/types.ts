import type { PhaseField } from './markdown/phases';

export const IMPORT_FORMATS = ['markdown', 'statuspage', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What was read out of one source item, for the summary and the note. */
export interface RecordStats {
  /** Times read from its timeline or updates, with date, time and zone. */
  readonly times: number;
  /** Phase times recorded exactly, to the day only, and as unknown. */
  readonly exact: readonly PhaseField[];
  readonly dayOnly: readonly PhaseField[];
  readonly unknown: readonly PhaseField[];
  readonly followUps: number;
  readonly followUpsDone: number;
  /** Fields whose source value could not be mapped (named in the file under source.unmapped). */
  readonly unmapped: readonly string[];
  /** Why something the source gave was not used, in a few words each. */
  readonly notes: readonly string[];
}

/** One incident read from a source, ready to be written. */
export interface ImportedIncident {
  /** The source item's identity (format, path or id): the same item finds the same file again. */
  readonly key: string;
  /** Where it came from, for messages: a path, a path and row, or the source's id. */
  readonly origin: string;
  readonly id: string;
  /** Day of the start, for the year folder. */
  readonly year: string;
  /** Frontmatter fields in the order they are written; `source.digest` is added when written. */
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
  readonly stats: RecordStats;
}

export interface ImportSkip {
  readonly origin: string;
  readonly reason: string;
}

export interface ReadResult {
  readonly incidents: readonly ImportedIncident[];
  readonly skipped: readonly ImportSkip[];
}
