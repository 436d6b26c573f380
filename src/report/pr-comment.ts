import { MAX_COMMENT_CHARS } from '../core/github-limits';
import type { Finding } from '../core/finding';
import { escapeMarkdown, inlineCode } from '../core/markdown-escape';

/** The hidden marker that finds the comment again: one comment per pull request, updated in place. */
export const VALIDATE_COMMENT_MARKER = '<!-- incidents-as-code:validate-comment -->';

/** Findings listed per file when the full list does not fit. */
const FIRST_PER_FILE = 5;

export interface FileReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** e.g. "To mark this reviewed: add a Timeline section and a review date (review.date)." */
  readonly next: string | undefined;
}

type Detail = 'full' | 'first-per-file' | 'counts';

const FOOTER =
  '<sub>From incidents-as-code; this comment is updated on every push. Run `npx incidents validate` to check locally.</sub>';

function findingLine(f: Finding): string {
  return `- ${f.severity === 'error' ? '❌' : '⚠️'} line ${f.line}: ${escapeMarkdown(f.message)}. **Fix:** ${escapeMarkdown(f.hint)} (${inlineCode(f.rule)})`.replace(
    /([?!.])\. \*\*Fix/,
    '$1 **Fix',
  );
}

function heading(counts: { errors: number; warnings: number }): string {
  if (counts.errors === 0 && counts.warnings === 0) return '### ✅ Incident files look good';
  return `### ${counts.errors ? '❌' : '⚠️'} Incident files: ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`;
}

function render(files: readonly FileReport[], counts: { errors: number; warnings: number }, detail: Detail): string {
  const lines = [VALIDATE_COMMENT_MARKER, heading(counts), ''];
  for (const file of files) {
    if (!file.findings.length && !file.next) continue;
    lines.push(`**${inlineCode(file.file)}**`, '');
    if (detail === 'counts') {
      if (file.findings.length) lines.push(`- ${file.findings.length} finding${file.findings.length === 1 ? '' : 's'}`);
    } else {
      const shown = detail === 'first-per-file' ? file.findings.slice(0, FIRST_PER_FILE) : file.findings;
      lines.push(...shown.map(findingLine));
      if (shown.length < file.findings.length)
        lines.push(`- …and ${file.findings.length - shown.length} more in this file`);
    }
    if (file.next) lines.push(`- ➡️ ${escapeMarkdown(file.next)}`);
    lines.push('');
  }
  if (detail !== 'full')
    lines.push(
      "> Some findings were left out to fit GitHub's comment size limit; the job summary and `npx incidents validate` list every one.",
      '',
    );
  lines.push(FOOTER);
  return lines.join('\n');
}

/** The pull-request comment: per incident file, what is wrong and what the next status needs; less detail when it would not fit. */
export function renderPullRequestComment(
  files: readonly FileReport[],
  counts: { errors: number; warnings: number },
  maxChars = MAX_COMMENT_CHARS,
): string {
  for (const detail of ['full', 'first-per-file', 'counts'] as const) {
    const body = render(files, counts, detail);
    if (body.length <= maxChars) return body;
  }
  return [
    VALIDATE_COMMENT_MARKER,
    heading(counts),
    '',
    "> The findings did not fit GitHub's comment size limit; the job summary and `npx incidents validate` list every one.",
    '',
    FOOTER,
  ].join('\n');
}
