import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/finding.ts
var START_OF_FILE = Object.freeze({ line: 1, column: 1 });
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
var shared = /* @__PURE__ */ new Map();
var MAX_SHARED = 2e4;
function sharedCopy(text) {
  let copy = shared.get(text);
  if (copy === void 0) {
    copy = structuredClone(text);
    if (shared.size < MAX_SHARED) shared.set(copy, copy);
  }
  return copy;
}
function detachFindings(findings) {
  return findings.map((finding) => {
    const copy = {};
    for (const [key, value] of Object.entries(finding))
      copy[key] = key === "message" ? structuredClone(value) : key === "hint" ? sharedCopy(value) : value;
    return copy;
  });
}

export {
  START_OF_FILE,
  countBySeverity,
  sortFindings,
  detachFindings
};
