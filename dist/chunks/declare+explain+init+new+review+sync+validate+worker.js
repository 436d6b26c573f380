import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  remarkParse,
  unified
} from "./declare+explain+import+init+new+review+sync+validate+worker.js";

// src/incidents/markdown/heading-scan.ts
var LINE_END = /\r\n|\r|\n/;
var BLANK = /^[ \t]*$/;
var ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
var CLOSING_HASHES = /(?:^|[ \t]+)#+$/;
var FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
var FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
var UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
var INLINE_MARKUP = /[\\`*_[\]<>&!~]/;
var FENCE_MARKERS = /```|~~~/;
function headingLine(source, lineNumber) {
  const match = ATX.exec(source);
  if (!match) return void 0;
  const text = (match[2] ?? "").replace(CLOSING_HASHES, "").trim();
  if (INLINE_MARKUP.test(text)) return null;
  return { kind: "heading", depth: match[1].length, text, line: lineNumber };
}
function startsAsText(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57;
}
function classify(body) {
  const lines = body.includes("\r") ? body.split(LINE_END) : body.split("\n");
  const out = [];
  let fence;
  let comment;
  for (let index = 0; index < lines.length; index++) {
    const source = lines[index];
    const lineNumber = index + 1;
    if (!fence && !comment && startsAsText(source.charCodeAt(0))) {
      if (source.includes("```") || source.includes("~~~")) return null;
      out.push({ kind: "content", line: lineNumber });
      continue;
    }
    if (fence) {
      const close = FENCE_CLOSE.exec(source);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = void 0;
      continue;
    }
    if (comment) {
      comment.text += `
${source}`;
      if (source.includes("-->")) {
        out.push({ kind: commentKind(comment.text), line: comment.line });
        comment = void 0;
      }
      continue;
    }
    if (BLANK.test(source)) continue;
    if (source.startsWith("	") || /^ +\t/.test(source)) return null;
    if (UNDERLINE.test(source)) return null;
    if (source.startsWith("#")) {
      const heading = headingLine(source, lineNumber);
      if (heading === null) return null;
      if (heading) {
        out.push(heading);
        continue;
      }
    }
    if (source.startsWith("<!--")) {
      if (/^<!---?>/.test(source)) return null;
      if (source.slice(4).includes("-->")) out.push({ kind: commentKind(source), line: lineNumber });
      else comment = { text: source, line: lineNumber };
      continue;
    }
    const open = FENCE_OPEN.exec(source);
    if (open) {
      const marker = open[1];
      if (marker[0] === "`" && open[2].includes("`")) return null;
      fence = { char: marker[0], length: marker.length };
      out.push({ kind: "content", line: lineNumber });
      continue;
    }
    const indent = source.length - source.trimStart().length;
    const rest = source.slice(indent);
    if (indent > 0 && indent < 4 && (rest.startsWith("#") || rest.startsWith("<"))) return null;
    if (rest.startsWith("<") || FENCE_MARKERS.test(source)) return null;
    out.push({ kind: "content", line: lineNumber });
  }
  if (comment) out.push({ kind: commentKind(comment.text), line: comment.line });
  return out;
}
function isCommentOnly(html) {
  return /^\s*<!--/.test(html) && html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").trim() === "";
}
function commentKind(html) {
  return isCommentOnly(html) ? "comment" : "content";
}
function hasContentAfter(blocks, index, depth) {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next].ignored) continue;
    const after = blocks[next].depth;
    if (after === void 0) return true;
    if (after <= depth) return false;
  }
  return false;
}
function hasOwnContentAfter(blocks, index) {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next].ignored) continue;
    return blocks[next].depth === void 0;
  }
  return false;
}
function scanHeadings(body) {
  const lines = classify(body);
  if (!lines) return void 0;
  const headings = [];
  const blocks = lines.map((line) => ({ depth: line.depth, ignored: line.kind === "comment" }));
  lines.forEach((line, index) => {
    if (line.kind !== "heading" || line.depth === void 0) return;
    headings.push({
      depth: line.depth,
      text: line.text ?? "",
      line: line.line,
      column: 1,
      hasContent: hasContentAfter(blocks, index, line.depth),
      hasOwnContent: hasOwnContentAfter(blocks, index)
    });
  });
  return headings;
}

// src/incidents/markdown/headings.ts
var parser = unified().use(remarkParse);
function plainText(node) {
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map(plainText).join("");
}
function readHeadings(body, bodyLine) {
  const scanned = scanHeadings(body);
  if (scanned) {
    return scanned.map(({ depth, text, line, column, hasContent, hasOwnContent }) => ({
      depth,
      text,
      position: { line: line + bodyLine - 1, column },
      hasContent,
      hasOwnContent
    }));
  }
  return parseHeadings(body, bodyLine);
}
function parseHeadings(body, bodyLine) {
  const root = parser.parse(body);
  const children = root.children ?? [];
  const blocks = children.map((node) => ({
    depth: node.type === "heading" ? node.depth ?? 1 : void 0,
    ignored: node.type === "html" && isCommentOnly(node.value ?? "")
  }));
  const headings = [];
  children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth === void 0) return;
    const hasContent = hasContentAfter(blocks, index, node.depth);
    const hasOwnContent = hasOwnContentAfter(blocks, index);
    const start = node.position?.start ?? { line: 1, column: 1 };
    headings.push({
      depth: node.depth,
      text: plainText(node).trim(),
      position: { line: start.line + bodyLine - 1, column: start.column },
      hasContent,
      hasOwnContent
    });
  });
  return headings;
}
function sectionsWithContent(headings, sections) {
  const withContent = /* @__PURE__ */ new Set();
  headings.forEach((heading, index) => {
    if (heading.hasOwnContent) {
      withContent.add(heading);
      return;
    }
    let skipBelow;
    for (let next = index + 1; next < headings.length && headings[next].depth > heading.depth; next++) {
      const sub = headings[next];
      if (skipBelow !== void 0 && sub.depth > skipBelow) continue;
      skipBelow = void 0;
      if (sections.has(sectionKey(sub.text))) skipBelow = sub.depth;
      else if (sub.hasOwnContent) {
        withContent.add(heading);
        return;
      }
    }
  });
  return withContent;
}
var keys = /* @__PURE__ */ new Map();
var MAX_KEYS = 1e4;
function sectionKey(title) {
  let key = keys.get(title);
  if (key === void 0) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = structuredClone(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""));
    keys.set(structuredClone(title), key);
  }
  return key;
}

export {
  readHeadings,
  sectionsWithContent,
  sectionKey
};
