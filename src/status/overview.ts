import type { Config } from '../core/config';
import type { SourceDocument } from '../incidents/document';
import { parseDay, parseTimestamp } from '../core/time';
import { DAY_MS } from '../core/time';

export interface AwaitingReview {
  readonly id: string;
  readonly severity: string;
  /** Days past the severity's review deadline; negative while there is time left. */
  readonly daysOverdue: number;
}

export interface ProgramStatus {
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly bySeverity: Readonly<Record<string, number>>;
  readonly nearMisses: number;
  /** Incidents still investigating or mitigated: someone is (or should be) working on them. */
  readonly open: readonly string[];
  readonly awaitingReview: readonly AwaitingReview[];
  readonly followUps: { readonly total: number; readonly open: number; readonly overdue: number };
  readonly first?: string;
  readonly last?: string;
}

/** How a status or severity a file does not give is counted. */
export const NOT_GIVEN = '(not given)';

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/** Where the incident program stands today, from the files alone. Pure. */
export function programStatus(incidents: readonly SourceDocument[], config: Config, now: Date): ProgramStatus {
  const byStatus: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  const open: string[] = [];
  const awaitingReview: AwaitingReview[] = [];
  const followUps = { total: 0, open: 0, overdue: 0 };
  let nearMisses = 0;
  const starts: string[] = [];
  for (const { data } of incidents) {
    const id = String(data.id);
    // A file that does not say is counted as such, never under the word 'undefined'.
    const status = typeof data.status === 'string' ? data.status : NOT_GIVEN;
    const severity = typeof data.severity === 'string' ? data.severity : NOT_GIVEN;
    count(byStatus, status);
    count(bySeverity, severity);
    if (data.near_miss === true) nearMisses++;
    if (typeof data.started_at === 'string') starts.push(data.started_at);
    if (status === 'investigating' || status === 'mitigated') open.push(id);
    const resolved = typeof data.resolved_at === 'string' ? parseTimestamp(data.resolved_at) : undefined;
    if (status === 'resolved' && resolved !== undefined && data.historical !== true) {
      const within = config.severities.find((s) => s.id === severity)?.reviewWithinDays ?? 14;
      awaitingReview.push({ id, severity, daysOverdue: Math.floor((now.getTime() - resolved) / DAY_MS - within) });
    }
    for (const followUp of Array.isArray(data.follow_ups) ? (data.follow_ups as Record<string, unknown>[]) : []) {
      followUps.total++;
      const state = followUp?.status ?? 'open';
      if (state !== 'open') continue;
      followUps.open++;
      const due = typeof followUp.due === 'string' ? parseDay(followUp.due) : undefined;
      if (due !== undefined && due < now.getTime()) followUps.overdue++;
    }
  }
  starts.sort();
  awaitingReview.sort((a, b) => b.daysOverdue - a.daysOverdue);
  return {
    total: incidents.length,
    byStatus,
    bySeverity,
    nearMisses,
    open,
    awaitingReview,
    followUps,
    ...(starts.length ? { first: starts[0]!.slice(0, 10), last: starts[starts.length - 1]!.slice(0, 10) } : {}),
  };
}
