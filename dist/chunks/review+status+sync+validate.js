import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  readFrontmatterHead,
  referenceKeys
} from "./review+status+sync+validate+worker.js";
import {
  parseDocument
} from "./declare+review+status+sync+validate+worker.js";
import {
  splitFrontmatter
} from "./declare+import+review+status+sync+validate+worker.js";
import {
  displayPath,
  expandPaths,
  isUnder,
  requireIncidentFiles,
  walkIncidents
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  FILE_NOT_TEXT,
  FILE_SYMLINK,
  FILE_TOO_LARGE,
  MAX_FILE_BYTES,
  decodeText,
  formatBytes,
  quote,
  readBounded,
  sizeOverLimit
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./cli+declare+explain+import+init+new+review+status+sync+validate+worker.js";

// src/incidents/load.ts
import { lstatSync } from "node:fs";
import path from "node:path";

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
    throw new UsageError(
      `--changed-since: '${ref}' is not a commit in this repository (fetch it first: actions/checkout with fetch-depth: 0)`
    );
  }
  const base = mergeBase(cwd, commit);
  if (!base)
    throw new UsageError(
      `--changed-since: '${ref}' and HEAD have no common history (fetch more of it: actions/checkout with fetch-depth: 0)`
    );
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

// src/incidents/read/file.ts
import { readlinkSync } from "node:fs";
function symlinkHint(entry) {
  let target;
  try {
    target = readlinkSync(entry.absolute);
  } catch {
    target = void 0;
  }
  const points = target === void 0 ? "" : `it points to ${quote(target)}; `;
  return entry.directory ? `${points}move the incident files into the incidents folder instead of linking a folder to it` : `${points}commit the incident file itself in the incidents folder instead of a link to it`;
}
function tooLargeFinding(file, size, readUpTo) {
  const sizes = sizeOverLimit(size, MAX_FILE_BYTES);
  return {
    file,
    line: 1,
    column: 1,
    rule: FILE_TOO_LARGE.id,
    severity: FILE_TOO_LARGE.severity,
    // A stream is read no further than the limit: how large it is in all, nobody knows.
    message: readUpTo ? `the text is larger than the ${formatBytes(MAX_FILE_BYTES)} limit for an incident file (reading stopped there)` : `the file is ${sizes.size}, larger than the ${sizes.limit} limit for an incident file`,
    hint: "move logs, dumps and screenshots out of the file and link to them instead"
  };
}
function readIncidentFile(entry, kind) {
  const { file } = entry;
  if (entry.symlink) {
    return {
      finding: {
        file,
        line: 1,
        column: 1,
        rule: FILE_SYMLINK.id,
        severity: FILE_SYMLINK.severity,
        message: "symbolic link not followed",
        hint: symlinkHint(entry)
      }
    };
  }
  const read = readBounded(entry.absolute);
  if ("tooLarge" in read) return { finding: tooLargeFinding(file, read.tooLarge) };
  if ("notRegular" in read) {
    return {
      finding: {
        file,
        line: 1,
        column: 1,
        rule: FILE_NOT_TEXT.id,
        severity: FILE_NOT_TEXT.severity,
        message: `the file is ${read.notRegular}, not a regular file, so it was not read`,
        hint: "name the incident file itself; only regular files are read, so a pipe or a device can never stall a check"
      }
    };
  }
  return parseDocument(file, kind, read.bytes);
}

// src/incidents/read/keys.ts
function keysOfBytes(bytes) {
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
      keys = "bytes" in read ? keysOfBytes(read.bytes) : void 0;
    }
    return keys && structuredClone(keys);
  } catch {
    return void 0;
  }
}

// src/incidents/load.ts
function kindOf(file, config) {
  return isUnder(file, config.reviewsDir) ? "review" : "incident";
}
function readTargets(entries, config) {
  const targets = [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readIncidentFile(entry, kindOf(entry.file, config));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }
  return { targets, findings, seen };
}
function otherIncidents(cwd, config, isTarget) {
  const others = [];
  for (const entry of walkIncidents(cwd, config)) {
    if (isTarget(entry.file) || entry.symlink || kindOf(entry.file, config) !== "incident") continue;
    const data = readKeys(entry.absolute);
    if (data) others.push({ entry, record: { file: entry.file, data } });
  }
  return others;
}
var NOTHING_DELETED = /* @__PURE__ */ new Map();
function loadWhole(cwd, config) {
  const { targets, findings, seen } = readTargets(requireIncidentFiles(cwd, config), config);
  const allIncidents = targets.filter((document) => document.kind === "incident");
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: seen.size };
}
function loadNamed(cwd, config, paths) {
  const { targets, findings, seen } = readTargets(expandPaths(cwd, paths), config);
  const others = otherIncidents(cwd, config, (file) => seen.has(file));
  const allIncidents = [
    ...targets.filter((document) => document.kind === "incident"),
    ...others.map((other) => other.record)
  ];
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: seen.size };
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
function loadChangedSince(cwd, config, changes) {
  const incidentsDir = displayPath(cwd, path.resolve(cwd, config.incidentsDir));
  const relevant = (file) => isUnder(file, incidentsDir) && file.toLowerCase().endsWith(".md") && !file.split("/").some((part) => part === "node_modules" || part === ".git");
  const changed = new Set(changes.changed.filter(relevant));
  const entries = [...changed].flatMap((file) => discovered(cwd, file) ?? []);
  const { targets, findings } = readTargets(entries, config);
  const others = otherIncidents(cwd, config, (file) => changed.has(file));
  const allIncidents = [
    ...targets.filter((document) => document.kind === "incident"),
    ...others.map((other) => other.record)
  ];
  const present = new Set(allIncidents.map((incident) => incident.data.id));
  const deletedById = /* @__PURE__ */ new Map();
  for (const file of changes.deleted.filter((f) => relevant(f) && kindOf(f, config) === "incident")) {
    const bytes = readAtCommit(cwd, changes.base, file);
    const id = bytes && keysOfBytes(bytes)?.id;
    if (typeof id === "string" && !present.has(id)) deletedById.set(id, file);
  }
  const referrers = [];
  for (const { entry, record } of deletedById.size > 0 ? others : []) {
    if (!namesAny(record.data, deletedById)) continue;
    const { document } = readIncidentFile(entry, "incident");
    if (document) referrers.push(document);
  }
  return { targets, allIncidents, referrers, deletedById, findings, fileCount: entries.length + referrers.length };
}
function loadStdin(cwd, config, stdin) {
  const result = "bytes" in stdin.read ? parseDocument(stdin.file, kindOf(stdin.file, config), stdin.read.bytes) : { finding: tooLargeFinding(stdin.file, stdin.read.tooLarge, "read up to the limit") };
  const targets = result.document ? [result.document] : [];
  const others = otherIncidents(cwd, config, (file) => file === stdin.file);
  const allIncidents = [
    ...targets.filter((document) => document.kind === "incident"),
    ...others.map((other) => other.record)
  ];
  const findings = result.finding ? [result.finding] : [];
  return { targets, allIncidents, referrers: [], deletedById: NOTHING_DELETED, findings, fileCount: 1 };
}
function loadIncidents(cwd, config, scope) {
  if ("stdin" in scope) return loadStdin(cwd, config, scope.stdin);
  if ("changedSince" in scope) return loadChangedSince(cwd, config, scope.changedSince);
  if ("named" in scope) return loadNamed(cwd, config, scope.named);
  return loadWhole(cwd, config);
}

export {
  changedSince,
  loadIncidents
};
