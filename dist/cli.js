#!/usr/bin/env node
import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/cli/index.ts
import { isMainThread, workerData } from "node:worker_threads";
if (!isMainThread) {
  void import("./chunks/worker.js").then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const now = /* @__PURE__ */ new Date();
  Promise.all([import("./chunks/program.js"), import("./chunks/stream.js")]).then(
    ([{ runCli }, { readStreamBounded }]) => runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTty: Boolean(process.stdout.isTTY),
      stderrIsTty: Boolean(process.stderr.isTTY),
      now,
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      workerEntry: new URL(import.meta.url),
      readStdin: (limit) => readStreamBounded(process.stdin, limit)
    })
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `incidents: internal error: ${error instanceof Error ? error.message : String(error)}
Please report this at https://github.com/incidents-as-code/incidents-as-code/issues
`
      );
      process.exitCode = 70;
    }
  );
}
