/**
 * Where a path sits in frontmatter YAML, read from its lines without a
 * parse. Findings need positions, and parsing a file a second time with a
 * position-tracking parser cost ten times the rest of its check: a
 * repository whose files carry warnings validated ten times slower than the
 * same files without.
 *
 * It reads the block YAML people write (keys, indented and compact lists,
 * one-line flow lists, quoted, plain and block scalars, comments) and gives
 * up on anything else (`undefined`): then locate.ts asks the parser. A
 * differential property test (test/locate-scan.test.ts) holds its answers
 * to the parser's.
 */
import type { PathSegment } from '../core/describe';

/** 1-based line and column within the YAML text. */
export interface Spot {
  readonly line: number;
  readonly column: number;
}

/** What a path leads to: the key of its deepest existing part (a list item is its own key), and that part's value. */
export interface ScannedPath {
  readonly key: Spot;
  readonly value: Spot;
}

type Node =
  | { readonly kind: 'map'; readonly at: Spot; readonly indent: number; readonly first: number }
  | { readonly kind: 'seq'; readonly at: Spot; readonly indent: number; readonly first: number }
  | { readonly kind: 'flow-seq'; readonly at: Spot; readonly items: readonly Spot[] }
  | { readonly kind: 'flow-map'; readonly at: Spot; readonly pairs: readonly FlowPair[] }
  /** A scalar, an empty value or a block scalar: nothing to descend into. */
  | { readonly kind: 'leaf'; readonly at: Spot };

interface FlowPair {
  readonly key: string;
  readonly keyAt: Spot;
  readonly valueAt: Spot;
}

const UNSURE = Symbol('unsure');
type Scan<T> = T | typeof UNSURE;

const isKeyStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isKeyPart = (c: number) => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/**
 * The end (the colon) of a plain key starting exactly at `at` of the line:
 * letters, digits, '_' and '-', not starting with a digit or '-', then ':'
 * and a space or the end of the line; -1 for anything else. A loop, not a
 * regular expression: it runs on every line of a file with a finding.
 */
function keyEnd(line: string, at: number): number {
  if (!isKeyStart(line.charCodeAt(at))) return -1;
  let i = at + 1;
  while (isKeyPart(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 0x3a) return -1;
  const next = line.charCodeAt(i + 1);
  return next === 0x20 || Number.isNaN(next) ? i : -1;
}

/** A plain key and its colon starting exactly at `at` of the line: [the key and colon, the key], as a match. */
function keyMatchAt(line: string, at: number): [string, string] | null {
  const end = keyEnd(line, at);
  if (end < 0) return null;
  const key = line.slice(at, end);
  return [`${key}:`, key];
}
const NOT_A_STRING_KEY = /^(?:true|false|null)$/i;
/** Characters that start something this scanner does not read: tags, anchors, aliases, complex keys, directives, reserved. */
const UNREAD_START = new Set(['!', '&', '*', '?', '%', '@', '`']);

export class YamlLines {
  readonly lines: readonly string[];
  /** Leading spaces of each line; -1 for a blank or comment-only line. */
  readonly indents: readonly number[];
  /**
   * False when some line starts a value that may run on to the next lines
   * (a quote or a bracket not closed on its line), or the text holds tabs
   * or carriage returns other than in line ends: then no line can be judged on its own, and only
   * the parser answers.
   */
  readonly readable: boolean;

  constructor(text: string) {
    // Lines end in \n or \r\n (as saved on Windows): columns count from the line's start either way.
    const crlf = text.includes('\r');
    this.lines = crlf
      ? text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
      : text.split('\n');
    const indents: number[] = [];
    let readable = !text.includes('\t') && !(crlf && this.lines.some((line) => line.includes('\r')));
    for (const line of this.lines) {
      let i = 0;
      while (line.charCodeAt(i) === 0x20) i++;
      const indent = i === line.length || line.charCodeAt(i) === 0x23 ? -1 : i;
      indents.push(indent);
      if (readable && !oneLine(line, indent)) readable = false;
    }
    this.indents = indents;
    this.readable = readable;
  }

  /** The next line at or after `from` that holds content, or -1. */
  nextContent(from: number): number {
    for (let i = from; i < this.lines.length; i++) if (this.indents[i]! >= 0) return i;
    return -1;
  }
}

/** Whether what a line starts (past its list dashes and its key) ends on that line. */
function oneLine(line: string, indent: number): boolean {
  if (indent < 0) return true;
  if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) return false;
  let i = indent;
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) i = skipSpaces(line, i + 1);
  const colon = keyEnd(line, i);
  if (colon >= 0) i = skipSpaces(line, colon + 1);
  const c = line[i];
  if (c === '"' || c === "'") {
    const end = quotedEnd(line, i);
    return end !== UNSURE && endsLine(line, end);
  }
  if (c === '[' || c === '{') return flowAt(line, i, 0) !== UNSURE;
  return true;
}

const spot = (index: number, column0: number): Spot => ({ line: index + 1, column: column0 + 1 });

/** Index of the first character at or after `from` that is not a space. */
function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** The end (exclusive) of a quoted scalar starting at `start`, or UNSURE when it runs past its line. */
function quotedEnd(line: string, start: number): Scan<number> {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return UNSURE;
}

/** What follows a value on its line is nothing or a comment. */
function endsLine(line: string, from: number): boolean {
  const i = skipSpaces(line, from);
  return i === line.length || (line[i] === '#' && i > from);
}

/** The end (exclusive) of a plain scalar inside a flow collection, or UNSURE where it could be more than a scalar. */
function flowPlainEnd(line: string, from: number): Scan<number> {
  let j = from;
  while (j < line.length && line[j] !== ',' && line[j] !== ']' && line[j] !== '}') {
    const d = line[j];
    if (d === '[' || d === '{' || d === '"' || d === "'" || d === '#' || d === ':') return UNSURE;
    j++;
  }
  return j;
}

/** The end (exclusive) of one flow scalar (quoted or plain) starting at `from`. */
function flowScalarEnd(line: string, from: number): Scan<number> {
  const c = line[from];
  if (c === undefined || c === ',' || c === ']' || c === '}' || c === '[' || c === '{' || UNREAD_START.has(c))
    return UNSURE;
  return c === '"' || c === "'" ? quotedEnd(line, from) : flowPlainEnd(line, from);
}

/**
 * A one-line flow list of scalars ('[a, "b"]') or flow mapping of scalars
 * ('{ method: alert }') opened at `open`: where each item, or each key and
 * value, starts. UNSURE for nesting, an unclosed bracket, or text after it.
 */
function flowAt(line: string, open: number, index: number): Scan<Spot[] | FlowPair[]> {
  const isMap = line[open] === '{';
  const close = isMap ? '}' : ']';
  const items: Spot[] = [];
  const pairs: FlowPair[] = [];
  let i = skipSpaces(line, open + 1);
  if (line[i] === close) return endsLine(line, i + 1) ? (isMap ? pairs : items) : UNSURE;
  for (;;) {
    if (isMap) {
      const key = keyMatchAt(line, i);
      if (!key || NOT_A_STRING_KEY.test(key[1]!)) return UNSURE;
      const valueStart = skipSpaces(line, i + key[0].length);
      const end = flowScalarEnd(line, valueStart);
      if (end === UNSURE) return UNSURE;
      pairs.push({ key: key[1]!, keyAt: spot(index, i), valueAt: spot(index, valueStart) });
      i = skipSpaces(line, end);
    } else {
      const end = flowScalarEnd(line, i);
      if (end === UNSURE) return UNSURE;
      items.push(spot(index, i));
      i = skipSpaces(line, end);
    }
    if (line[i] === close) return endsLine(line, i + 1) ? (isMap ? pairs : items) : UNSURE;
    if (line[i] !== ',') return UNSURE;
    i = skipSpaces(line, i + 1);
  }
}

/** A plain scalar with ': ' in it, or ending in ':', is a mapping entry of a kind this scanner does not read. */
const looksLikePair = (text: string) => text.includes(': ') || text.endsWith(':');

/** A value that starts at column `start` of line `index` and is not a block collection. */
function inlineValue(doc: YamlLines, index: number, start: number): Scan<Node> {
  const line = doc.lines[index]!;
  const c = line[start]!;
  const at = spot(index, start);
  if (UNREAD_START.has(c)) return UNSURE;
  if (c === '[') {
    const items = flowAt(line, start, index) as Scan<Spot[]>;
    return items === UNSURE ? UNSURE : { kind: 'flow-seq', at, items };
  }
  if (c === '{') {
    const pairs = flowAt(line, start, index) as Scan<FlowPair[]>;
    return pairs === UNSURE ? UNSURE : { kind: 'flow-map', at, pairs };
  }
  if (c === '"' || c === "'") {
    const end = quotedEnd(line, start);
    return end !== UNSURE && endsLine(line, end) ? { kind: 'leaf', at } : UNSURE;
  }
  if (c === '-' && (line[start + 1] === ' ' || start + 1 === line.length)) return UNSURE;
  // A plain scalar or a block scalar (| or >): lines that continue it are indented deeper and skipped as part of it.
  return looksLikePair(line.slice(start)) ? UNSURE : { kind: 'leaf', at };
}

/**
 * The value of the entry or item whose own line is `index`, with its
 * content (if any) from column `from`; `indent` is the entry's own
 * indentation. `compact`: a list at that same indentation may be the
 * value (a mapping entry's, not a list item's).
 */
function valueAt(doc: YamlLines, index: number, from: number, indent: number, compact: boolean): Scan<Node> {
  const line = doc.lines[index]!;
  const start = skipSpaces(line, from);
  if (start < line.length && line[start] !== '#') return inlineValue(doc, index, start);
  const next = doc.nextContent(index + 1);
  const nextIndent = next < 0 ? -1 : doc.indents[next]!;
  if (next >= 0 && (nextIndent > indent || (compact && nextIndent === indent))) {
    const text = doc.lines[next]!;
    if (text[nextIndent] === '-' && (text[nextIndent + 1] === ' ' || nextIndent + 1 === text.length))
      return { kind: 'seq', at: spot(next, nextIndent), indent: nextIndent, first: next };
    if (nextIndent > indent) {
      if (keyMatchAt(text, nextIndent))
        return { kind: 'map', at: spot(next, nextIndent), indent: nextIndent, first: next };
      return inlineValue(doc, next, nextIndent);
    }
  }
  // Nothing: an empty value, placed where the parser places it, after the spaces that follow ':' or '-'.
  return { kind: 'leaf', at: spot(index, start) };
}

/** The key of the mapping entry at `column` of line `index`; UNSURE for any key this scanner does not read. */
function keyAt(doc: YamlLines, index: number, column: number): Scan<string> {
  const match = keyMatchAt(doc.lines[index]!, column);
  if (!match || NOT_A_STRING_KEY.test(match[1]!)) return UNSURE;
  return match[1]!;
}

/** The line after the entry or item that starts on line `index` at `indent`: the next content line not indented deeper. */
function nextSibling(doc: YamlLines, index: number, indent: number, skipCompact: boolean): number {
  for (let i = index + 1; i < doc.lines.length; i++) {
    const own = doc.indents[i]!;
    if (own < 0 || own > indent) continue;
    const text = doc.lines[i]!;
    // A list at the mapping's own indentation is the value of the entry above it.
    if (skipCompact && own === indent && text[own] === '-' && (text[own + 1] === ' ' || own + 1 === text.length))
      continue;
    return i;
  }
  return -1;
}

/** Whether the value on an entry's or item's own line could run on to the next lines in a way the skipping would misread. */
function selfContained(doc: YamlLines, index: number, from: number): boolean {
  const line = doc.lines[index]!;
  const start = skipSpaces(line, from);
  if (start === line.length || line[start] === '#') return true;
  return inlineValue(doc, index, start) !== UNSURE;
}

function entry(
  doc: YamlLines,
  map: { readonly indent: number; readonly first: number },
  wanted: string,
): Scan<{ key: Spot; value: Node } | undefined> {
  for (let i = map.first; i >= 0 && doc.indents[i]! >= 0; i = nextSibling(doc, i, map.indent, true)) {
    // The first entry of a mapping in a list item shares the item's line: its indent is the key's column.
    const own = i === map.first ? map.indent : doc.indents[i]!;
    if (i !== map.first && own !== map.indent) return own < map.indent ? undefined : UNSURE;
    const key = keyAt(doc, i, own);
    if (key === UNSURE) return UNSURE;
    const after = own + key.length + 1;
    if (key === wanted) {
      const value = valueAt(doc, i, after, map.indent, true);
      return value === UNSURE ? UNSURE : { key: spot(i, own), value };
    }
    if (!selfContained(doc, i, after)) return UNSURE;
  }
  return undefined;
}

function item(
  doc: YamlLines,
  seq: { readonly indent: number; readonly first: number },
  wanted: number,
): Scan<Node | undefined> {
  let count = 0;
  for (let i = seq.first; i >= 0; i = nextSibling(doc, i, seq.indent, false)) {
    const text = doc.lines[i]!;
    const own = doc.indents[i]!;
    const isItem = own === seq.indent && text[own] === '-' && (text[own + 1] === ' ' || own + 1 === text.length);
    if (!isItem) return own <= seq.indent ? undefined : UNSURE;
    const start = skipSpaces(text, own + 1);
    if (count === wanted) {
      if (start < text.length && text[start] !== '#' && keyMatchAt(text, start)) {
        return keyAt(doc, i, start) === UNSURE ? UNSURE : { kind: 'map', at: spot(i, start), indent: start, first: i };
      }
      return valueAt(doc, i, own + 1, own, false);
    }
    if (start < text.length && keyMatchAt(text, start)) {
      // An item that is a mapping: its first entry is on this line; its value must not run on either.
      const key = keyAt(doc, i, start);
      if (key === UNSURE || !selfContained(doc, i, start + key.length + 1)) return UNSURE;
    } else if (!selfContained(doc, i, own + 1)) return UNSURE;
    count++;
  }
  return undefined;
}

/** The root mapping: its first key, at the start of a line. */
function root(doc: YamlLines): Scan<Node> {
  if (!doc.readable) return UNSURE;
  const first = doc.nextContent(0);
  if (first < 0 || doc.indents[first] !== 0 || keyAt(doc, first, 0) === UNSURE) return UNSURE;
  return { kind: 'map', at: spot(first, 0), indent: 0, first };
}

/**
 * Where `path` leads in the document, as the parser-based locator finds it:
 * the deepest part of the path that exists. UNSURE (undefined) when the
 * lines on the way hold anything this scanner does not read.
 */
export function scanPath(doc: YamlLines, path: readonly PathSegment[]): ScannedPath | undefined {
  const top = root(doc);
  if (top === UNSURE) return undefined;
  let key: Spot | undefined;
  let value: Node = top;
  for (const segment of path) {
    if (value.kind === 'map') {
      const found = entry(doc, value, String(segment));
      if (found === UNSURE) return undefined;
      if (!found) break;
      key = found.key;
      value = found.value;
    } else if (value.kind === 'seq' && typeof segment === 'number') {
      const found = item(doc, value, segment);
      if (found === UNSURE) return undefined;
      if (!found) break;
      key = found.at;
      value = found;
    } else if (value.kind === 'flow-seq' && typeof segment === 'number') {
      const found = value.items[segment];
      if (!found) break;
      key = found;
      value = { kind: 'leaf', at: found };
    } else if (value.kind === 'flow-map') {
      const found = value.pairs.find((pair) => pair.key === String(segment));
      if (!found) break;
      key = found.keyAt;
      value = { kind: 'leaf', at: found.valueAt };
    } else {
      break;
    }
  }
  return { key: key ?? value.at, value: value.at };
}
