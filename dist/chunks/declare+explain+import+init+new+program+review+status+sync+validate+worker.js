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
var PublishError = class extends Error {
  name = "PublishError";
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

export {
  UsageError,
  ConfigError,
  PublishError,
  visible,
  plainLine,
  cut
};
