import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readReviewFacts
} from "./chunk-JSUSHBE4.js";
import "./chunk-DTIJSCEC.js";
import "./chunk-JGZK5CEY.js";
import "./chunk-BE3VNV6V.js";
import "./chunk-YMGGH3OV.js";
import {
  loadConfig
} from "./chunk-BNATLPOH.js";
import "./chunk-VJTP2URQ.js";
import "./chunk-UDYLJQR2.js";
import "./chunk-XWDRN4ZW.js";

// src/commands/review-worker.ts
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
