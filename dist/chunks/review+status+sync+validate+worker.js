import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  parseYaml
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  MAX_FILE_BYTES,
  openRegular,
  readBounded
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";

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

export {
  readFrontmatterHead,
  readFrontmatterBytes,
  referenceKeys,
  pickReferenceKeys
};
