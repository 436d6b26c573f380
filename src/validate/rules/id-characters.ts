/**
 * Characters in an id that a reader cannot see or cannot tell apart from
 * a plain letter: zero-width spaces, direction marks (which can even make
 * an id display backwards), and letters of other scripts that look Latin.
 * The id pattern refuses them; these words say which character to fix.
 */

/** Invisible: format characters (zero-width, direction marks, BOM) and spaces of every kind. */
const INVISIBLE = /[\p{Cf}\p{Zs}\p{Cc}]/u;

export interface OddCharacters {
  /** Characters a reader cannot see, as \uXXXX. */
  readonly invisible: readonly string[];
  /** Letters and digits outside ASCII, as the character and its code point. */
  readonly lookAlike: readonly string[];
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function escaped(ch: string): string {
  return `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

export function oddCharacters(id: string): OddCharacters {
  const invisible = new Set<string>();
  const lookAlike = new Set<string>();
  for (const ch of id) {
    if (INVISIBLE.test(ch) && ch !== ' ') invisible.add(escaped(ch));
    else if (/[\p{L}\p{N}]/u.test(ch) && ch.codePointAt(0)! > 0x7f) lookAlike.add(`'${ch}' (${codePoint(ch)})`);
  }
  return { invisible: [...invisible], lookAlike: [...lookAlike] };
}

/** The id as its author meant it: without invisible characters. */
export function withoutInvisible(id: string): string {
  return [...id].filter((ch) => ch === ' ' || !INVISIBLE.test(ch)).join('');
}
