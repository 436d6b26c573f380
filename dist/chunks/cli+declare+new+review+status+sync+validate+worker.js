import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  constructor(message, findings) {
    super(message);
    this.findings = findings;
  }
  findings;
  name = "ConfigError";
};

// src/core/text.ts
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
function visible(text, { keepTabs = false } = {}) {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return keepTabs ? ch : "\\t";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function plainLine(text) {
  return visible(text, { keepTabs: true });
}
function cut(text, max) {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? "") ? max - 2 : max - 1;
  return `${text.slice(0, end)}\u2026`;
}

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

export {
  UsageError,
  ConfigError,
  visible,
  plainLine,
  cut,
  countBySeverity,
  sortFindings
};
