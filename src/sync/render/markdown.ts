import type { SyncReport } from '../report';
import type { Operation } from '../types';
import { escapeMarkdown, inlineCode } from '../../core/markdown-escape';
import { describeOperation, headline, unfiledLine } from './summary';

/** Rows shown before the table is cut; the summary must stay readable and under GitHub's size limit. */
export const MAX_SUMMARY_ROWS = 200;

function change(op: Operation): string {
  return describeOperation(op).split(/\s+/)[0]!;
}

function row(op: Operation, issue: number | undefined, url: string | undefined): string {
  const link = issue !== undefined && url ? `[#${issue}](${url})` : '(new)';
  const what =
    op.kind === 'create'
      ? escapeMarkdown(op.title)
      : escapeMarkdown(describeOperation(op).replace(/^\S+\s+#\d+\s*/, ''));
  return `| ${change(op)} | ${link} | ${inlineCode(op.key)} | ${what} |`;
}

/** The job summary for sync: what changed, with links. */
export function renderSyncMarkdown(report: SyncReport): string {
  const lines = [`## ${escapeMarkdown(headline(report))}`, ''];
  const rows =
    report.mode === 'applied'
      ? report.applied.map((a) => row(a.operation, a.issue, a.url))
      : report.plan.operations
          .slice(0, report.plan.operations.length - report.pending.length)
          .map((op) => row(op, 'issue' in op ? op.issue : undefined, 'url' in op ? op.url : undefined));
  if (rows.length) {
    lines.push('| Change | Issue | Follow-up | Detail |', '|---|---|---|---|', ...rows.slice(0, MAX_SUMMARY_ROWS));
    if (rows.length > MAX_SUMMARY_ROWS) lines.push('', `…and ${rows.length - MAX_SUMMARY_ROWS} more.`);
    lines.push('');
  } else {
    lines.push('Every follow-up issue is in step with the incident files. ✅', '');
  }
  if (report.pending.length)
    lines.push(
      `> ${report.pending.length} more operations wait for the next run (the \`max-operations\` input caps writes per run).`,
      '',
    );
  const unfiled = unfiledLine(report);
  if (unfiled) lines.push(`> ${escapeMarkdown(unfiled)}.`, '');
  if (report.failed) {
    lines.push(
      `> ❌ Failed: ${escapeMarkdown(describeOperation(report.failed.operation))} (${inlineCode(report.failed.operation.key)}): ${escapeMarkdown(report.failed.message)}. ${report.applied.length} operations were applied before it; run sync again to finish.`,
      '',
    );
  }
  for (const notice of report.notices) lines.push(`> ${escapeMarkdown(notice)}`, '');
  for (const warning of report.warnings) lines.push(`> ⚠️ ${escapeMarkdown(warning)}`, '');
  return lines.join('\n');
}
