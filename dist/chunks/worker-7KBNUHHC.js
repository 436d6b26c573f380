import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readReviewFacts
} from "./chunk-3SOQ7OGW.js";
import "./chunk-HT5AUGKG.js";
import "./chunk-4GFNWXKY.js";
import "./chunk-CYNXEPRS.js";
import {
  loadConfig
} from "./chunk-DQXFDU7A.js";
import "./chunk-KLDDHSVW.js";
import "./chunk-VMWURIDY.js";
import "./chunk-XWDRN4ZW.js";

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
