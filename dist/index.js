import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/action/index.ts
import { isMainThread, workerData } from "node:worker_threads";
if (!isMainThread) {
  void import("./chunks/worker-YOS5JKRA.js").then(({ serveWorkerTask }) => serveWorkerTask(workerData));
} else {
  void import("./chunks/main-IUP3R7AL.js").then(({ run }) => run(new URL(import.meta.url)));
}
