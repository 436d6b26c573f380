import type { Finding } from '../validate/finding';
import { escapeMarkdown, inlineCode } from './markdown-escape';

/** The hidden marker that finds the comment again: one comment per pull request, updated in place. */
export const VALIDATE_COMMENT_MARKER = '<!-- incidents-as-code:validate-comment -->';

export interface FileReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** e.g. "To mark this reviewed: add a Timeline section and a review date (review.date)." */
  readonly next: string | undefined;
}

/** The pull-request comment: per incident file, what is wrong and what the next status needs. */
export function renderPullRequestComment(files: readonly FileReport[], counts: { errors: number; warnings: number }): string {
  const lines = [VALIDATE_COMMENT_MARKER];
  if (counts.errors === 0 && counts.warnings === 0) {
    lines.push('### ✅ Incident files look good', '');
  } else {
    lines.push(`### ${counts.errors ? '❌' : '⚠️'} Incident files: ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`, '');
  }
  for (const file of files) {
    if (!file.findings.length && !file.next) continue;
    lines.push(`**${inlineCode(file.file)}**`, '');
    for (const f of file.findings) {
      lines.push(`- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line}: ${escapeMarkdown(f.message)}. **Fix:** ${escapeMarkdown(f.hint)} (${inlineCode(f.rule)})`.replace(/([?!.])\. \*\*Fix/, '$1 **Fix'));
    }
    if (file.next) lines.push(`- ➡️ ${escapeMarkdown(file.next)}`);
    lines.push('');
  }
  lines.push('<sub>From incidents-as-code; this comment is updated on every push. Run `npx incidents validate` to check locally.</sub>');
  return lines.join('\n');
}
