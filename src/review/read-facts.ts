import { Worker } from 'node:worker_threads';
import type { Config } from '../core/config';
import { requireIncidentFiles, type DiscoveredFile } from '../incidents/find';
import type { IncidentRecord, SourceDocument } from '../incidents/document';
import type { Locator } from '../incidents/locate';
import { parseDocument } from '../incidents/parse-document';
import { readFrontmatterBytes } from '../incidents/read/head';
import { pickReferenceKeys } from '../incidents/scan-references';
import { incidentFacts, type IncidentFacts } from './facts';
import type { IncidentRule, RuleContext } from '../validate/rules/context';
import { schemaFindings } from '../schema/findings';
import { CROSS_FILE_RULES, indexById, PER_FILE_DATA_RULES } from '../validate/validate-set';

/** Below this many files a second thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 2000;

/**
 * The review only asks whether a file has errors, never where: findings
 * get no positions, so no file is parsed a second time for them.
 */
const NO_POSITIONS: Locator = { key: () => ({ line: 1, column: 1 }), value: () => ({ line: 1, column: 1 }) };
const NO_INCIDENTS: RuleContext['incidentsById'] = new Map();

/** One incident file as the review needs it: its ids for the cross-file rules, its facts when it is sound. */
export interface FileFacts {
  readonly file: string;
  /** id, repeat_of and related, for the rules that look across files. */
  readonly keys: Readonly<Record<string, unknown>>;
  /** Undefined when the file has errors of its own (its numbers cannot be trusted). */
  readonly facts: IncidentFacts | undefined;
}

export interface FactsShare {
  readonly files: FileFacts[];
  /** Files with no usable frontmatter. */
  readonly unreadable: string[];
}

const hasErrors = (findings: readonly { severity: string }[]) =>
  findings.some((finding) => finding.severity === 'error');

/**
 * Each file read as far as its frontmatter, checked by the schema and the
 * rules that need only that file, and reduced to its facts: everything
 * the review needs of a file, done wherever the file is read (on either
 * thread). With `copy`, the kept values are copied out of the file's text
 * (js-yaml's strings are slices of it) so no text outlives its parse; a
 * worker thread skips that, as posting the result copies it anyway.
 */
export function readReviewFacts(
  entries: readonly DiscoveredFile[],
  config: Config,
  now: Date,
  copy: boolean,
): FactsShare {
  const context: RuleContext = { config, now, incidentsById: NO_INCIDENTS };
  const files: FileFacts[] = [];
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
    const document: SourceDocument = { ...parsed.document, locate: NO_POSITIONS };
    const sound =
      !hasErrors(schemaFindings(document, 'incident')) &&
      !PER_FILE_DATA_RULES.some((rule) => hasErrors(rule(document, context)));
    // PER_FILE_DATA_RULES and CROSS_FILE_RULES (below) are LEFT_OUT_RULES, split by what they need.
    const facts = sound ? incidentFacts(document) : undefined;
    const kept: FileFacts = { file: entry.file, keys: pickReferenceKeys(document.data), facts };
    files.push(copy ? structuredClone(kept) : kept);
  }
  return { files, unreadable };
}

/** What a worker thread is asked to do (see review-worker.ts). */
export interface ReviewFactsTask {
  readonly task: 'review-facts';
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly now: string;
  readonly entries: readonly DiscoveredFile[];
}

/** The second half of the files on a worker thread, the first half here, at the same time. */
async function readOnTwoThreads(
  entries: readonly DiscoveredFile[],
  input: ReviewFactsInput,
  workerEntry: URL,
): Promise<FactsShare[]> {
  const half = Math.ceil(entries.length / 2);
  const theirs = entries.slice(half);
  const task: ReviewFactsTask = {
    task: 'review-facts',
    cwd: input.cwd,
    configPath: input.configPath,
    now: input.now.toISOString(),
    entries: theirs,
  };
  const worker = new Worker(workerEntry, { workerData: task });
  const fromWorker = new Promise<FactsShare>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reading thread stopped (exit code ${code})`)));
  });
  const mine = readReviewFacts(entries.slice(0, half), input.config, input.now, true);
  // A thread that fails costs time, never data: its share is read here instead.
  const other = await fromWorker.catch(() => readReviewFacts(theirs, input.config, input.now, true));
  return [mine, other];
}

export interface ReviewFactsInput {
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly config: Config;
  readonly now: Date;
  /** An entry file that serves worker tasks (see review-worker.ts); without it, one thread reads everything. */
  readonly workerEntry?: URL | undefined;
}

/** The facts of every sound incident, and the files left out (with errors, or unreadable). */
export async function collectReviewFacts(
  input: ReviewFactsInput,
): Promise<{ incidents: IncidentFacts[]; skipped: string[] }> {
  const { config } = input;
  const entries = requireIncidentFiles(input.cwd, config).filter(
    (entry) => !entry.file.startsWith(`${config.reviewsDir}/`),
  );
  const shares =
    input.workerEntry && entries.length >= PARALLEL_MIN_FILES
      ? await readOnTwoThreads(entries, input, input.workerEntry)
      : [readReviewFacts(entries, config, input.now, true)];
  const files = shares.flatMap((share) => share.files);

  // Ids and references: checked here, across every file both threads read.
  const records: IncidentRecord[] = files.map((f) => ({ file: f.file, data: f.keys }));
  const context: RuleContext = { config, now: input.now, incidentsById: indexById(records) };
  const crossFileErrors = (f: FileFacts) => {
    const document: SourceDocument = {
      file: f.file,
      kind: 'incident',
      data: f.keys,
      body: '',
      bodyLine: 1,
      frontmatterLine: 1,
      locate: NO_POSITIONS,
    };
    return CROSS_FILE_RULES.some((rule: IncidentRule) => hasErrors(rule(document, context)));
  };
  const incidents: IncidentFacts[] = [];
  const skipped = shares.flatMap((share) => share.unreadable);
  for (const f of files) {
    if (f.facts && !crossFileErrors(f)) incidents.push(f.facts);
    else skipped.push(f.file);
  }
  return { incidents, skipped: skipped.sort() };
}
