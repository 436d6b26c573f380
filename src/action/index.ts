import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread) {
  // This file also runs as a worker thread that reads files for a large review (src/review/worker.ts).
  void import('../review/worker').then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  void import('./main').then(({ run }) => run(new URL(import.meta.url)));
}
