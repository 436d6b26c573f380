import { escapeMarkdown, inlineCode } from '../core/markdown-escape';

/** Marks the one comment the tool keeps on a declaring issue. */
export const DECLARE_COMMENT_MARKER = '<!-- incidents-as-code:declare -->';

/** The reasons quote the answers people typed: escaped, so they cannot ping or inject. */
export function declareProblemsComment(problems: readonly { field: string; reason: string }[]): string {
  return [
    DECLARE_COMMENT_MARKER,
    '### The incident could not be recorded yet',
    '',
    'Edit the issue to fix these answers; the incident file is created as soon as they are right:',
    '',
    ...problems.map((p) => `- **${escapeMarkdown(p.field)}**: ${escapeMarkdown(p.reason)}`),
  ].join('\n');
}

export function declaredComment(pull: { number: number; url: string }, path: string): string {
  return [
    DECLARE_COMMENT_MARKER,
    `### Incident recorded: pull request [#${pull.number}](${pull.url})`,
    '',
    `It adds ${inlineCode(path)}. Next:`,
    '',
    '1. Keep the Summary and Timeline in that file current while you respond (edit it in the pull request).',
    '2. When user impact stops, add `mitigated_at` and set `status: mitigated`; when the cause is fixed, `resolved_at` and `status: resolved`.',
    '3. Merge the pull request whenever the record is useful; the review and follow-ups come later.',
  ].join('\n');
}
