import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types';
import type { Finding } from '../core/finding';
import { decodeText } from './decode';
import { displayPath, walkIncidents, type DiscoveredFile } from './find';
import type { IncidentRecord, SourceDocument } from './document';
import { splitFrontmatter } from './frontmatter';
import { readAtCommit, type GitChanges } from '../git/changes';
import { MAX_FILE_BYTES } from './limits';
import { isUnder, readOne } from './load';
import { readBounded } from './read-bounded';
import { readFrontmatterHead } from './read-head';
import { referenceKeys } from './scan-references';

export interface ChangedSet {
  /** Files the change added or modified: validated fully. */
  readonly targets: readonly SourceDocument[];
  /** Unchanged incidents that name an incident the change deletes: checked for that only. */
  readonly referrers: readonly SourceDocument[];
  /** Every incident after the change; unchanged ones hold only id, repeat_of and related. */
  readonly allIncidents: readonly IncidentRecord[];
  /** Incidents the change deletes: id to the file it was in. */
  readonly deletedById: ReadonlyMap<string, string>;
  /** Problems that stopped a changed file from being read or parsed. */
  readonly findings: readonly Finding[];
  /** How many files were looked at: the changed ones and the referrers. */
  readonly fileCount: number;
}

/** Bytes to the three reference keys; undefined where the full loader would not have a document either. */
function keysOf(bytes: Uint8Array): Record<string, unknown> | undefined {
  if (bytes.length > MAX_FILE_BYTES) return undefined; // also the base commit's copy of a deleted file
  const decoded = decodeText(bytes);
  if (!decoded.ok) return undefined;
  const split = splitFrontmatter(decoded.text);
  return split.ok ? referenceKeys(split.yaml) : undefined;
}

export function readKeys(absolute: string): Record<string, unknown> | undefined {
  try {
    const head = readFrontmatterHead(absolute);
    let keys: Record<string, unknown> | undefined;
    if (head !== 'whole-file') keys = referenceKeys(head.yaml);
    else {
      // One open: fstat on it says how big the file is, and a file over the limit is never read.
      const read = readBounded(absolute);
      keys = 'bytes' in read ? keysOf(read.bytes) : undefined;
    }
    // A copy: values sliced from the file's text would keep its text alive for the whole run.
    return keys && structuredClone(keys);
  } catch {
    return undefined;
  }
}

function discovered(cwd: string, file: string): DiscoveredFile | undefined {
  const absolute = path.resolve(cwd, file);
  try {
    return { absolute, file, symlink: lstatSync(absolute).isSymbolicLink() };
  } catch {
    return undefined; // changed in the commits, gone from the working tree
  }
}

function namesAny(data: Readonly<Record<string, unknown>>, ids: ReadonlyMap<string, string>): boolean {
  const related = Array.isArray(data.related) ? data.related : [];
  return [data.repeat_of, ...related].some((value) => typeof value === 'string' && ids.has(value));
}

/**
 * The files of one change, for validating a pull request: changed files in
 * full, every other incident by its id and references only (no YAML parse
 * where a line scan suffices, no locators), and the ids of deleted ones
 * read from the base commit.
 */
export function loadChanged(cwd: string, config: Config, changes: GitChanges): ChangedSet {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  const kindOf = (file: string) => (isUnder(file, config.reviewsDir) ? 'review' : 'incident');
  const relevant = (file: string) =>
    isUnder(file, incidentsDir) && file.toLowerCase().endsWith('.md') && !file.split('/').some((part) => part === 'node_modules' || part === '.git');

  const targets: SourceDocument[] = [];
  const findings: Finding[] = [];
  const changed = new Set(changes.changed.filter(relevant));
  let looked = 0;
  for (const file of changed) {
    const entry = discovered(cwd, file);
    if (!entry) continue;
    looked++;
    const result = readOne(entry, kindOf(file));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }

  const allIncidents: IncidentRecord[] = targets.filter((document) => document.kind === 'incident');
  const unchanged: { entry: DiscoveredFile; record: IncidentRecord }[] = [];
  for (const entry of walkIncidents(cwd, config)) {
    if (changed.has(entry.file) || entry.symlink || kindOf(entry.file) !== 'incident') continue;
    const data = readKeys(entry.absolute);
    if (!data) continue;
    const record = { file: entry.file, data };
    allIncidents.push(record);
    unchanged.push({ entry, record });
  }

  const present = new Set(allIncidents.map((incident) => incident.data.id));
  const deletedById = new Map<string, string>();
  for (const file of changes.deleted.filter((f) => relevant(f) && kindOf(f) === 'incident')) {
    const bytes = readAtCommit(cwd, changes.base, file);
    const id = bytes && keysOf(bytes)?.id;
    // A renamed file keeps its id: only an id no file has any more is deleted.
    if (typeof id === 'string' && !present.has(id)) deletedById.set(id, file);
  }

  const referrers: SourceDocument[] = [];
  for (const { entry, record } of deletedById.size > 0 ? unchanged : []) {
    if (!namesAny(record.data, deletedById)) continue;
    // Only these few pay for a full parse: the finding needs the reference's position.
    const { document } = readOne(entry, 'incident');
    if (document) referrers.push(document);
  }
  return { targets, referrers, allIncidents, deletedById, findings, fileCount: looked + referrers.length };
}
