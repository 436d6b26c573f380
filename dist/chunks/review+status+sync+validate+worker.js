import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  parseDocument
} from "./declare+review+status+sync+validate+worker.js";
import {
  splitFrontmatter
} from "./declare+import+review+status+sync+validate+worker.js";
import {
  package_default
} from "./init+program+review+status+sync+validate+worker.js";
import {
  writeFileAtomic
} from "./import+new+review+status+sync+validate+worker.js";
import {
  displayPath,
  expandPaths,
  isUnder,
  parseYaml,
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
  openRegular,
  readBounded,
  sizeOverLimit
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  START_OF_FILE
} from "./declare+import+new+program+review+status+sync+validate+worker.js";
import {
  quote
} from "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/incidents/load.ts
import { lstatSync } from "node:fs";
import path2 from "node:path";

// src/git/blobs.ts
import { execFileSync } from "node:child_process";
import path from "node:path";
var MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;
function gitOutput(cwd, args) {
  try {
    return execFileSync("git", args, {
      cwd,
      maxBuffer: MAX_GIT_OUTPUT_BYTES,
      stdio: ["ignore", "pipe", "ignore"]
    }).toString("utf8");
  } catch {
    return void 0;
  }
}
function unchangedBlobs(cwd, dir) {
  const staged = gitOutput(cwd, ["ls-files", "-z", "-s", "--", dir]);
  const modified = staged === void 0 ? void 0 : gitOutput(cwd, ["ls-files", "-z", "-m", "--", dir]);
  if (staged === void 0 || modified === void 0) return void 0;
  const changed = new Set(modified.split("\0"));
  const blobs = /* @__PURE__ */ new Map();
  for (const entry of staged.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [mode, blob, stage] = entry.slice(0, tab).split(" ");
    const file = entry.slice(tab + 1);
    if (stage !== "0" || !mode?.startsWith("1006") || !blob || changed.has(file)) continue;
    blobs.set(file, blob);
  }
  return blobs;
}
function gitPath(cwd, name) {
  const found = gitOutput(cwd, ["rev-parse", "--git-path", name])?.trim();
  return found ? path.resolve(cwd, found) : void 0;
}

// src/git/changes.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { realpathSync } from "node:fs";
var MAX_GIT_OUTPUT_BYTES2 = 256 * 1024 * 1024;
function git(cwd, args) {
  return execFileSync2("git", args, { cwd, maxBuffer: MAX_GIT_OUTPUT_BYTES2, stdio: ["ignore", "pipe", "pipe"] });
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

// src/incidents/keys-cache.ts
import { readFileSync } from "node:fs";
var FORMAT = `incidents-as-code keys by blob 1, ${package_default.version}`;
var MAX_CACHE_BYTES = 512 * 1024 * 1024;
function readCache(file) {
  try {
    const text = readFileSync(file, "utf8");
    if (text.length > MAX_CACHE_BYTES) return /* @__PURE__ */ new Map();
    const parsed = JSON.parse(text);
    if (parsed.format !== FORMAT || typeof parsed.entries !== "object" || parsed.entries === null) return /* @__PURE__ */ new Map();
    return new Map(Object.entries(parsed.entries));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function openKeysCache(file) {
  const known = readCache(file);
  const used = /* @__PURE__ */ new Map();
  let added = 0;
  return {
    keysOf(blob) {
      const keys = known.get(blob);
      if (keys === void 0 || keys !== null && typeof keys !== "object") return void 0;
      used.set(blob, keys);
      return keys;
    },
    remember(blob, keys) {
      used.set(blob, keys);
      added++;
    },
    save() {
      if (added === 0 && used.size === known.size) return;
      try {
        const entries = Object.fromEntries(used);
        writeFileAtomic(file, JSON.stringify({ format: FORMAT, entries }), { createFolders: true });
      } catch {
      }
    }
  };
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
var NOWHERE = { key: () => START_OF_FILE, value: () => START_OF_FILE };
function locateAgain(absolute) {
  let locator;
  const located = () => {
    if (locator) return locator;
    locator = NOWHERE;
    try {
      const read = readBounded(absolute);
      const parsed = "bytes" in read ? parseDocument(absolute, "incident", read.bytes) : void 0;
      if (parsed?.document) locator = parsed.document.locate;
    } catch {
    }
    return locator;
  };
  return { key: (path3) => located().key(path3), value: (path3) => located().value(path3) };
}

// src/incidents/read/head.ts
import { isUtf8 } from "node:buffer";
import { closeSync, readSync } from "node:fs";
var HEAD_BYTES = 4096;
var head = Buffer.allocUnsafe(HEAD_BYTES);
var NEWLINE = 10;
var CR = 13;
var isBlank = (byte) => byte === 32 || byte === 9;
function isFenceLine(bytes, start, end, dotsToo) {
  let stop = end;
  if (stop > start && bytes[stop - 1] === CR) stop--;
  while (stop > start + 3 && isBlank(bytes[stop - 1])) stop--;
  if (stop - start !== 3) return false;
  const marker = bytes.toString("latin1", start, stop);
  return marker === "---" || dotsToo && marker === "...";
}
function findFrontmatter(bytes, length) {
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const first = bytes.indexOf(NEWLINE, bom);
  if (first < 0 || first >= length || !isFenceLine(bytes, bom, first, false)) return void 0;
  let start = first + 1;
  for (; ; ) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end >= length) return void 0;
    if (isFenceLine(bytes, start, end, true)) return { yamlStart: first + 1, yamlEnd: start, end: end + 1 };
    start = end + 1;
  }
}
function readHeadAndSize(absolute) {
  const opened = openRegular(absolute);
  if ("notRegular" in opened) return void 0;
  try {
    return { length: readSync(opened.fd, head, 0, HEAD_BYTES, 0), size: opened.size };
  } finally {
    closeSync(opened.fd);
  }
}
function readHead(absolute) {
  return readHeadAndSize(absolute)?.length;
}
function readFrontmatterHead(absolute) {
  const length = readHead(absolute);
  if (length === void 0) return "whole-file";
  const found = findFrontmatter(head, length);
  if (!found) return "whole-file";
  const yaml = head.subarray(found.yamlStart, found.yamlEnd);
  if (yaml.includes(0) || !isUtf8(yaml)) return "whole-file";
  return { yaml: yaml.toString("utf8") };
}
function readFrontmatterBytes(absolute) {
  const read = readHeadAndSize(absolute);
  if (read === void 0) return readBounded(absolute);
  if (read.size > MAX_FILE_BYTES) return { tooLarge: read.size };
  const { length } = read;
  const found = findFrontmatter(head, length);
  if (found) return { bytes: head.subarray(0, found.end) };
  if (length < HEAD_BYTES) return { bytes: head.subarray(0, length) };
  return readBounded(absolute);
}

// src/incidents/scan-references.ts
var REFERENCE_KEYS = ["id", "repeat_of", "related"];
var WANTED = new Set(REFERENCE_KEYS);
var TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*) *:(?: +(.*))?$/;
var PLAIN = /^[A-Za-z0-9_][\w./+-]*$/;
var MAYBE_NOT_STRING = /^(?:[-+0-9_.eE]+|0[xob][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
function isEnd(rest) {
  const trimmed = rest.trimStart();
  return trimmed === "" || trimmed.startsWith("#") && trimmed.length < rest.length;
}
function scalar(text, stops) {
  const first = text[0];
  if (first === '"') {
    const close = text.indexOf('"', 1);
    const value2 = text.slice(1, close);
    if (close < 0 || value2.includes("\\")) return GIVE_UP;
    return { value: value2, rest: text.slice(close + 1) };
  }
  if (first === "'") {
    let i = 1;
    for (; ; ) {
      const close = text.indexOf("'", i);
      if (close < 0) return GIVE_UP;
      if (text[close + 1] !== "'")
        return { value: text.slice(1, close).replaceAll("''", "'"), rest: text.slice(close + 1) };
      i = close + 2;
    }
  }
  let end = 0;
  while (end < text.length && !stops.includes(text[end]) && !(text[end] === "#" && end > 0 && text[end - 1] === " "))
    end++;
  const value = text.slice(0, end).trimEnd();
  if (!PLAIN.test(value) || MAYBE_NOT_STRING.test(value)) return GIVE_UP;
  return { value, rest: text.slice(value.length) };
}
function inlineValue(text) {
  if (!text.startsWith("[")) {
    const one = scalar(text, "");
    return one !== GIVE_UP && isEnd(one.rest) ? one.value : GIVE_UP;
  }
  const items = [];
  let rest = text.slice(1).trimStart();
  if (rest.startsWith("]")) return isEnd(rest.slice(1)) ? items : GIVE_UP;
  for (; ; ) {
    const item = scalar(rest, ",]");
    if (item === GIVE_UP) return GIVE_UP;
    items.push(item.value);
    rest = item.rest.trimStart();
    if (rest.startsWith("]")) return isEnd(rest.slice(1)) ? items : GIVE_UP;
    if (!rest.startsWith(",")) return GIVE_UP;
    rest = rest.slice(1).trimStart();
  }
}
function isSelfContained(value) {
  const first = value[0];
  if (first === '"' || first === "'") {
    const one = scalar(value, "");
    return one !== GIVE_UP && isEnd(one.rest);
  }
  if (first === "[" || first === "{") {
    let depth = 0;
    for (const ch of value) {
      if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") depth--;
      else if (ch === '"' || ch === "'") return false;
    }
    return depth === 0;
  }
  return true;
}
var SPACE = 32;
var TAB = 9;
var CR2 = 13;
var DASH = 45;
function isNestedLine(yaml, start, end) {
  let at = start;
  while (at < end && yaml.charCodeAt(at) === SPACE) at++;
  if (at === end) return true;
  const first = yaml.charCodeAt(at);
  if (first === CR2) return at + 1 === end;
  if (first === TAB) return false;
  if (at > start) return true;
  const next = at + 1 === end ? CR2 : yaml.charCodeAt(at + 1);
  return first === DASH && (next === SPACE || next === CR2 && at + 2 >= end);
}
function scanReferenceKeys(yaml) {
  const found = {};
  let state;
  let end;
  for (let start = 0; start <= yaml.length; start = end + 1) {
    const newline = yaml.indexOf("\n", start);
    end = newline < 0 ? yaml.length : newline;
    if (state === "other" && isNestedLine(yaml, start, end)) continue;
    const raw = yaml.slice(start, end);
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (line[0] === "	" || /^ *\t/.test(line)) return void 0;
    const indent = line.length - trimmed.length;
    const isItem = trimmed === "-" || trimmed.startsWith("- ");
    if (state === "other" && (indent > 0 || isItem)) continue;
    if (typeof state === "object" && isItem && (state.indent === void 0 || state.indent === indent)) {
      state.indent = indent;
      const item = scalar(trimmed.slice(1).trimStart(), "");
      if (item === GIVE_UP || !isEnd(item.rest)) return void 0;
      state.items.push(item.value);
      continue;
    }
    if (indent > 0 || isItem) return void 0;
    if (typeof state === "object") found[state.key] = state.indent === void 0 ? null : state.items;
    const match = TOP_LEVEL_KEY.exec(line);
    if (!match) return void 0;
    const key = match[1];
    const value = match[2]?.trim() ?? "";
    if (!WANTED.has(key)) {
      if (!isSelfContained(value)) return void 0;
      state = "other";
      continue;
    }
    if (key in found) return void 0;
    if (value === "" || value.startsWith("#")) {
      state = { key, items: [], indent: void 0 };
      found[key] = null;
      continue;
    }
    const parsed = inlineValue(value);
    if (parsed === GIVE_UP) return void 0;
    found[key] = parsed;
    state = "done";
  }
  if (typeof state === "object") found[state.key] = state.indent === void 0 ? null : state.items;
  return found;
}
function referenceKeys(yaml) {
  const scanned = scanReferenceKeys(yaml);
  if (scanned) return scanned;
  const parsed = parseYaml(yaml);
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data))
    return void 0;
  return pickReferenceKeys(parsed.data);
}
function pickReferenceKeys(data) {
  const picked = {};
  for (const key of REFERENCE_KEYS) if (key in data) picked[key] = data[key];
  return picked;
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
    const head2 = readFrontmatterHead(absolute);
    let keys;
    if (head2 !== "whole-file") keys = referenceKeys(head2.yaml);
    else {
      const read = readBounded(absolute);
      keys = "bytes" in read ? keysOfBytes(read.bytes) : void 0;
    }
    return keys && structuredClone(keys);
  } catch {
    return void 0;
  }
}

// src/incidents/threads.ts
import { Worker } from "node:worker_threads";
var CHUNK_FILES = 64;
var ALL_CLAIMED = "all-claimed";
var chunkOf = (items, chunk) => items.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);
function serveClaimedChunks(items, next, read, post) {
  const chunks = Math.ceil(items.length / CHUNK_FILES);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    post({ chunk, result: read(chunkOf(items, chunk)) });
  }
  post(ALL_CLAIMED);
}
var turn = () => new Promise((resolve) => setImmediate(resolve));
async function readOnTwoThreads(items, entry, task, read, adopt = (result) => result) {
  const chunks = Math.ceil(items.length / CHUNK_FILES);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const work = { ...task, items, next };
  const results = /* @__PURE__ */ new Map();
  const worker = new Worker(entry, { workerData: work });
  const theirs = new Promise((resolve) => {
    worker.on("message", (message) => {
      if (message === ALL_CLAIMED) resolve();
      else results.set(message.chunk, adopt(message.result));
    });
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
  });
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    results.set(chunk, read(chunkOf(items, chunk)));
    await turn();
  }
  await theirs;
  void worker.terminate();
  return Array.from(
    { length: chunks },
    (_, chunk) => results.has(chunk) ? results.get(chunk) : read(chunkOf(items, chunk))
  );
}
function answerOnSecondThread(entry, task, here) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: task });
    let settled = false;
    const settle = (answer) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      try {
        resolve(answer());
      } catch (error) {
        reject(error);
      }
    };
    worker.once("message", (message) => settle(() => message));
    worker.once("error", () => settle(here));
    worker.once("exit", () => settle(here));
  });
}

// src/incidents/load.ts
var keepDocument = (document) => document;
var PARALLEL_MIN_FILES = 1e3;
function kindOf(file, config) {
  return isUnder(file, config.reviewsDir) ? "review" : "incident";
}
function readFrontmatter(entry, kind) {
  try {
    if (entry.symlink) return void 0;
    const read = readFrontmatterBytes(entry.absolute);
    return "bytes" in read ? parseDocument(entry.file, kind, read.bytes) : void 0;
  } catch {
    return void 0;
  }
}
function readShare(entries, config, options, copy) {
  const share = { targets: [], records: [], findings: [], unread: [] };
  for (const entry of entries) {
    const kind = kindOf(entry.file, config);
    const read = options.extent === "frontmatter" ? readFrontmatter(entry, kind) : readIncidentFile(entry, kind);
    addRead(share, entry.file, kind, read, options, copy);
  }
  return share;
}
function addRead(share, file, kind, read, options, copy) {
  if (read?.finding) share.findings.push(read.finding);
  if (!read?.document) {
    share.unread.push(file);
    return;
  }
  const result = options.visit(read.document);
  if (!options.keep || options.keep(result))
    share.targets.push({ file, kind, result: copy && options.detach ? options.detach(result) : result });
  if (kind === "incident") {
    const keys = pickReferenceKeys(read.document.data);
    share.records.push({ file, data: copy ? structuredClone(keys) : keys });
  }
}
function serveClaimedShare(work, config, options, post) {
  serveClaimedChunks(work.items, work.next, (entries) => readShare(entries, config, options, false), post);
}
function adopted(options) {
  const { adopt } = options;
  if (!adopt) return void 0;
  return (share) => ({
    ...share,
    targets: share.targets.map((target) => ({ ...target, result: adopt(target.result) }))
  });
}
async function readTargets(entries, config, options) {
  const seen = /* @__PURE__ */ new Set();
  const unique = entries.filter((entry) => !seen.has(entry.file) && seen.add(entry.file));
  const read = (chunk) => readShare(chunk, config, options, true);
  const shares = options.thread && unique.length >= PARALLEL_MIN_FILES ? await readOnTwoThreads(unique, options.thread.entry, options.thread.task, read, adopted(options)) : [read(unique)];
  return {
    targets: shares.flatMap((share) => share.targets),
    records: shares.flatMap((share) => share.records),
    findings: shares.flatMap((share) => share.findings),
    unread: shares.flatMap((share) => share.unread),
    count: unique.length
  };
}
var CACHE_MIN_FILES = 1e3;
function keysByBlob(cwd, config, files) {
  if (files < CACHE_MIN_FILES) return void 0;
  const cacheFile = gitPath(cwd, "incidents-as-code/keys.json");
  const blobs = cacheFile && unchangedBlobs(cwd, displayPath(cwd, path2.resolve(cwd, config.incidentsDir)) || ".");
  return cacheFile && blobs ? { cache: openKeysCache(cacheFile), blobs } : void 0;
}
function otherIncidents(cwd, config, isTarget) {
  const entries = walkIncidents(cwd, config).filter(
    (entry) => !isTarget(entry.file) && !entry.symlink && kindOf(entry.file, config) === "incident"
  );
  const known = keysByBlob(cwd, config, entries.length);
  const others = [];
  for (const entry of entries) {
    const blob = known?.blobs.get(entry.file);
    let data = blob === void 0 ? void 0 : known.cache.keysOf(blob);
    if (data === void 0) {
      data = readKeys(entry.absolute) ?? null;
      if (blob !== void 0) known.cache.remember(blob, data);
    }
    if (data) others.push({ entry, record: { file: entry.file, data } });
  }
  known?.cache.save();
  return others;
}
var NOTHING_DELETED = /* @__PURE__ */ new Map();
async function loadWhole(cwd, config, options) {
  const entries = requireIncidentFiles(cwd, config).filter(
    (entry) => !options.incidentsOnly || kindOf(entry.file, config) === "incident"
  );
  const read = await readTargets(entries, config, options);
  return {
    ...read,
    checked: read.records,
    allIncidents: read.records,
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: read.count
  };
}
async function loadNamed(cwd, config, paths, options) {
  const entries = expandPaths(cwd, paths);
  const read = await readTargets(entries, config, options);
  const named = new Set(entries.map((entry) => entry.file));
  const others = otherIncidents(cwd, config, (file) => named.has(file));
  const allIncidents = [...read.records, ...others.map((other) => other.record)];
  return {
    ...read,
    checked: read.records,
    allIncidents,
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: read.count
  };
}
function discovered(cwd, file) {
  const absolute = path2.resolve(cwd, file);
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
async function loadChangedSince(cwd, config, changes, options) {
  const incidentsDir = displayPath(cwd, path2.resolve(cwd, config.incidentsDir));
  const relevant = (file) => isUnder(file, incidentsDir) && file.toLowerCase().endsWith(".md") && !file.split("/").some((part) => part === "node_modules" || part === ".git");
  const changed = new Set(changes.changed.filter(relevant));
  const entries = [...changed].flatMap((file) => discovered(cwd, file) ?? []);
  const read = await readTargets(entries, config, options);
  const others = otherIncidents(cwd, config, (file) => changed.has(file));
  const allIncidents = [...read.records, ...others.map((other) => other.record)];
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
  return {
    ...read,
    checked: read.records,
    allIncidents,
    referrers,
    deletedById,
    fileCount: read.count + referrers.length
  };
}
function loadOneText(cwd, config, file, parsed, options) {
  const share = { targets: [], records: [], findings: [], unread: [] };
  addRead(share, file, kindOf(file, config), parsed, options, false);
  const others = otherIncidents(cwd, config, (other) => other === file);
  return {
    ...share,
    ...parsed.document ? { textLocators: /* @__PURE__ */ new Map([[file, parsed.document.locate]]) } : {},
    checked: share.records,
    allIncidents: [...share.records, ...others.map((other) => other.record)],
    referrers: [],
    deletedById: NOTHING_DELETED,
    fileCount: 1
  };
}
function loadStdin(cwd, config, stdin, options) {
  const parsed = "bytes" in stdin.read ? parseDocument(stdin.file, kindOf(stdin.file, config), stdin.read.bytes) : { finding: tooLargeFinding(stdin.file, stdin.read.tooLarge, "read up to the limit") };
  return loadOneText(cwd, config, stdin.file, parsed, options);
}
async function loadIncidents(cwd, config, scope, options) {
  if ("stdin" in scope) return loadStdin(cwd, config, scope.stdin, options);
  if ("changedSince" in scope) return loadChangedSince(cwd, config, scope.changedSince, options);
  if ("named" in scope) return loadNamed(cwd, config, scope.named, options);
  return loadWhole(cwd, config, options);
}

export {
  changedSince,
  locateAgain,
  answerOnSecondThread,
  keepDocument,
  PARALLEL_MIN_FILES,
  serveClaimedShare,
  loadIncidents
};
