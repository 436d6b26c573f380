import { MAX_SUMMARY_BYTES } from '../core/github-limits';
import type { ValidateResult } from '../validate/validate-set';
import type { Finding } from '../core/finding';
import { ruleById, ruleDocsUrl } from '../validate/registry';
import { escapeMarkdown, inlineCode } from '../core/markdown-escape';
import { summaryLine } from './text';

/** GitHub shows at most this many error (and as many warning) annotations per step. */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

type Detail = 'full' | 'no-hints' | 'first-per-file' | 'counts';

/** The rule id, linked to its section of docs/rules.md when a rule has it. */
function ruleCell(rule: string): string {
  return ruleById(rule) ? `[${inlineCode(rule)}](${ruleDocsUrl(rule)})` : inlineCode(rule);
}

function row(f: Finding, withHint: boolean): string {
  const icon = f.severity === 'error' ? '❌ error' : '⚠️ warning';
  const cells = [
    `${f.line}:${f.column}`,
    icon,
    escapeMarkdown(f.message),
    ...(withHint ? [escapeMarkdown(f.hint)] : []),
    ruleCell(f.rule),
  ];
  return `| ${cells.join(' | ')} |`;
}

function render(result: ValidateResult, detail: Detail): string {
  const lines = [`## Incident files: ${summaryLine(result)}`, ''];
  if (result.findings.length === 0) {
    lines.push('Every incident file is valid. ✅', '');
    return lines.join('\n');
  }
  if (result.errors > ANNOTATIONS_SHOWN_PER_STEP || result.warnings > ANNOTATIONS_SHOWN_PER_STEP) {
    lines.push(
      `> GitHub shows only ${ANNOTATIONS_SHOWN_PER_STEP} errors and ${ANNOTATIONS_SHOWN_PER_STEP} warnings inline; every finding is listed here.`,
      '',
    );
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  if (detail === 'counts') {
    lines.push('| File | Errors | Warnings |', '|---|---|---|');
    for (const [file, findings] of byFile) {
      lines.push(
        `| ${inlineCode(file)} | ${findings.filter((f) => f.severity === 'error').length} | ${findings.filter((f) => f.severity === 'warning').length} |`,
      );
    }
    lines.push(
      '',
      '> The full list did not fit in a job summary; run `incidents validate` locally to see every finding.',
      '',
    );
    return lines.join('\n');
  }
  const withHint = detail === 'full';
  for (const [file, findings] of byFile) {
    lines.push(
      `### ${inlineCode(file)}`,
      '',
      withHint ? '| Where | Severity | Problem | How to fix | Rule |' : '| Where | Severity | Problem | Rule |',
      withHint ? '|---|---|---|---|---|' : '|---|---|---|---|',
    );
    const shown = detail === 'first-per-file' ? findings.slice(0, 1) : findings;
    for (const f of shown) lines.push(row(f, withHint));
    if (shown.length < findings.length) lines.push('', `…and ${findings.length - shown.length} more in this file.`);
    lines.push('');
  }
  if (detail !== 'full')
    lines.push(
      "> Some detail was left out to fit GitHub's job summary limit; run `incidents validate` locally for the rest.",
      '',
    );
  return lines.join('\n');
}

/** The job summary, dropping detail in stages until it fits GitHub's limit. */
export function renderMarkdown(result: ValidateResult, maxBytes = MAX_SUMMARY_BYTES): string {
  for (const detail of ['full', 'no-hints', 'first-per-file'] as const) {
    const text = render(result, detail);
    if (Buffer.byteLength(text) <= maxBytes) return text;
  }
  const counts = render(result, 'counts');
  return Buffer.byteLength(counts) <= maxBytes ? counts : `## Incident files: ${summaryLine(result)}\n`;
}
