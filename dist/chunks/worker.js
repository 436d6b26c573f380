import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  validateClaimedFiles
} from "./validate+worker.js";
import {
  recurringFollowUps,
  reviewClaimedFiles
} from "./review+worker.js";
import "./declare+review+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+program+review+status+sync+validate+worker.js";
import "./import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/app/worker.ts
import { parentPort } from "node:worker_threads";
function isWorkerTask(data) {
  const task = typeof data === "object" && data !== null ? data.task : void 0;
  return task === "validate-files" || task === "review-facts" || task === "review-recurring";
}
function serveWorkerTask(data) {
  if (!isWorkerTask(data)) throw new Error("this thread was started without a task");
  const post = (message) => parentPort?.postMessage(message);
  if (data.task === "validate-files") validateClaimedFiles(data, post);
  else if (data.task === "review-facts") reviewClaimedFiles(data, post);
  else post(recurringFollowUps(data.request));
}
export {
  serveWorkerTask
};
