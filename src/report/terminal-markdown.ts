import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { createColors } from 'picocolors';
import type { Nodes, Parents, PhrasingContent, RootContent, Table } from 'mdast';

/*
 * The Markdown the review and status write for GitHub, for a person at a
 * terminal instead: tables as aligned columns, Mermaid charts as bars,
 * entities and escapes read as what they stand for. Rendering the Markdown
 * (rather than the report a second way) keeps the two showing the same.
 */

export interface TerminalOptions {
  readonly color: boolean;
}

/** Marks that only stop GitHub from acting on text (a zero-width space after @ stops a ping): a terminal shows the text. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060/g;
const BAR_WIDTH = 30;

// picocolors decides by the process's own terminal; the caller has decided already (useColor).
const COLORS = { on: createColors(true), off: createColors(false) };
const paint = (o: TerminalOptions) => (o.color ? COLORS.on : COLORS.off);

/** Columns a string takes in a terminal: wide (East Asian, emoji) characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0xfe0f) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      code === 0x274c ||
      code === 0x2705 ||
      code === 0x27a1;
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

function inline(nodes: readonly PhrasingContent[], o: TerminalOptions): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return node.value.replace(INVISIBLE, '');
        case 'strong':
          return paint(o).bold(inline(node.children, o));
        case 'emphasis':
          return paint(o).italic(inline(node.children, o));
        case 'inlineCode':
          return paint(o).cyan(node.value);
        case 'link': {
          const text = inline(node.children, o);
          return text === node.url ? text : `${text} (${node.url})`;
        }
        case 'break':
          return '\n';
        case 'html':
          return node.value.startsWith('<!--') ? '' : node.value;
        default:
          return 'children' in node
            ? inline(node.children as PhrasingContent[], o)
            : 'value' in node
              ? String(node.value)
              : '';
      }
    })
    .join('');
}

/** A table's plain cells, for measuring; and the cells as shown. */
function table(node: Table, o: TerminalOptions): string[] {
  const plain = node.children.map((row) => row.children.map((cell) => inline(cell.children, { color: false })));
  const shown = node.children.map((row) => row.children.map((cell) => inline(cell.children, o)));
  const columns = Math.max(...plain.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...plain.map((row) => displayWidth(row[c] ?? ''))));
  const numeric = (c: number) => plain.slice(1).every((row) => /^[-\d.,%:hmsd ~<>≤≥]*$/.test(row[c] ?? ''));
  const line = (row: readonly string[], plainRow: readonly string[]) =>
    widths
      .map((w, c) => {
        const cell = row[c] ?? '';
        const extra = displayWidth(cell) - displayWidth(plainRow[c] ?? '');
        return pad(cell, w + Math.max(0, extra), c > 0 && numeric(c));
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = shown;
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [paint(o).bold(line(head!, plain[0]!)), rule, ...body.map((row, r) => line(row, plain[r + 1]!))];
}

function bar(value: number, max: number): string {
  const cells = max > 0 ? Math.round((value / max) * BAR_WIDTH) : 0;
  return value > 0 && cells === 0 ? '▏' : '█'.repeat(cells);
}

const LABELS = /"((?:[^"\\]|\\.)*)"/g;
const numbers = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .filter((n) => n.trim() !== '')
    .map((n) => Number(n.trim()))
    .filter((n) => Number.isFinite(n));

/**
 * The two Mermaid charts the review draws (review/render/mermaid.ts), as
 * bars: an xychart's bars (with its line as "baseline"), a pie's slices
 * with their shares. Anything else is shown as its source.
 */
export function mermaidAsBars(source: string, o: TerminalOptions): string[] {
  const lines = source.split('\n').map((l) => l.trim());
  const rows: { label: string; value: number; note?: string }[] = [];
  let title: string;
  if (lines[0] === 'xychart-beta') {
    title = [...(lines.find((l) => l.startsWith('title '))?.matchAll(LABELS) ?? [])][0]?.[1] ?? '';
    const labels = [...(lines.find((l) => l.startsWith('x-axis '))?.matchAll(LABELS) ?? [])].map((m) => m[1]!);
    const bars = numbers(/^bar \[(.*)\]$/.exec(lines.find((l) => l.startsWith('bar ')) ?? '')?.[1]);
    const baseline = numbers(/^line \[(.*)\]$/.exec(lines.find((l) => l.startsWith('line ')) ?? '')?.[1]);
    labels.forEach((label, i) =>
      rows.push({
        label,
        value: bars[i] ?? 0,
        ...(baseline.length ? { note: `baseline ${baseline[i] ?? 0}` } : {}),
      }),
    );
  } else if (lines[0]?.startsWith('pie')) {
    title = lines[0].replace(/^pie\s*(title\s*)?/, '');
    for (const line of lines.slice(1)) {
      const slice = /^"((?:[^"\\]|\\.)*)"\s*:\s*([\d.]+)$/.exec(line);
      if (slice) rows.push({ label: slice[1]!, value: Number(slice[2]) });
    }
    const total = rows.reduce((sum, row) => sum + row.value, 0);
    for (const row of rows) row.note = `${Math.round((row.value / (total || 1)) * 100)}%`;
  } else return source.split('\n').map((l) => `    ${l}`);
  const max = Math.max(0, ...rows.map((row) => row.value));
  const width = Math.max(0, ...rows.map((row) => displayWidth(row.label)));
  const digits = Math.max(0, ...rows.map((row) => String(row.value).length));
  return [
    ...(title ? [paint(o).bold(title)] : []),
    ...rows.map((row) =>
      `  ${pad(row.label, width)}  ${pad(String(row.value), digits, true)} ${paint(o).cyan(bar(row.value, max))}${row.note ? `  (${row.note})` : ''}`.trimEnd(),
    ),
  ];
}

function block(node: RootContent, o: TerminalOptions): string[] {
  switch (node.type) {
    case 'heading': {
      const text = inline(node.children, o);
      const plain = inline(node.children, { color: false });
      if (node.depth === 1) return [paint(o).bold(text), '═'.repeat(displayWidth(plain))];
      if (node.depth === 2) return [paint(o).bold(text), '─'.repeat(displayWidth(plain))];
      return [paint(o).bold(text)];
    }
    case 'paragraph':
      return inline(node.children, o).split('\n');
    case 'list':
      return node.children.flatMap((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '• ';
        const inner = item.children.flatMap((child) => block(child, o));
        return inner.map((line, j) => `  ${j === 0 ? marker : ' '.repeat(marker.length)}${line}`);
      });
    case 'table':
      return table(node, o);
    case 'code':
      return node.lang === 'mermaid' ? mermaidAsBars(node.value, o) : node.value.split('\n').map((l) => `    ${l}`);
    case 'blockquote':
      return blocks(node, o).map((line) => `│ ${line}`.trimEnd());
    case 'thematicBreak':
      return ['─'.repeat(40)];
    case 'html':
      return node.value.startsWith('<!--') ? [] : [node.value];
    default:
      return 'children' in node ? blocks(node as Parents, o) : [];
  }
}

function blocks(parent: Parents, o: TerminalOptions): string[] {
  const out: string[] = [];
  for (const child of parent.children as RootContent[]) {
    const lines = block(child, o);
    if (!lines.length) continue;
    if (out.length) out.push('');
    out.push(...lines);
  }
  return out;
}

/** GitHub Markdown (as the review and status write it) as text for a terminal. */
export function renderMarkdownForTerminal(markdown: string, options: TerminalOptions): string {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  return `${blocks(tree as Nodes as Parents, options).join('\n')}\n`;
}
