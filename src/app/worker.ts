import { parentPort } from 'node:worker_threads';
import type { LoadWork } from '../incidents/load';
import { reviewClaimedFiles, type ReviewFactsTask } from '../review/read-facts';
import { validateClaimedFiles, type ValidateTask } from './validate-incidents';
import { recurringFollowUps, type RecurringTask } from '../review/build';

/**
 * A worker thread's work: its share of the files of a large validate or
 * review, claimed and read on the second core, or the grouping of a large
 * review's follow-ups while the first thread does the rest. The thread runs the
 * program's own entry file (dist/cli.js, dist/index.js), which calls
 * serveWorkerTask when it is not the main thread: one bundle, no separate
 * worker file to keep in step.
 */
type WorkerTask = (LoadWork & (ValidateTask | ReviewFactsTask)) | RecurringTask;

function isWorkerTask(data: unknown): data is WorkerTask {
  const task = typeof data === 'object' && data !== null ? (data as { task?: unknown }).task : undefined;
  return task === 'validate-files' || task === 'review-facts' || task === 'review-recurring';
}

export function serveWorkerTask(data: unknown): void {
  if (!isWorkerTask(data)) throw new Error('this thread was started without a task');
  const post = (message: unknown) => parentPort?.postMessage(message);
  if (data.task === 'validate-files') validateClaimedFiles(data, post);
  else if (data.task === 'review-facts') reviewClaimedFiles(data, post);
  else post(recurringFollowUps(data.request));
}
