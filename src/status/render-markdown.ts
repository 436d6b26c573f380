import { escapeMarkdown as esc, inlineCode } from '../core/markdown-escape';
import type { ProgramStatus } from './overview';

export const STATUS_ORDER = ['investigating', 'mitigated', 'resolved', 'reviewed'] as const;

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** A Mermaid pie GitHub draws, and a terminal shows as bars. Labels are config ids and fixed words. */
function pie(title: string, slices: readonly [string, number][]): string[] {
  const shown = slices.filter(([, n]) => n > 0);
  if (!shown.length) return [];
  return [
    '```mermaid',
    `pie title ${title}`,
    ...shown.map(([name, n]) => `  "${name.replace(/["\n\r]/g, '')}" : ${n}`),
    '```',
  ];
}

/** The `incidents status` overview as GitHub Markdown. */
export function renderStatusMarkdown(status: ProgramStatus, severityOrder: readonly string[]): string {
  const span = status.first ? ` from ${status.first} to ${status.last}` : '';
  const severities = [
    ...severityOrder,
    ...Object.keys(status.bySeverity).filter((s) => !severityOrder.includes(s)),
  ].map((s): [string, number] => [s, status.bySeverity[s] ?? 0]);
  const lines = [
    `# Incidents: ${status.total}${span}`,
    '',
    `${status.nearMisses} of them near misses.`,
    '',
    '| Status | Incidents |',
    '|---|---:|',
    ...STATUS_ORDER.map((s) => `| ${s} | ${status.byStatus[s] ?? 0} |`),
    '',
    ...pie('By severity', severities),
  ];
  if (status.open.length) lines.push('', '## Still open', '', ...status.open.map((id) => `- ${inlineCode(id)}`));
  if (status.awaitingReview.length)
    lines.push(
      '',
      '## Awaiting review',
      '',
      '| Incident | Severity | Review |',
      '|---|---|---|',
      ...status.awaitingReview.map(
        (w) =>
          `| ${inlineCode(w.id)} | ${esc(w.severity)} | ${w.daysOverdue > 0 ? `overdue by ${days(w.daysOverdue)}` : `due in ${days(-w.daysOverdue)}`} |`,
      ),
    );
  lines.push(
    '',
    '## Follow-ups',
    '',
    `${status.followUps.total} in all, ${status.followUps.open} open, ${status.followUps.overdue} past their due date.`,
  );
  return `${lines.join('\n')}\n`;
}
