import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readReviewFacts
} from "./chunk-RKFSWVEJ.js";
import "./chunk-6FIV6RLT.js";
import "./chunk-4GFNWXKY.js";
import "./chunk-BVZNUBWC.js";
import {
  loadConfig
} from "./chunk-GO2T3D2G.js";
import "./chunk-KLDDHSVW.js";
import "./chunk-TU2G532M.js";
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
