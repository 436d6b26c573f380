import type { Locator } from './locate';

export type DocumentKind = 'incident' | 'review';

/** The name a file read from standard input goes by when it is given none. */
export const STDIN_FILE = '<stdin>';

/** A file whose frontmatter parsed as a YAML mapping. */
export interface SourceDocument {
  /** Path relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly kind: DocumentKind;
  /** The frontmatter as parsed: strings stay strings. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
  /** 1-based file line of the first frontmatter line. */
  readonly frontmatterLine: number;
  /** Positions of keys and values in the frontmatter, computed on demand. */
  readonly locate: Locator;
}

/**
 * What cross-file rules need of an incident: its file and frontmatter. A
 * SourceDocument is one; so is an unchanged file of a pull request, read
 * for its id and references only.
 */
export interface IncidentRecord {
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
}
