/**
 * Text from incident files goes into GitHub Markdown (job summaries,
 * comments, issues). Escape it so it stays text: no HTML, no links or
 * images, no table breaks, no @-mentions that ping people, no #123
 * references that link (or close) issues.
 */
export function escapeMarkdown(text: string): string {
  // Backslash escapes first: the entities added after them contain '#'.
  return text
    .replace(/([\\`*_[\]#!~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '@&#8203;')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that cannot be broken out of by backticks in the text. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${clean}${longest ? ' ' : ''}${fence}`;
}
