/*
 * Text from users' files, shown back to them: in messages, in a terminal,
 * in a CI log. One escape makes the invisible visible, one cut shortens.
 */

/**
 * Characters that must not pass through as they are: control characters
 * (a newline would start a line of its own, which a CI runner reads as a
 * workflow command such as `::error::`; an escape sequence recolours or
 * rewrites a terminal), and the invisible ones (zero-width spaces,
 * bidirectional overrides, a byte-order mark) that make text read other
 * than it is.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** Each invisible character as an escape (\n, \t, \u200b); a tab stays a tab when `keepTabs`. */
export function visible(text: string, { keepTabs = false } = {}): string {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return keepTabs ? ch : '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A line for a terminal or a CI log: every line the tool prints stays one line, whatever a file holds. */
export function plainLine(text: string): string {
  return visible(text, { keepTabs: true });
}

/** At most `max` characters, with an ellipsis when cut; a cut never splits a surrogate pair (half an emoji is not text). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
