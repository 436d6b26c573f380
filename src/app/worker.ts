import { parentPort } from 'node:worker_threads';
import type { LoadWork } from '../incidents/load';
import { reviewClaimedFiles, type ReviewFactsTask } from '../review/read-facts';
import { validateClaimedFiles, type ValidateTask } from './validate-incidents';

/**
 * A worker thread's work: its share of the files of a large validate or
 * review, claimed and read on the second core. The thread runs the
 * program's own entry file (dist/cli.js, dist/index.js), which calls
 * serveWorkerTask when it is not the main thread: one bundle, no separate
 * worker file to keep in step.
 */
type WorkerTask = LoadWork & (ValidateTask | ReviewFactsTask);

function isWorkerTask(data: unknown): data is WorkerTask {
  const task = typeof data === 'object' && data !== null ? (data as { task?: unknown }).task : undefined;
  return task === 'validate-files' || task === 'review-facts';
}

export function serveWorkerTask(data: unknown): void {
  if (!isWorkerTask(data)) throw new Error('this thread was started without a task');
  const post = (message: unknown) => parentPort?.postMessage(message);
  if (data.task === 'validate-files') validateClaimedFiles(data, post);
  else reviewClaimedFiles(data, post);
}
