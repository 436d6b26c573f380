import type { ProgramStatus } from './overview';

export const STATUS_ORDER = ['investigating', 'mitigated', 'resolved', 'reviewed'] as const;

/** The `incidents status` overview as plain text. */
export function renderStatus(status: ProgramStatus, severityOrder: readonly string[]): string {
  const lines: string[] = [];
  const span = status.first ? ` from ${status.first} to ${status.last}` : '';
  lines.push(`${status.total} incidents${span} (${status.nearMisses} near misses)`);
  lines.push(`  by status:   ${STATUS_ORDER.map((s) => `${s} ${status.byStatus[s] ?? 0}`).join(', ')}`);
  lines.push(`  by severity: ${severityOrder.map((s) => `${s} ${status.bySeverity[s] ?? 0}`).join(', ')}`);
  if (status.open.length) lines.push(`  still open:  ${status.open.join(', ')}`);
  for (const waiting of status.awaitingReview) {
    const when =
      waiting.daysOverdue > 0
        ? `review overdue by ${waiting.daysOverdue} days`
        : `review due in ${-waiting.daysOverdue} days`;
    lines.push(`  awaiting review: ${waiting.id} (${waiting.severity}, ${when})`);
  }
  lines.push(
    `  follow-ups:  ${status.followUps.total} in all, ${status.followUps.open} open, ${status.followUps.overdue} past their due date`,
  );
  return `${lines.join('\n')}\n`;
}
