import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/action/index.ts
import { isMainThread, workerData } from "node:worker_threads";
if (!isMainThread) {
  void import("./chunks/worker-7KBNUHHC.js").then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  void import("./chunks/main-IP6KTH3V.js").then(({ run }) => run(new URL(import.meta.url)));
}
