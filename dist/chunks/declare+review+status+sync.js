import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/markdown-escape.ts
var ZERO_WIDTH_SPACE = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "@": `@${ZERO_WIDTH_SPACE}`
};
var LINE_ENDING = /\r\n|\r|\n/g;
var SPECIAL = /(#|\bgh-)(?=\d)|[&<>|@]|[\\`*_[\]#!~$]/gi;
function escapeMarkdown(text) {
  return text.replace(LINE_ENDING, " ").replace(
    SPECIAL,
    (match, reference) => reference ? `${reference}${ZERO_WIDTH_SPACE}` : REPLACEMENTS[match] ?? `\\${match}`
  );
}
function inlineCode(text) {
  const clean = text.replace(LINE_ENDING, " ").replace(/\|/g, "\\|").replace(/<!--/g, "<\u200B!--");
  const longest = (clean.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = "`".repeat(longest + 1);
  return `${fence}${longest ? " " : ""}${clean}${longest ? " " : ""}${fence}`;
}

export {
  escapeMarkdown,
  inlineCode
};
