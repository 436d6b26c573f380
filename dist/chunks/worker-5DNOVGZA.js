import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readReviewFacts
} from "./chunk-43SSZ6QV.js";
import "./chunk-4BJ5OMS3.js";
import "./chunk-OG6RSKUX.js";
import "./chunk-4GFNWXKY.js";
import "./chunk-AR6BZISS.js";
import {
  loadConfig
} from "./chunk-TLQTJEIT.js";
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
