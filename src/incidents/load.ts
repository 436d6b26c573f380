import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import type { Finding } from '../core/finding';
import { gitPath, unchangedBlobs } from '../git/blobs';
import { readAtCommit, type GitChanges } from '../git/changes';
import type { DocumentKind, IncidentRecord, SourceDocument } from './document';
export { STDIN_FILE } from './document';
import { displayPath, expandPaths, isUnder, requireIncidentFiles, walkIncidents, type DiscoveredFile } from './find';
import { openKeysCache } from './keys-cache';
import type { Locator } from './locate';
import { parseDocument } from './parse-document';
import { readIncidentFile, tooLargeFinding } from './read/file';
import { readFrontmatterBytes } from './read/head';
import { keysOfBytes, readKeys } from './read/keys';
import { pickReferenceKeys } from './scan-references';
import {
  ALL_CLAIMED,
  readOnTwoThreads,
  serveClaimedChunks,
  type ChunkResult,
  type SharedWork,
  type ThreadTask,
} from './threads';

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

/**
 * What a command does with the files it checks in full. Each is handed to
 * `visit` as it is read and dropped after: only what the visitor returns,
 * and the file's id and references, are kept. So memory grows with what a
 * command keeps of a file (its findings, its facts), not with the files.
 */
export interface LoadOptions<R> {
  readonly visit: (document: SourceDocument) => R;
  /** 'frontmatter': read each file only as far as its frontmatter (the batch review never reads the prose). */
  readonly extent?: 'file' | 'frontmatter';
  /** Leave out the files of the reviews folder. */
  readonly incidentsOnly?: boolean;
  /**
   * A copy of what `visit` returned that holds no string cut from the
   * file's text (such a string keeps all of the text alive), for results
   * kept on this thread; the second thread's are copied by handing them over.
   */
  readonly detach?: (result: R) => R;
  /** What becomes of a result the second thread handed over (already a copy): the review shares its repeated texts. */
  readonly adopt?: (result: R) => R;
  /** Whether a result is worth keeping (validate keeps a file's findings, not an empty list); default: all are. */
  readonly keep?: (result: R) => boolean;
  /**
   * For a large scope, a second thread that claims files as this one does:
   * the entry file that serves worker tasks (app/worker.ts), and the task
   * that makes the same visitor there.
   */
  readonly thread?: { readonly entry: URL; readonly task: ThreadTask } | undefined;
}

/** A file checked in full: what the visitor made of it. */
export interface Target<R> {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly result: R;
}

/** What every command reads: one set type, whatever the scope. */
export interface IncidentSet<R> {
  /** The files checked in full, in reading order, each with what the visitor made of it (those `keep` kept). */
  readonly targets: readonly Target<R>[];
  /** The incidents checked in full, by id and references. */
  readonly checked: readonly IncidentRecord[];
  /** Every incident after the change, by id and references (the checked ones first). */
  readonly allIncidents: readonly IncidentRecord[];
  /** changedSince: unchanged incidents that name an incident the change deletes, checked for that only. */
  readonly referrers: readonly SourceDocument[];
  /** changedSince: incidents the change deletes, id to the file it was in. */
  readonly deletedById: ReadonlyMap<string, string>;
  /** Problems that stopped a target from being read or parsed. */
  readonly findings: readonly Finding[];
  /** Targets that gave no document (with a finding, or, reading frontmatter only, unreadable). */
  readonly unread: readonly string[];
  /** How many files were looked at: the targets, and the referrers. */
  readonly fileCount: number;
  /**
   * Positions in a text checked in place of its file (standard input, an
   * editor's buffer), which reading the file again would not give.
   */
  readonly textLocators?: ReadonlyMap<string, Locator>;
}

/** The visitor that keeps each document whole: for commands that need every field of few files. */
export const keepDocument = (document: SourceDocument): SourceDocument => document;

/** Below this many files a second thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 1000;

function kindOf(file: string, config: Config): DocumentKind {
  return isUnder(file, config.reviewsDir) ? 'review' : 'incident';
}

/** The share of the targets one thread read. */
export interface Share<R> {
  readonly targets: Target<R>[];
  readonly records: IncidentRecord[];
  readonly findings: Finding[];
  readonly unread: string[];
}

/** As far as its frontmatter; a file that cannot be read at all is left out (undefined). */
function readFrontmatter(entry: DiscoveredFile, kind: DocumentKind) {
  try {
    if (entry.symlink) return undefined;
    const read = readFrontmatterBytes(entry.absolute);
    return 'bytes' in read ? parseDocument(entry.file, kind, read.bytes) : undefined;
  } catch {
    return undefined; // gone or unreadable since the walk
  }
}

/** Each entry read and visited; `copy` where the results stay on this thread. */
function readShare<R>(
  entries: readonly DiscoveredFile[],
  config: Config,
  options: LoadOptions<R>,
  copy: boolean,
): Share<R> {
  const share: Share<R> = { targets: [], records: [], findings: [], unread: [] };
  for (const entry of entries) {
    const kind = kindOf(entry.file, config);
    const read = options.extent === 'frontmatter' ? readFrontmatter(entry, kind) : readIncidentFile(entry, kind);
    addRead(share, entry.file, kind, read, options, copy);
  }
  return share;
}

/** One file's read into a share: its finding, or what the visitor made of it and its id and references. */
function addRead<R>(
  share: Share<R>,
  file: string,
  kind: DocumentKind,
  read: { document?: SourceDocument; finding?: Finding } | undefined,
  options: LoadOptions<R>,
  copy: boolean,
): void {
  if (read?.finding) share.findings.push(read.finding);
  if (!read?.document) {
    share.unread.push(file);
    return;
  }
  const result = options.visit(read.document);
  if (!options.keep || options.keep(result))
    share.targets.push({ file, kind, result: copy && options.detach ? options.detach(result) : result });
  if (kind === 'incident') {
    const keys = pickReferenceKeys(read.document.data);
    // A copy: values cut from the file's text would keep its text alive for the whole run.
    share.records.push({ file, data: copy ? structuredClone(keys) : keys });
  }
}

/** What the second thread is handed: its task, the files, and the counter it claims them from. */
export type LoadWork = SharedWork<ThreadTask, DiscoveredFile>;

/** The second thread's side of a load: the chunks it claims, read with the same options, each posted when read. */
export function serveClaimedShare<R>(
  work: LoadWork,
  config: Config,
  options: LoadOptions<R>,
  post: (message: ChunkResult<Share<R>> | typeof ALL_CLAIMED) => void,
): void {
  serveClaimedChunks(work.items, work.next, (entries) => readShare(entries, config, options, false), post);
}

/** A share the second thread handed over, its results adopted as the options say. */
function adopted<R>(options: LoadOptions<R>): ((share: Share<R>) => Share<R>) | undefined {
  const { adopt } = options;
  if (!adopt) return undefined;
  return (share) => ({
    ...share,
    targets: share.targets.map((target) => ({ ...target, result: adopt(target.result) })),
  });
}

/** Each entry read once (a file named twice is read once), on two threads when there are many. */
async function readTargets<R>(
  entries: readonly DiscoveredFile[],
  config: Config,
  options: LoadOptions<R>,
): Promise<Share<R> & { count: number }> {
  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.file) && seen.add(entry.file));
  const read = (chunk: readonly DiscoveredFile[]) => readShare(chunk, config, options, true);
  const shares =
    options.thread && unique.length >= PARALLEL_MIN_FILES
      ? await readOnTwoThreads(unique, options.thread.entry, options.thread.task, read, adopted(options))
      : [read(unique)];
  return {
    targets: shares.flatMap((share) => share.targets),
    records: shares.flatMap((share) => share.records),
    findings: shares.flatMap((share) => share.findings),
    unread: shares.flatMap((share) => share.unread),
    count: unique.length,
  };
}

/** Below this many other files, asking git for blob ids costs more than reading the files' heads. */
export const CACHE_MIN_FILES = 1000;

/** The keys cache and the blob id of each unchanged file, in a git work tree with enough files to be worth it. */
function keysByBlob(cwd: string, config: Config, files: number) {
  if (files < CACHE_MIN_FILES) return undefined;
  const cacheFile = gitPath(cwd, 'incidents-as-code/keys.json');
  const blobs = cacheFile && unchangedBlobs(cwd, displayPath(cwd, path.resolve(cwd, config.incidentsDir)) || '.');
  return cacheFile && blobs ? { cache: openKeysCache(cacheFile), blobs } : undefined;
}

/**
 * Every incident of the folder that is not a target, by its id and
 * references only: from the keys cache for a file git knows unchanged,
 * from the first 4 KiB of the file otherwise.
 */
function otherIncidents(
  cwd: string,
  config: Config,
  isTarget: (file: string) => boolean,
): { entry: DiscoveredFile; record: IncidentRecord }[] {
  const entries = walkIncidents(cwd, config).filter(
    (entry) => !isTarget(entry.file) && !entry.symlink && kindOf(entry.file, config) === 'incident',
  );
  const known = keysByBlob(cwd, config, entries.length);
  const others: { entry: DiscoveredFile; record: IncidentRecord }[] = [];
  for (const entry of entries) {
    const blob = known?.blobs.get(entry.file);
    let data = blob === undefined ? undefined : known!.cache.keysOf(blob);
    if (data === undefined) {
      data = readKeys(entry.absolute) ?? null;
      if (blob !== undefined) known!.cache.remember(blob, data);
    }
    if (data) others.push({ entry, record: { file: entry.file, data } });
  }
  known?.cache.save();
  return others;
}

const NOTHING_DELETED: ReadonlyMap<string, string> = new Map();

async function loadWhole<R>(cwd: string, config: Config, options: LoadOptions<R>): Promise<IncidentSet<R>> {
  const entries = requireIncidentFiles(cwd, config).filter(
    (entry) => !options.incidentsOnly || kindOf(entry.file, config) === 'incident',
  );
  const read = await readTargets(entries, config, options);
  return {
    ...read,
    checked: read.records,
    allIncidents: read.records,
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: read.count,
  };
}

async function loadNamed<R>(
  cwd: string,
  config: Config,
  paths: readonly string[],
  options: LoadOptions<R>,
): Promise<IncidentSet<R>> {
  const entries = expandPaths(cwd, paths);
  const read = await readTargets(entries, config, options);
  const named = new Set(entries.map((entry) => entry.file));
  const others = otherIncidents(cwd, config, (file) => named.has(file));
  const allIncidents = [...read.records, ...others.map((other) => other.record)];
  return {
    ...read,
    checked: read.records,
    allIncidents,
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: read.count,
  };
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

async function loadChangedSince<R>(
  cwd: string,
  config: Config,
  changes: GitChanges,
  options: LoadOptions<R>,
): Promise<IncidentSet<R>> {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  const relevant = (file: string) =>
    isUnder(file, incidentsDir) &&
    file.toLowerCase().endsWith('.md') &&
    !file.split('/').some((part) => part === 'node_modules' || part === '.git');
  const changed = new Set(changes.changed.filter(relevant));
  const entries = [...changed].flatMap((file) => discovered(cwd, file) ?? []);
  const read = await readTargets(entries, config, options);
  const others = otherIncidents(cwd, config, (file) => changed.has(file));
  const allIncidents = [...read.records, ...others.map((other) => other.record)];

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
  return {
    ...read,
    checked: read.records,
    allIncidents,
    referrers,
    deletedById,
    fileCount: read.count + referrers.length,
  };
}

/**
 * One file's text, read or parsed by the caller (standard input, an
 * editor's buffer), visited as the loader visits a file, and checked
 * against every other incident of the folder by id and references.
 */
function loadOneText<R>(
  cwd: string,
  config: Config,
  file: string,
  parsed: { document?: SourceDocument; finding?: Finding },
  options: LoadOptions<R>,
): IncidentSet<R> {
  const share: Share<R> = { targets: [], records: [], findings: [], unread: [] };
  // One file, kept on this thread for one run: no copy out of its text is needed.
  addRead(share, file, kindOf(file, config), parsed, options, false);
  const others = otherIncidents(cwd, config, (other) => other === file);
  return {
    ...share,
    ...(parsed.document ? { textLocators: new Map([[file, parsed.document.locate]]) } : {}),
    checked: share.records,
    allIncidents: [...share.records, ...others.map((other) => other.record)],
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: 1,
  };
}

function loadStdin<R>(cwd: string, config: Config, stdin: StdinIncident, options: LoadOptions<R>): IncidentSet<R> {
  const parsed =
    'bytes' in stdin.read
      ? parseDocument(stdin.file, kindOf(stdin.file, config), stdin.read.bytes)
      : { finding: tooLargeFinding(stdin.file, stdin.read.tooLarge, 'read up to the limit') };
  return loadOneText(cwd, config, stdin.file, parsed, options);
}

/** The one loader: the incident files of a scope, each read as far as the scope needs and visited as it is read. */
export async function loadIncidents<R>(
  cwd: string,
  config: Config,
  scope: LoadScope,
  options: LoadOptions<R>,
): Promise<IncidentSet<R>> {
  if ('stdin' in scope) return loadStdin(cwd, config, scope.stdin, options);
  if ('changedSince' in scope) return loadChangedSince(cwd, config, scope.changedSince, options);
  if ('named' in scope) return loadNamed(cwd, config, scope.named, options);
  return loadWhole(cwd, config, options);
}

/**
 * One file as an editor holds it (the text, which may differ from the disk),
 * checked against every other incident of the folder by id and references:
 * what an editor's linter asks for on each keystroke. Undefined for a file
 * outside the incidents folder, which holds no incident.
 */
export function loadEdited<R>(
  cwd: string,
  config: Config,
  file: string,
  bytes: Uint8Array,
  options: LoadOptions<R>,
): IncidentSet<R> | undefined {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  if (!isUnder(file, incidentsDir)) return undefined;
  return loadOneText(cwd, config, file, parseDocument(file, kindOf(file, config), bytes), options);
}
