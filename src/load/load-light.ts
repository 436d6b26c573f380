import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/types';
import type { SourceDocument } from './document';
import { walkMarkdown, type DiscoveredFile } from './discover';
import { splitFrontmatter } from './frontmatter';
import { READ_TASK, type ReadTask } from './load-worker';
import { createLocator, type Locator } from './locate';
import { readIncidentData, type DataShare } from './read-data';

/** Below this many files a second thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 2000;

/** A locator that reads the file again only if a finding needs a position: rare, so nothing is kept for it. */
function locatorFromDisk(absolute: string): Locator {
  let locator: Locator | undefined;
  const get = () => {
    if (!locator) {
      const split = splitFrontmatter(readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''));
      locator = split.ok ? createLocator(split.yaml, split.yamlLine) : createLocator('', 1);
    }
    return locator;
  };
  return { key: (p) => get().key(p), value: (p) => get().value(p) };
}

/** The second half of the files on a worker thread, the first half here, at the same time. */
async function readOnTwoThreads(entries: readonly DiscoveredFile[], workerEntry: URL): Promise<DataShare[]> {
  const half = Math.ceil(entries.length / 2);
  const theirs = entries.slice(half);
  const task: ReadTask = { task: READ_TASK, entries: theirs };
  const worker = new Worker(workerEntry, { workerData: task });
  const fromWorker = new Promise<DataShare>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reading thread stopped (exit code ${code})`)));
  });
  const mine = readIncidentData(entries.slice(0, half), true);
  // A thread that fails costs time, never data: its share is read here instead.
  const other = await fromWorker.catch(() => readIncidentData(theirs, true));
  return [mine, other];
}

export interface LoadOptions {
  /** An entry file that serves worker tasks (see load-worker.ts); without it, one thread reads everything. */
  readonly workerEntry?: URL;
}

/**
 * Every incident's frontmatter, without its text: for work over many
 * incidents (the batch review) that reads data, not prose. Each file is
 * read only as far as its frontmatter, and a large repository is read on
 * two threads. Memory grows with the data, not with the files.
 */
export async function loadIncidentData(cwd: string, config: Config, options: LoadOptions = {}): Promise<{ documents: SourceDocument[]; unreadable: string[] }> {
  const entries = walkMarkdown(cwd, path.resolve(cwd, config.incidentsDir)).filter((entry) => !entry.file.startsWith(`${config.reviewsDir}/`));
  const shares =
    options.workerEntry && entries.length >= PARALLEL_MIN_FILES ? await readOnTwoThreads(entries, options.workerEntry) : [readIncidentData(entries, true)];
  const documents: SourceDocument[] = [];
  for (const share of shares) {
    for (const record of share.records) {
      documents.push({ file: record.file, kind: 'incident', data: record.data, body: '', bodyLine: record.bodyLine, frontmatterLine: record.frontmatterLine, locate: locatorFromDisk(record.absolute) });
    }
  }
  return { documents, unreadable: shares.flatMap((share) => share.unreadable) };
}
