import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import type { Finding } from '../core/finding';
import { readAtCommit, type GitChanges } from '../git/changes';
import type { DocumentKind, IncidentRecord, SourceDocument } from './document';
export { STDIN_FILE } from './document';
import { displayPath, expandPaths, isUnder, requireIncidentFiles, walkIncidents, type DiscoveredFile } from './find';
import { parseDocument } from './parse-document';
import { readIncidentFile, tooLargeFinding } from './read/file';
import { keysOfBytes, readKeys } from './read/keys';

/**
 * Which files a command checks in full. Every other incident is read only
 * as far as the cross-file rules need (its id and references), so checking
 * one file costs one file, not the repository.
 * - whole: every file of the incidents folder, in full;
 * - named: the files and folders a user named (a pre-commit hook, an editor);
 * - changedSince: the files a change added or modified, and the ids of the
 *   incidents it deleted (read from its base commit).
 */
export type LoadScope =
  | { readonly whole: true }
  | { readonly named: readonly string[] }
  | { readonly changedSince: GitChanges }
  | { readonly stdin: StdinIncident };

/**
 * One file's text from standard input (an editor's unsaved buffer, a hook),
 * checked in place of the file it names, or as '<stdin>'.
 */
export interface StdinIncident {
  readonly file: string;
  readonly read: { readonly bytes: Uint8Array } | { readonly tooLarge: number };
}

/** What every command reads: one set type, whatever the scope. */
export interface IncidentSet {
  /** Documents to check in full: every file in the whole scope. */
  readonly targets: readonly SourceDocument[];
  /** Every incident after the change: the targets in full; in the named and changed scopes, the others by id and references only. */
  readonly allIncidents: readonly IncidentRecord[];
  /** changedSince: unchanged incidents that name an incident the change deletes, checked for that only. */
  readonly referrers: readonly SourceDocument[];
  /** changedSince: incidents the change deletes, id to the file it was in. */
  readonly deletedById: ReadonlyMap<string, string>;
  /** Problems that stopped a target from being read or parsed. */
  readonly findings: readonly Finding[];
  /** How many files were looked at: the targets, and the referrers. */
  readonly fileCount: number;
}

function kindOf(file: string, config: Config): DocumentKind {
  return isUnder(file, config.reviewsDir) ? 'review' : 'incident';
}

/** Each entry read in full once (a file named twice is read once), with the finding that stopped it, if any. */
function readTargets(entries: readonly DiscoveredFile[], config: Config) {
  const targets: SourceDocument[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readIncidentFile(entry, kindOf(entry.file, config));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }
  return { targets, findings, seen };
}

/** Every incident of the folder that is not a target, by its id and references only. */
function otherIncidents(
  cwd: string,
  config: Config,
  isTarget: (file: string) => boolean,
): { entry: DiscoveredFile; record: IncidentRecord }[] {
  const others: { entry: DiscoveredFile; record: IncidentRecord }[] = [];
  for (const entry of walkIncidents(cwd, config)) {
    if (isTarget(entry.file) || entry.symlink || kindOf(entry.file, config) !== 'incident') continue;
    const data = readKeys(entry.absolute);
    if (data) others.push({ entry, record: { file: entry.file, data } });
  }
  return others;
}

const NOTHING_DELETED: ReadonlyMap<string, string> = new Map();

function loadWhole(cwd: string, config: Config): IncidentSet {
  const { targets, findings, seen } = readTargets(requireIncidentFiles(cwd, config), config);
  const allIncidents = targets.filter((document) => document.kind === 'incident');
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: seen.size };
}

function loadNamed(cwd: string, config: Config, paths: readonly string[]): IncidentSet {
  const { targets, findings, seen } = readTargets(expandPaths(cwd, paths), config);
  const others = otherIncidents(cwd, config, (file) => seen.has(file));
  const allIncidents = [
    ...targets.filter((document) => document.kind === 'incident'),
    ...others.map((other) => other.record),
  ];
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: seen.size };
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

function loadChangedSince(cwd: string, config: Config, changes: GitChanges): IncidentSet {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  const relevant = (file: string) =>
    isUnder(file, incidentsDir) &&
    file.toLowerCase().endsWith('.md') &&
    !file.split('/').some((part) => part === 'node_modules' || part === '.git');
  const changed = new Set(changes.changed.filter(relevant));
  const entries = [...changed].flatMap((file) => discovered(cwd, file) ?? []);
  const { targets, findings } = readTargets(entries, config);
  const others = otherIncidents(cwd, config, (file) => changed.has(file));
  const allIncidents = [
    ...targets.filter((document) => document.kind === 'incident'),
    ...others.map((other) => other.record),
  ];

  const present = new Set(allIncidents.map((incident) => incident.data.id));
  const deletedById = new Map<string, string>();
  for (const file of changes.deleted.filter((f) => relevant(f) && kindOf(f, config) === 'incident')) {
    const bytes = readAtCommit(cwd, changes.base, file);
    const id = bytes && keysOfBytes(bytes)?.id;
    // A renamed file keeps its id: only an id no file has any more is deleted.
    if (typeof id === 'string' && !present.has(id)) deletedById.set(id, file);
  }

  const referrers: SourceDocument[] = [];
  for (const { entry, record } of deletedById.size > 0 ? others : []) {
    if (!namesAny(record.data, deletedById)) continue;
    // Only these few pay for a full parse: the finding needs the reference's position.
    const { document } = readIncidentFile(entry, 'incident');
    if (document) referrers.push(document);
  }
  return { targets, allIncidents, referrers, deletedById, findings, fileCount: entries.length + referrers.length };
}

function loadStdin(cwd: string, config: Config, stdin: StdinIncident): IncidentSet {
  const result =
    'bytes' in stdin.read
      ? parseDocument(stdin.file, kindOf(stdin.file, config), stdin.read.bytes)
      : { finding: tooLargeFinding(stdin.file, stdin.read.tooLarge, 'read up to the limit') };
  const targets = result.document ? [result.document] : [];
  const others = otherIncidents(cwd, config, (file) => file === stdin.file);
  const allIncidents = [
    ...targets.filter((document) => document.kind === 'incident'),
    ...others.map((other) => other.record),
  ];
  const findings = result.finding ? [result.finding] : [];
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: 1 };
}

/** The one loader: the incident files of a scope, read as far as the scope needs. */
export function loadIncidents(cwd: string, config: Config, scope: LoadScope): IncidentSet {
  if ('stdin' in scope) return loadStdin(cwd, config, scope.stdin);
  if ('changedSince' in scope) return loadChangedSince(cwd, config, scope.changedSince);
  if ('named' in scope) return loadNamed(cwd, config, scope.named);
  return loadWhole(cwd, config);
}

/**
 * One file as an editor holds it (the text, which may differ from the disk),
 * checked against every other incident of the folder by id and references:
 * what an editor's linter asks for on each keystroke. Undefined for a file
 * outside the incidents folder, which holds no incident.
 */
export function loadEdited(cwd: string, config: Config, file: string, bytes: Uint8Array): IncidentSet | undefined {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  if (!isUnder(file, incidentsDir)) return undefined;
  const kind = kindOf(file, config);
  const parsed = parseDocument(file, kind, bytes);
  const targets = parsed.document ? [parsed.document] : [];
  const others = otherIncidents(cwd, config, (other) => other === file);
  const allIncidents = [
    ...targets.filter((document) => document.kind === 'incident'),
    ...others.map((other) => other.record),
  ];
  const findings = parsed.finding ? [parsed.finding] : [];
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: 1 };
}
