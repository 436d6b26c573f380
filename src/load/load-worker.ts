import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from './discover';
import { readIncidentData } from './read-data';

/**
 * The work a worker thread does for the batch review: read and parse its
 * share of the files on the second core. The thread runs the program's own
 * entry file (dist/cli.js), which calls serveWorkerTask when it is not the
 * main thread: one bundle, no separate worker file to keep in step.
 */
export const READ_TASK = 'read-incident-data';

export interface ReadTask {
  readonly task: typeof READ_TASK;
  readonly entries: readonly DiscoveredFile[];
}

export function isReadTask(data: unknown): data is ReadTask {
  return typeof data === 'object' && data !== null && (data as { task?: unknown }).task === READ_TASK;
}

export function serveWorkerTask(data: unknown): void {
  if (!isReadTask(data)) throw new Error('this thread was started without a task');
  parentPort?.postMessage(readIncidentData(data.entries, false));
}
