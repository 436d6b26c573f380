import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  CROSS_FILE_RULES,
  PER_FILE_DATA_RULES,
  indexById
} from "./declare+review+sync+validate+worker.js";
import {
  loadIncidents,
  serveClaimedShare
} from "./review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  parseDay,
  parseTimestamp,
  schemaFindings
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";

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
var shared = /* @__PURE__ */ new Map();
var MAX_SHARED = 5e4;
function share(text) {
  let copy2 = shared.get(text);
  if (copy2 === void 0) {
    copy2 = structuredClone(text);
    if (shared.size < MAX_SHARED) shared.set(copy2, copy2);
  }
  return copy2;
}
var shareAll = (texts) => texts.map(share);
var copy = (text) => structuredClone(text);
function keptFacts(facts) {
  return {
    ...facts,
    id: copy(facts.id),
    title: copy(facts.title),
    file: copy(facts.file),
    status: share(facts.status),
    severity: share(facts.severity),
    detection: facts.detection === void 0 ? void 0 : share(facts.detection),
    services: shareAll(facts.services),
    categories: shareAll(facts.categories),
    factorCategories: shareAll(facts.factorCategories),
    commander: facts.commander === void 0 ? void 0 : share(facts.commander),
    responders: shareAll(facts.responders),
    repeatOf: facts.repeatOf === void 0 ? void 0 : copy(facts.repeatOf),
    followUps: facts.followUps.map((f) => ({ ...f, key: copy(f.key), id: share(f.id), title: copy(f.title) }))
  };
}

// src/review/read-facts.ts
var NO_POSITIONS = { key: () => ({ line: 1, column: 1 }), value: () => ({ line: 1, column: 1 }) };
var NO_INCIDENTS = /* @__PURE__ */ new Map();
var hasErrors = (findings) => findings.some((finding) => finding.severity === "error");
function factsOfEachFile(config, now) {
  const context = { config, now, incidentsById: NO_INCIDENTS };
  return {
    visit: (read) => {
      const document = { ...read, locate: NO_POSITIONS };
      const sound = !hasErrors(schemaFindings(document, "incident")) && !PER_FILE_DATA_RULES.some((rule) => hasErrors(rule(document, context)));
      return sound && incidentFacts(document) || null;
    },
    extent: "frontmatter",
    incidentsOnly: true,
    detach: (facts) => facts && keptFacts(facts),
    adopt: (facts) => facts && keptFacts(facts)
  };
}
function reviewClaimedFiles(work, post) {
  const { config } = loadConfig(work.cwd, work.configPath);
  serveClaimedShare(work, config, factsOfEachFile(config, new Date(work.now)), post);
}
async function collectReviewFacts(input) {
  const { config, now } = input;
  const task = {
    task: "review-facts",
    cwd: input.cwd,
    configPath: input.configPath,
    now: now.toISOString()
  };
  const set = await loadIncidents(
    input.cwd,
    config,
    { whole: true },
    {
      ...factsOfEachFile(config, now),
      thread: input.workerEntry && { entry: input.workerEntry, task }
    }
  );
  const context = { config, now, incidentsById: indexById(set.allIncidents), hints: false };
  const crossFileErrors = /* @__PURE__ */ new Set();
  for (const record of set.checked) {
    const document = {
      ...record,
      kind: "incident",
      body: "",
      bodyLine: 1,
      frontmatterLine: 1,
      locate: NO_POSITIONS
    };
    if (CROSS_FILE_RULES.some((rule) => hasErrors(rule(document, context))))
      crossFileErrors.add(record.file);
  }
  const incidents = [];
  const skipped = [...set.unread];
  for (const target of set.targets) {
    if (target.result && !crossFileErrors.has(target.file)) incidents.push(target.result);
    else skipped.push(target.file);
  }
  return { incidents, skipped: skipped.sort() };
}

export {
  reviewClaimedFiles,
  collectReviewFacts
};
