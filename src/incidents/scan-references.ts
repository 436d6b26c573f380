/**
 * The fields cross-file rules need (id, repeat_of, related), read from
 * frontmatter without a YAML parse. Parsing every frontmatter of a large
 * repository costs most of a pull request's validation; these three keys
 * are almost always one simple line or a short list. Any line this scanner
 * is not sure about makes it give up, and the caller parses for real.
 */
import { parseYaml } from './yaml/parse';

export const REFERENCE_KEYS = ['id', 'repeat_of', 'related'] as const;
const WANTED = new Set<string>(REFERENCE_KEYS);

/** `key:` or `key: value` at the start of a line; anything fancier (quoted keys, `?`, `<<`) is left to the parser. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*) *:(?: +(.*))?$/;
/** A plain scalar that is certainly a string and needs no YAML rules: an id-like word. */
const PLAIN = /^[A-Za-z0-9_][\w./+-]*$/;
/** What the YAML core schema would read as a number, boolean or null; the parser decides those. */
const MAYBE_NOT_STRING =
  /^(?:[-+0-9_.eE]+|0[xob][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

const GIVE_UP = Symbol('give up');
type Scanned<T> = T | typeof GIVE_UP;

/** True when what follows a value is nothing or a comment. */
function isEnd(rest: string): boolean {
  const trimmed = rest.trimStart();
  return trimmed === '' || (trimmed.startsWith('#') && trimmed.length < rest.length);
}

/** One scalar at the start of `text`: its value and what follows it. */
function scalar(text: string, stops: string): Scanned<{ value: string; rest: string }> {
  const first = text[0];
  if (first === '"') {
    const close = text.indexOf('"', 1);
    const value = text.slice(1, close);
    if (close < 0 || value.includes('\\')) return GIVE_UP;
    return { value, rest: text.slice(close + 1) };
  }
  if (first === "'") {
    let i = 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) return GIVE_UP;
      if (text[close + 1] !== "'")
        return { value: text.slice(1, close).replaceAll("''", "'"), rest: text.slice(close + 1) };
      i = close + 2;
    }
  }
  let end = 0;
  while (end < text.length && !stops.includes(text[end]!) && !(text[end] === '#' && end > 0 && text[end - 1] === ' '))
    end++;
  const value = text.slice(0, end).trimEnd();
  if (!PLAIN.test(value) || MAYBE_NOT_STRING.test(value)) return GIVE_UP;
  // The rest keeps the spaces before a comment: isEnd needs them.
  return { value, rest: text.slice(value.length) };
}

/** A value on the key's own line: a scalar or a flow list of scalars. */
function inlineValue(text: string): Scanned<string | string[]> {
  if (!text.startsWith('[')) {
    const one = scalar(text, '');
    return one !== GIVE_UP && isEnd(one.rest) ? one.value : GIVE_UP;
  }
  const items: string[] = [];
  let rest = text.slice(1).trimStart();
  if (rest.startsWith(']')) return isEnd(rest.slice(1)) ? items : GIVE_UP;
  for (;;) {
    const item = scalar(rest, ',]');
    if (item === GIVE_UP) return GIVE_UP;
    items.push(item.value);
    rest = item.rest.trimStart();
    if (rest.startsWith(']')) return isEnd(rest.slice(1)) ? items : GIVE_UP;
    if (!rest.startsWith(',')) return GIVE_UP;
    rest = rest.slice(1).trimStart();
  }
}

/** Another key's value: skipped, but only when it cannot run on past its line in a way that hides a key. */
function isSelfContained(value: string): boolean {
  const first = value[0];
  if (first === '"' || first === "'") {
    const one = scalar(value, '');
    return one !== GIVE_UP && isEnd(one.rest);
  }
  if (first === '[' || first === '{') {
    let depth = 0;
    for (const ch of value) {
      if (ch === '[' || ch === '{') depth++;
      else if (ch === ']' || ch === '}') depth--;
      else if (ch === '"' || ch === "'") return false;
    }
    return depth === 0;
  }
  return true;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const DASH = 0x2d;

/**
 * Whether the line [start, end) is blank, indented or a `- ` list item: inside another key's
 * value, such a line cannot start one of ours. A tab in the indentation is not skipped (the
 * full check gives up on it, as YAML forbids it).
 */
function isNestedLine(yaml: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && yaml.charCodeAt(at) === SPACE) at++;
  if (at === end) return true;
  const first = yaml.charCodeAt(at);
  if (first === CR) return at + 1 === end;
  if (first === TAB) return false;
  if (at > start) return true;
  const next = at + 1 === end ? CR : yaml.charCodeAt(at + 1);
  return first === DASH && (next === SPACE || (next === CR && at + 2 >= end));
}

/**
 * id, repeat_of and related from the frontmatter YAML, as the parser would
 * read them, or undefined when a line is not simple enough to be sure.
 */
export function scanReferenceKeys(yaml: string): Record<string, unknown> | undefined {
  const found: Record<string, unknown> = {};
  /** The key whose block list may follow, 'other' while inside another key's value, 'done' after one of ours. */
  let state: { key: string; items: string[]; indent: number | undefined } | 'other' | 'done' | undefined;
  let end: number;
  for (let start = 0; start <= yaml.length; start = end + 1) {
    const newline = yaml.indexOf('\n', start);
    end = newline < 0 ? yaml.length : newline;
    // Most lines belong to other keys' values: skip those without making strings of them.
    if (state === 'other' && isNestedLine(yaml, start, end)) continue;
    const raw = yaml.slice(start, end);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line[0] === '\t' || /^ *\t/.test(line)) return undefined;
    const indent = line.length - trimmed.length;
    const isItem = trimmed === '-' || trimmed.startsWith('- ');

    if (state === 'other' && (indent > 0 || isItem)) continue;
    if (typeof state === 'object' && isItem && (state.indent === undefined || state.indent === indent)) {
      state.indent = indent;
      const item = scalar(trimmed.slice(1).trimStart(), '');
      if (item === GIVE_UP || !isEnd(item.rest)) return undefined;
      state.items.push(item.value);
      continue;
    }
    if (indent > 0 || isItem) return undefined;
    if (typeof state === 'object') found[state.key] = state.indent === undefined ? null : state.items;

    const match = TOP_LEVEL_KEY.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    const value = match[2]?.trim() ?? '';
    if (!WANTED.has(key)) {
      if (!isSelfContained(value)) return undefined;
      state = 'other';
      continue;
    }
    if (key in found) return undefined;
    if (value === '' || value.startsWith('#')) {
      state = { key, items: [], indent: undefined };
      found[key] = null;
      continue;
    }
    const parsed = inlineValue(value);
    if (parsed === GIVE_UP) return undefined;
    found[key] = parsed;
    state = 'done';
  }
  if (typeof state === 'object') found[state.key] = state.indent === undefined ? null : state.items;
  return found;
}

/** The three keys by the scanner, or by the YAML parser when the scanner gives up; undefined when the YAML is not a mapping. */
export function referenceKeys(yaml: string): Record<string, unknown> | undefined {
  const scanned = scanReferenceKeys(yaml);
  if (scanned) return scanned;
  const parsed = parseYaml(yaml);
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return undefined;
  return pickReferenceKeys(parsed.data as Record<string, unknown>);
}

/** id, repeat_of and related of parsed frontmatter: what cross-file rules read of a file. */
export function pickReferenceKeys(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of REFERENCE_KEYS) if (key in data) picked[key] = data[key];
  return picked;
}
