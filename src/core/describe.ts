import { cut, visible } from './text';

/** One step of a path into a YAML document: a key, or an index in a list. */
export type PathSegment = string | number;

/** Longest piece of a user's value quoted back in a message. */
const MAX_QUOTED_LENGTH = 60;

/**
 * Quote a value from a user's file for a message: control characters are
 * made visible (so a value cannot break a line of output) and long values
 * are cut.
 */
export function quote(text: string): string {
  return `'${cut(visible(text), MAX_QUOTED_LENGTH)}'`;
}

/** How a parsed YAML value reads in a message: 'SEV5', 12, true, a list, ... */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a set of fields';
}

/** ['follow_ups', 1, 'owner'] -> follow_ups[1].owner */
export function fieldName(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? 'the frontmatter' : out;
}

/** Turn an ajv instancePath ('/follow_ups/1/owner') into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A list said in one line: every item up to `shown`, else the first
 * `shown` and how many more (thousands of files left out, or of issues
 * unaccounted for, make a line nobody reads).
 */
export function listSome(items: readonly string[], shown: number): string {
  const rest = items.length - shown;
  return items.slice(0, shown).join(', ') + (rest > 0 ? `, and ${rest} more` : '');
}
