import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/incidents/frontmatter.ts
var FENCE = /^---[ \t]*$/;
var CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
function splitFrontmatter(text) {
  if (text.trim() === "") return { ok: false, problem: "empty" };
  const firstBreak = text.indexOf("\n");
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, "");
  if (!FENCE.test(firstLine)) return { ok: false, problem: "missing" };
  if (firstBreak < 0) return { ok: false, problem: "unclosed" };
  let lineStart = firstBreak + 1;
  let line = 2;
  while (lineStart <= text.length) {
    const next = text.indexOf("\n", lineStart);
    const end = next < 0 ? text.length : next;
    const first = text.charCodeAt(lineStart);
    if ((first === 45 || first === 46) && CLOSING_FENCE.test(text.slice(lineStart, end).replace(/\r$/, ""))) {
      return {
        ok: true,
        yaml: text.slice(firstBreak + 1, lineStart),
        yamlLine: 2,
        body: next < 0 ? "" : text.slice(next + 1),
        bodyLine: line + 1
      };
    }
    if (next < 0) break;
    lineStart = next + 1;
    line++;
  }
  return { ok: false, problem: "unclosed" };
}

export {
  splitFrontmatter
};
