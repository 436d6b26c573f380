import type { DiscoveredFile } from './discover';
import { parseDocument } from './parse-document';
import { readFrontmatterBytes } from './read-head';

/** One incident's fields, without its text: what the batch review works from. */
export interface DataRecord {
  readonly file: string;
  readonly absolute: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly frontmatterLine: number;
  readonly bodyLine: number;
}

export interface DataShare {
  readonly records: DataRecord[];
  /** Files with no usable frontmatter (the review skips them; validate reports why). */
  readonly unreadable: string[];
}

/**
 * The frontmatter of each file, read from the file's head. With `copy`,
 * parsed values are copied out of the text (js-yaml's strings are slices
 * of it), so no file's text outlives its parse; a worker thread skips the
 * copy, as posting the result copies it anyway.
 */
export function readIncidentData(entries: readonly DiscoveredFile[], copy: boolean): DataShare {
  const records: DataRecord[] = [];
  const unreadable: string[] = [];
  for (const entry of entries) {
    let read;
    try {
      read = entry.symlink ? undefined : readFrontmatterBytes(entry.absolute);
    } catch {
      read = undefined; // gone or unreadable since the walk
    }
    const parsed = read && 'bytes' in read ? parseDocument(entry.file, 'incident', read.bytes) : undefined;
    if (!parsed?.document) {
      unreadable.push(entry.file);
      continue;
    }
    const { data, frontmatterLine, bodyLine } = parsed.document;
    records.push({ file: entry.file, absolute: entry.absolute, data: copy ? structuredClone(data) : data, frontmatterLine, bodyLine });
  }
  return { records, unreadable };
}
