import { STATUS_ORDER } from './render-markdown';
import type { ProgramStatus } from './overview';

/** Counts with every expected key first (0 when none), then any other value the files give. */
function counts(given: Readonly<Record<string, number>>, expected: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of expected) out[key] = given[key] ?? 0;
  for (const [key, count] of Object.entries(given)) if (!(key in out)) out[key] = count;
  return out;
}

/** `incidents status --format json`: the shape schemas/status-report.schema.json documents. */
export function renderStatusJson(status: ProgramStatus, severityOrder: readonly string[]): string {
  const output = {
    incidents: status.total,
    first_started: status.first ?? null,
    last_started: status.last ?? null,
    near_misses: status.nearMisses,
    by_status: counts(status.byStatus, STATUS_ORDER),
    by_severity: counts(status.bySeverity, severityOrder),
    open: status.open,
    awaiting_review: status.awaitingReview.map((waiting) => ({
      id: waiting.id,
      severity: waiting.severity,
      days_overdue: waiting.daysOverdue,
    })),
    follow_ups: status.followUps,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
