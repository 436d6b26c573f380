import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  gfmTable,
  gfmTableFromMarkdown
} from "./import+review+status.js";
import {
  require_picocolors
} from "./program+review+status+validate.js";
import {
  fromMarkdown
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  __toESM
} from "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/report/terminal-markdown.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var INVISIBLE = /\u200b|\u200c|\u200d|\u2060/g;
var BAR_WIDTH = 30;
var COLORS = { on: (0, import_picocolors.createColors)(true), off: (0, import_picocolors.createColors)(false) };
var paint = (o) => o.color ? COLORS.on : COLORS.off;
function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 32 || code >= 768 && code < 880 || code === 65039) continue;
    const wide = code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 129791 || code === 10060 || code === 9989 || code === 10145;
    width += wide ? 2 : 1;
  }
  return width;
}
var pad = (text, width, right = false) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};
function inline(nodes, o) {
  return nodes.map((node) => {
    switch (node.type) {
      case "text":
        return node.value.replace(INVISIBLE, "");
      case "strong":
        return paint(o).bold(inline(node.children, o));
      case "emphasis":
        return paint(o).italic(inline(node.children, o));
      case "inlineCode":
        return paint(o).cyan(node.value);
      case "link": {
        const text = inline(node.children, o);
        return text === node.url ? text : `${text} (${node.url})`;
      }
      case "break":
        return "\n";
      case "html":
        return node.value.startsWith("<!--") ? "" : node.value;
      default:
        return "children" in node ? inline(node.children, o) : "value" in node ? String(node.value) : "";
    }
  }).join("");
}
function table(node, o) {
  const plain = node.children.map((row) => row.children.map((cell) => inline(cell.children, { color: false })));
  const shown = node.children.map((row) => row.children.map((cell) => inline(cell.children, o)));
  const columns = Math.max(...plain.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...plain.map((row) => displayWidth(row[c] ?? ""))));
  const numeric = (c) => plain.slice(1).every((row) => /^[-\d.,%:hmsd ~<>≤≥]*$/.test(row[c] ?? ""));
  const line = (row, plainRow) => widths.map((w, c) => {
    const cell = row[c] ?? "";
    const extra = displayWidth(cell) - displayWidth(plainRow[c] ?? "");
    return pad(cell, w + Math.max(0, extra), c > 0 && numeric(c));
  }).join("  ").trimEnd();
  const [head, ...body] = shown;
  const rule = widths.map((w) => "\u2500".repeat(w)).join("  ");
  return [paint(o).bold(line(head, plain[0])), rule, ...body.map((row, r) => line(row, plain[r + 1]))];
}
function bar(value, max) {
  const cells = max > 0 ? Math.round(value / max * BAR_WIDTH) : 0;
  return value > 0 && cells === 0 ? "\u258F" : "\u2588".repeat(cells);
}
var LABELS = /"((?:[^"\\]|\\.)*)"/g;
var numbers = (text) => (text ?? "").split(",").filter((n) => n.trim() !== "").map((n) => Number(n.trim())).filter((n) => Number.isFinite(n));
function mermaidAsBars(source, o) {
  const lines = source.split("\n").map((l) => l.trim());
  const rows = [];
  let title;
  if (lines[0] === "xychart-beta") {
    title = [...lines.find((l) => l.startsWith("title "))?.matchAll(LABELS) ?? []][0]?.[1] ?? "";
    const labels = [...lines.find((l) => l.startsWith("x-axis "))?.matchAll(LABELS) ?? []].map((m) => m[1]);
    const bars = numbers(/^bar \[(.*)\]$/.exec(lines.find((l) => l.startsWith("bar ")) ?? "")?.[1]);
    const baseline = numbers(/^line \[(.*)\]$/.exec(lines.find((l) => l.startsWith("line ")) ?? "")?.[1]);
    labels.forEach(
      (label, i) => rows.push({
        label,
        value: bars[i] ?? 0,
        ...baseline.length ? { note: `baseline ${baseline[i] ?? 0}` } : {}
      })
    );
  } else if (lines[0]?.startsWith("pie")) {
    title = lines[0].replace(/^pie\s*(title\s*)?/, "");
    for (const line of lines.slice(1)) {
      const slice = /^"((?:[^"\\]|\\.)*)"\s*:\s*([\d.]+)$/.exec(line);
      if (slice) rows.push({ label: slice[1], value: Number(slice[2]) });
    }
    const total = rows.reduce((sum, row) => sum + row.value, 0);
    for (const row of rows) row.note = `${Math.round(row.value / (total || 1) * 100)}%`;
  } else return source.split("\n").map((l) => `    ${l}`);
  const max = Math.max(0, ...rows.map((row) => row.value));
  const width = Math.max(0, ...rows.map((row) => displayWidth(row.label)));
  const digits = Math.max(0, ...rows.map((row) => String(row.value).length));
  return [
    ...title ? [paint(o).bold(title)] : [],
    ...rows.map(
      (row) => `  ${pad(row.label, width)}  ${pad(String(row.value), digits, true)} ${paint(o).cyan(bar(row.value, max))}${row.note ? `  (${row.note})` : ""}`.trimEnd()
    )
  ];
}
function block(node, o) {
  switch (node.type) {
    case "heading": {
      const text = inline(node.children, o);
      const plain = inline(node.children, { color: false });
      if (node.depth === 1) return [paint(o).bold(text), "\u2550".repeat(displayWidth(plain))];
      if (node.depth === 2) return [paint(o).bold(text), "\u2500".repeat(displayWidth(plain))];
      return [paint(o).bold(text)];
    }
    case "paragraph":
      return inline(node.children, o).split("\n");
    case "list":
      return node.children.flatMap((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "\u2022 ";
        const inner = item.children.flatMap((child) => block(child, o));
        return inner.map((line, j) => `  ${j === 0 ? marker : " ".repeat(marker.length)}${line}`);
      });
    case "table":
      return table(node, o);
    case "code":
      return node.lang === "mermaid" ? mermaidAsBars(node.value, o) : node.value.split("\n").map((l) => `    ${l}`);
    case "blockquote":
      return blocks(node, o).map((line) => `\u2502 ${line}`.trimEnd());
    case "thematicBreak":
      return ["\u2500".repeat(40)];
    case "html":
      return node.value.startsWith("<!--") ? [] : [node.value];
    default:
      return "children" in node ? blocks(node, o) : [];
  }
}
function blocks(parent, o) {
  const out = [];
  for (const child of parent.children) {
    const lines = block(child, o);
    if (!lines.length) continue;
    if (out.length) out.push("");
    out.push(...lines);
  }
  return out;
}
function renderMarkdownForTerminal(markdown, options) {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  return `${blocks(tree, options).join("\n")}
`;
}

export {
  renderMarkdownForTerminal
};
