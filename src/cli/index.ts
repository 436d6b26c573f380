import { isMainThread, workerData } from 'node:worker_threads';

// Nothing else is imported here: a worker thread loads only what its task needs (not the CLI's modules), and the CLI
// only what the command it runs needs.
if (!isMainThread) {
  // This file also runs as a worker thread that reads files for a large validate or review (src/app/worker.ts).
  void import('../app/worker').then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  // A reader that stops early (`incidents validate | head`) closes the pipe: not an error, and never a stack trace.
  // What is left to write goes nowhere; the run still ends with its own exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // The only place that touches the real process.
  const now = new Date();
  Promise.all([import('./program'), import('../incidents/read/stream')])
    .then(([{ runCli }, { readStreamBounded }]) =>
      runCli(process.argv.slice(2), {
        cwd: process.cwd(),
        env: process.env,
        stdoutIsTty: Boolean(process.stdout.isTTY),
        stderrIsTty: Boolean(process.stderr.isTTY),
        now,
        writeOut: (text) => process.stdout.write(text),
        writeErr: (text) => process.stderr.write(text),
        workerEntry: new URL(import.meta.url),
        readStdin: (limit) => readStreamBounded(process.stdin, limit),
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        // A bug, not bad input: say so in one line, without a stack trace.
        process.stderr.write(
          `incidents: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this at https://github.com/incidents-as-code/incidents-as-code/issues\n`,
        );
        process.exitCode = 70;
      },
    );
}
