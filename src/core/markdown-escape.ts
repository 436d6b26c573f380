/**
 * Text from incident files goes into GitHub Markdown (job summaries,
 * comments, issues, review records). Escape it so it stays text: no HTML
 * (so no hidden markers either), no links or images, no table breaks, no
 * math, no @-mentions that ping people, no #123 / GH-123 references that
 * link (or close) issues.
 *
 * GitHub finds mentions and references in the rendered text, after
 * Markdown escapes are undone, so a backslash does not stop them: a
 * zero-width space after the '@' or '#' does.
 */
const ZERO_WIDTH_SPACE = '&#8203;';

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '@': `@${ZERO_WIDTH_SPACE}`,
};

/** A line ending as CommonMark reads one: a lone CR ends a line too (and so a table row). */
const LINE_ENDING = /\r\n|\r|\n/g;

/** One pass, so no replacement is escaped again; group 1 is an issue reference ('#1', 'org/repo#2', 'GH-3'). */
const SPECIAL = /(#|\bgh-)(?=\d)|[&<>|@]|[\\`*_[\]#!~$]/gi;

export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_ENDING, ' ')
    .replace(SPECIAL, (match, reference: string | undefined) =>
      reference ? `${reference}${ZERO_WIDTH_SPACE}` : (REPLACEMENTS[match] ?? `\\${match}`),
    );
}

/**
 * Inline code that cannot be broken out of by backticks in the text.
 * Mentions, references and HTML are inert in code, but the source still
 * holds the characters: '<!--' is split with a zero-width space so the text
 * can never read as one of the tool's hidden markers.
 */
export function inlineCode(text: string): string {
  const clean = text.replace(LINE_ENDING, ' ').replace(/\|/g, '\\|').replace(/<!--/g, '<\u200b!--');
  // A loop, not Math.max(...runs): a hostile line can hold more runs than a call takes arguments.
  const longest = (clean.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${clean}${longest ? ' ' : ''}${fence}`;
}
