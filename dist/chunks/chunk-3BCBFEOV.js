import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readFrontmatterHead,
  referenceKeys
} from "./chunk-4BJ5OMS3.js";
import {
  validateChange,
  validateDocuments
} from "./chunk-OG6RSKUX.js";
import {
  isUnder,
  loadFiles,
  readOne
} from "./chunk-3EKIMPOH.js";
import {
  splitFrontmatter
} from "./chunk-AR6BZISS.js";
import {
  MAX_FILE_BYTES,
  decodeText,
  displayPath,
  expandPaths,
  loadConfig,
  readBounded,
  walkIncidents
} from "./chunk-TLQTJEIT.js";
import {
  UsageError,
  countBySeverity,
  sortFindings
} from "./chunk-TU2G532M.js";

// src/report/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderAnnotation(finding) {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`
  ].join(",");
  return `::${finding.severity} ${properties}::${escapeData(`${finding.message}
Fix: ${finding.hint}
More: incidents explain ${finding.rule}`)}`;
}
function renderGithub(findings) {
  return findings.map((finding) => `${renderAnnotation(finding)}
`).join("");
}

// src/git/changes.ts
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
var MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;
function git(cwd, args) {
  return execFileSync("git", args, { cwd, maxBuffer: MAX_GIT_OUTPUT_BYTES, stdio: ["ignore", "pipe", "pipe"] });
}
function gitText(cwd, args) {
  try {
    return git(cwd, args).toString("utf8").trim();
  } catch {
    return void 0;
  }
}
function workTreeRoot(cwd) {
  const top = gitText(cwd, ["rev-parse", "--show-toplevel"]);
  return top ? realpathSync(top) : void 0;
}
function resolveCommit(cwd, ref) {
  return gitText(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]) || void 0;
}
function mergeBase(cwd, commit) {
  return gitText(cwd, ["merge-base", commit, "HEAD"]) || void 0;
}
function commitAvailability(cwd, ref) {
  if (workTreeRoot(cwd) !== realpathSync(cwd)) return "no-checkout";
  const commit = resolveCommit(cwd, ref);
  return commit !== void 0 && mergeBase(cwd, commit) !== void 0 ? "available" : "missing";
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changed = [];
  const deleted = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i];
    const file = fields[i + 1];
    if (status.startsWith("D")) deleted.push(file);
    else changed.push(file);
  }
  return { changed, deleted };
}
function changedSince(cwd, ref) {
  if (workTreeRoot(cwd) === void 0) throw new UsageError(`--changed-since: ${cwd} is not in a git repository`);
  const commit = resolveCommit(cwd, ref);
  if (commit === void 0) {
    throw new UsageError(`--changed-since: '${ref}' is not a commit in this repository (fetch it first: actions/checkout with fetch-depth: 0)`);
  }
  const base = mergeBase(cwd, commit);
  if (!base) throw new UsageError(`--changed-since: '${ref}' and HEAD have no common history (fetch more of it: actions/checkout with fetch-depth: 0)`);
  const output = git(cwd, ["diff", "--name-status", "-z", "--no-renames", "--relative", base, "HEAD"]).toString("utf8");
  return { base, ...parseNameStatus(output) };
}
function readAtCommit(cwd, commit, file) {
  try {
    return git(cwd, ["show", `${commit}:./${file}`]);
  } catch {
    return void 0;
  }
}

// src/incidents/load-changed.ts
import { lstatSync } from "node:fs";
import path from "node:path";
function keysOf(bytes) {
  if (bytes.length > MAX_FILE_BYTES) return void 0;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return void 0;
  const split = splitFrontmatter(decoded.text);
  return split.ok ? referenceKeys(split.yaml) : void 0;
}
function readKeys(absolute) {
  try {
    const head = readFrontmatterHead(absolute);
    let keys;
    if (head !== "whole-file") keys = referenceKeys(head.yaml);
    else {
      const read = readBounded(absolute);
      keys = "bytes" in read ? keysOf(read.bytes) : void 0;
    }
    return keys && structuredClone(keys);
  } catch {
    return void 0;
  }
}
function discovered(cwd, file) {
  const absolute = path.resolve(cwd, file);
  try {
    return { absolute, file, symlink: lstatSync(absolute).isSymbolicLink() };
  } catch {
    return void 0;
  }
}
function namesAny(data, ids) {
  const related = Array.isArray(data.related) ? data.related : [];
  return [data.repeat_of, ...related].some((value) => typeof value === "string" && ids.has(value));
}
function loadChanged(cwd, config, changes) {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  const kindOf = (file) => isUnder(file, config.reviewsDir) ? "review" : "incident";
  const relevant = (file) => isUnder(file, incidentsDir) && file.toLowerCase().endsWith(".md") && !file.split("/").some((part) => part === "node_modules" || part === ".git");
  const targets = [];
  const findings = [];
  const changed = new Set(changes.changed.filter(relevant));
  let looked = 0;
  for (const file of changed) {
    const entry = discovered(cwd, file);
    if (!entry) continue;
    looked++;
    const result = readOne(entry, kindOf(file));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }
  const allIncidents = targets.filter((document) => document.kind === "incident");
  const unchanged = [];
  for (const entry of walkIncidents(cwd, config)) {
    if (changed.has(entry.file) || entry.symlink || kindOf(entry.file) !== "incident") continue;
    const data = readKeys(entry.absolute);
    if (!data) continue;
    const record = { file: entry.file, data };
    allIncidents.push(record);
    unchanged.push({ entry, record });
  }
  const present = new Set(allIncidents.map((incident) => incident.data.id));
  const deletedById = /* @__PURE__ */ new Map();
  for (const file of changes.deleted.filter((f) => relevant(f) && kindOf(f) === "incident")) {
    const bytes = readAtCommit(cwd, changes.base, file);
    const id = bytes && keysOf(bytes)?.id;
    if (typeof id === "string" && !present.has(id)) deletedById.set(id, file);
  }
  const referrers = [];
  for (const { entry, record } of deletedById.size > 0 ? unchanged : []) {
    if (!namesAny(record.data, deletedById)) continue;
    const { document } = readOne(entry, "incident");
    if (document) referrers.push(document);
  }
  return { targets, referrers, allIncidents, deletedById, findings, fileCount: looked + referrers.length };
}

// src/incidents/load-named.ts
function loadNamed(cwd, paths, config) {
  const kindOf = (file) => isUnder(file, config.reviewsDir) ? "review" : "incident";
  const targets = [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of expandPaths(cwd, paths)) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readOne(entry, kindOf(entry.file));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }
  const allIncidents = targets.filter((d) => d.kind === "incident");
  for (const entry of walkIncidents(cwd, config)) {
    if (seen.has(entry.file) || entry.symlink || kindOf(entry.file) !== "incident") continue;
    const data = readKeys(entry.absolute);
    if (data) allIncidents.push({ file: entry.file, data });
  }
  return { targets, allIncidents, findings, fileCount: seen.size };
}

// src/app/validate-incidents.ts
function runValidate(options) {
  const { config, findings: configWarnings } = loadConfig(options.cwd, options.configPath);
  if (options.changedSince !== void 0) {
    if (options.paths.length > 0) throw new UsageError("--changed-since checks the files a change touched: give either paths or --changed-since, not both");
    const loaded2 = loadChanged(options.cwd, config, changedSince(options.cwd, options.changedSince));
    const findings2 = sortFindings([...configWarnings, ...loaded2.findings, ...validateChange({ ...loaded2, config, now: options.now })]);
    return { findings: findings2, files: loaded2.fileCount, ...countBySeverity(findings2), changedSince: options.changedSince };
  }
  const loaded = options.paths.length > 0 ? loadNamed(options.cwd, options.paths, config) : loadFiles(options.cwd, [], config);
  const findings = sortFindings([
    ...configWarnings,
    ...loaded.findings,
    ...validateDocuments({ targets: loaded.targets, allIncidents: loaded.allIncidents, config, now: options.now })
  ]);
  return { findings, files: loaded.fileCount, ...countBySeverity(findings) };
}

export {
  renderGithub,
  commitAvailability,
  runValidate
};
