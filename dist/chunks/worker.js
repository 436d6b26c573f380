import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readReviewFacts
} from "./review+worker.js";
import "./declare+review+sync+validate+worker.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import "./cli+declare+import+new+review+status+sync+validate+worker.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import "./cli+declare+explain+import+init+new+review+status+sync+validate+worker.js";

// src/review/worker.ts
import { parentPort } from "node:worker_threads";
function isReviewFactsTask(data) {
  return typeof data === "object" && data !== null && data.task === "review-facts";
}
function serveWorkerTask(data) {
  if (!isReviewFactsTask(data)) throw new Error("this thread was started without a task");
  const { config } = loadConfig(data.cwd, data.configPath);
  parentPort?.postMessage(readReviewFacts(data.entries, config, new Date(data.now), false));
}
export {
  serveWorkerTask
};
