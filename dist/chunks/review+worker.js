import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  CROSS_FILE_RULES,
  PER_FILE_DATA_RULES,
  indexById
} from "./declare+review+sync+validate+worker.js";
import {
  pickReferenceKeys,
  readFrontmatterBytes
} from "./review+status+sync+validate+worker.js";
import {
  parseDocument
} from "./declare+review+status+sync+validate+worker.js";
import {
  requireIncidentFiles
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  parseDay,
  parseTimestamp,
  schemaFindings
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";

// src/review/read-facts.ts
import { Worker } from "node:worker_threads";

// src/review/facts.ts
var str = (v) => typeof v === "string" ? v : void 0;
var strs = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function followUp(incidentId, raw) {
  const status = raw.status === "done" || raw.status === "not-planned" ? raw.status : "open";
  return {
    key: `${incidentId}/${String(raw.id)}`,
    id: String(raw.id),
    title: String(raw.title ?? ""),
    status,
    due: parseDay(str(raw.due)),
    closedAt: parseDay(str(raw.closed_at))
  };
}
function incidentFacts(document) {
  const d = document.data;
  const id = str(d.id);
  const exactStart = parseTimestamp(str(d.started_at));
  const started = exactStart ?? parseDay(str(d.started_at));
  if (id === void 0 || started === void 0) return void 0;
  const roles = obj(d.roles);
  return {
    id,
    title: str(d.title) ?? id,
    file: document.file,
    status: str(d.status) ?? "investigating",
    severity: str(d.severity) ?? "unknown",
    nearMiss: d.near_miss === true,
    started,
    startedExact: exactStart !== void 0,
    historical: d.historical === true,
    detected: parseTimestamp(str(d.detected_at)),
    mitigated: parseTimestamp(str(d.mitigated_at)),
    resolved: parseTimestamp(str(d.resolved_at)),
    detection: str(obj(d.detection).method),
    alert: str(obj(d.detection).alert),
    tags: strs(d.tags),
    factorText: (Array.isArray(d.contributing_factors) ? d.contributing_factors : []).map((f) => str(obj(f).description) ?? "").join(" ").slice(0, 2e3),
    mitigationAutomated: obj(d.mitigation).automated === true,
    services: strs(d.services),
    categories: strs(d.categories),
    factorCategories: (Array.isArray(d.contributing_factors) ? d.contributing_factors : []).map((f) => str(obj(f).category)).filter((c) => c !== void 0),
    commander: str(roles.incident_commander),
    responders: strs(roles.responders),
    repeatOf: str(d.repeat_of),
    followUps: (Array.isArray(d.follow_ups) ? d.follow_ups : []).map((f) => followUp(id, obj(f))),
    reviewDate: parseDay(str(obj(d.review).date))
  };
}

// src/review/read-facts.ts
var PARALLEL_MIN_FILES = 2e3;
var NO_POSITIONS = { key: () => ({ line: 1, column: 1 }), value: () => ({ line: 1, column: 1 }) };
var NO_INCIDENTS = /* @__PURE__ */ new Map();
var hasErrors = (findings) => findings.some((finding) => finding.severity === "error");
function readReviewFacts(entries, config, now, copy) {
  const context = { config, now, incidentsById: NO_INCIDENTS };
  const files = [];
  const unreadable = [];
  for (const entry of entries) {
    let read;
    try {
      read = entry.symlink ? void 0 : readFrontmatterBytes(entry.absolute);
    } catch {
      read = void 0;
    }
    const parsed = read && "bytes" in read ? parseDocument(entry.file, "incident", read.bytes) : void 0;
    if (!parsed?.document) {
      unreadable.push(entry.file);
      continue;
    }
    const document = { ...parsed.document, locate: NO_POSITIONS };
    const sound = !hasErrors(schemaFindings(document, "incident")) && !PER_FILE_DATA_RULES.some((rule) => hasErrors(rule(document, context)));
    const facts = sound ? incidentFacts(document) : void 0;
    const kept = { file: entry.file, keys: pickReferenceKeys(document.data), facts };
    files.push(copy ? structuredClone(kept) : kept);
  }
  return { files, unreadable };
}
async function readOnTwoThreads(entries, input, workerEntry) {
  const half = Math.ceil(entries.length / 2);
  const theirs = entries.slice(half);
  const task = {
    task: "review-facts",
    cwd: input.cwd,
    configPath: input.configPath,
    now: input.now.toISOString(),
    entries: theirs
  };
  const worker = new Worker(workerEntry, { workerData: task });
  const fromWorker = new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the reading thread stopped (exit code ${code})`)));
  });
  const mine = readReviewFacts(entries.slice(0, half), input.config, input.now, true);
  const other = await fromWorker.catch(() => readReviewFacts(theirs, input.config, input.now, true));
  return [mine, other];
}
async function collectReviewFacts(input) {
  const { config } = input;
  const entries = requireIncidentFiles(input.cwd, config).filter(
    (entry) => !entry.file.startsWith(`${config.reviewsDir}/`)
  );
  const shares = input.workerEntry && entries.length >= PARALLEL_MIN_FILES ? await readOnTwoThreads(entries, input, input.workerEntry) : [readReviewFacts(entries, config, input.now, true)];
  const files = shares.flatMap((share) => share.files);
  const records = files.map((f) => ({ file: f.file, data: f.keys }));
  const context = { config, now: input.now, incidentsById: indexById(records) };
  const crossFileErrors = (f) => {
    const document = {
      file: f.file,
      kind: "incident",
      data: f.keys,
      body: "",
      bodyLine: 1,
      frontmatterLine: 1,
      locate: NO_POSITIONS
    };
    return CROSS_FILE_RULES.some((rule) => hasErrors(rule(document, context)));
  };
  const incidents = [];
  const skipped = shares.flatMap((share) => share.unreadable);
  for (const f of files) {
    if (f.facts && !crossFileErrors(f)) incidents.push(f.facts);
    else skipped.push(f.file);
  }
  return { incidents, skipped: skipped.sort() };
}

export {
  readReviewFacts,
  collectReviewFacts
};
