import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread) {
  // This file also runs as a worker thread that reads files for a large validate or review (src/app/worker.ts).
  void import('../app/worker').then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  // The only place that touches the real process (inputs, outputs and the summary go through @actions/core).
  void import('./main').then(({ run }) =>
    run({
      env: process.env,
      cwd: process.cwd(),
      now: new Date(),
      writeOut: (text) => process.stdout.write(text),
      workerEntry: new URL(import.meta.url),
    }),
  );
}
