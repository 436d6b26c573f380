import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  parseDocument
} from "./chunk-AR6BZISS.js";
import {
  MAX_FILE_BYTES,
  expandPaths,
  quote,
  readBounded,
  sizeOverLimit,
  walkIncidents
} from "./chunk-TLQTJEIT.js";

// src/incidents/load.ts
import { readlinkSync } from "node:fs";
function isUnder(file, dir) {
  return file === dir || file.startsWith(`${dir}/`);
}
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
function readOne(entry, kind) {
  const { file } = entry;
  if (entry.symlink) {
    return { finding: { file, line: 1, column: 1, rule: "file-symlink", severity: "warning", message: "symbolic link not followed", hint: symlinkHint(entry) } };
  }
  const read = readBounded(entry.absolute);
  if ("tooLarge" in read) {
    const sizes = sizeOverLimit(read.tooLarge, MAX_FILE_BYTES);
    return {
      finding: {
        file,
        line: 1,
        column: 1,
        rule: "file-too-large",
        severity: "error",
        message: `the file is ${sizes.size}, larger than the ${sizes.limit} limit for an incident file`,
        hint: "move logs, dumps and screenshots out of the file and link to them instead"
      }
    };
  }
  return parseDocument(file, kind, read.bytes);
}
function loadFiles(cwd, paths, config) {
  const kindOf = (file) => isUnder(file, config.reviewsDir) ? "review" : "incident";
  const everything = walkIncidents(cwd, config);
  const repository = everything.filter((entry) => kindOf(entry.file) === "incident");
  const requested = paths.length === 0 ? everything : expandPaths(cwd, paths);
  const targets = [];
  const findings = [];
  const byFile = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const entry of requested) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readOne(entry, kindOf(entry.file));
    if (result.finding) findings.push(result.finding);
    if (result.document) {
      targets.push(result.document);
      byFile.set(entry.file, result.document);
    }
  }
  const allIncidents = [];
  for (const entry of repository) {
    const known = byFile.get(entry.file);
    if (known) allIncidents.push(known);
    else if (!seen.has(entry.file)) {
      const result = readOne(entry, "incident");
      if (result.document) allIncidents.push(result.document);
    }
  }
  const counted = new Set(allIncidents);
  for (const document of targets) {
    if (document.kind === "incident" && !counted.has(document)) allIncidents.push(document);
  }
  return { targets, allIncidents, findings, fileCount: seen.size };
}

export {
  isUnder,
  readOne,
  loadFiles
};
