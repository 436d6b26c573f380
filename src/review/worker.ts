import { parentPort } from 'node:worker_threads';
import { loadConfig } from '../config/load';
import { readReviewFacts, type ReviewFactsTask } from './read-facts';

/**
 * A worker thread's work for the batch review: its share of the files,
 * read, checked and reduced to facts on the second core. The thread runs
 * the program's own entry file (dist/cli.js, dist/index.js), which calls
 * serveWorkerTask when it is not the main thread: one bundle, no separate
 * worker file to keep in step.
 */
function isReviewFactsTask(data: unknown): data is ReviewFactsTask {
  return typeof data === 'object' && data !== null && (data as { task?: unknown }).task === 'review-facts';
}

export function serveWorkerTask(data: unknown): void {
  if (!isReviewFactsTask(data)) throw new Error('this thread was started without a task');
  const { config } = loadConfig(data.cwd, data.configPath);
  parentPort?.postMessage(readReviewFacts(data.entries, config, new Date(data.now), false));
}
