import type { FollowUpFacts, IncidentFacts } from '../facts';
import { DAY_MS } from '../../core/time';

/** A follow-up's state as its GitHub issue reports it (from sync's read-back). */
export interface IssueState {
  readonly key: string;
  readonly state: 'open' | 'closed' | 'not-filed';
  readonly stateReason: string | null;
  readonly closedAt: string | null;
}

export interface FollowUpHealth {
  /** Where the states come from: the filed issues (with a token) or the incident files. */
  readonly source: 'issues' | 'files';
  readonly total: number;
  readonly done: number;
  readonly not_planned: number;
  readonly open: number;
  /** Open and past their due date. */
  readonly overdue: number;
  /** Done within `withinDays` of the incident's start. */
  readonly completed_within_30d: number;
  readonly oldest_open: readonly { key: string; title: string; incident: string; age_days: number }[];
}

/** The file's follow-up, with its state replaced by its issue's where one was filed. */
export function withIssueState(followUp: FollowUpFacts, issue: IssueState | undefined): FollowUpFacts {
  if (!issue || issue.state === 'not-filed') return followUp;
  if (issue.state === 'open') return { ...followUp, status: 'open', closedAt: undefined };
  // A file that records when the work was done knows better than the issue, which sync may have closed later.
  const closedAt =
    followUp.status !== 'open' && followUp.closedAt !== undefined
      ? followUp.closedAt
      : issue.closedAt
        ? Date.parse(issue.closedAt)
        : undefined;
  return {
    ...followUp,
    status: issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate' ? 'not-planned' : 'done',
    closedAt,
  };
}

export function followUpHealth(
  incidents: readonly IncidentFacts[],
  now: Date,
  issues?: ReadonlyMap<string, IssueState>,
  withinDays = 30,
): FollowUpHealth {
  const all = incidents.flatMap((incident) =>
    incident.followUps.map((f) => ({ incident, followUp: withIssueState(f, issues?.get(f.key)) })),
  );
  const open = all.filter((x) => x.followUp.status === 'open');
  return {
    source: issues ? 'issues' : 'files',
    total: all.length,
    done: all.filter((x) => x.followUp.status === 'done').length,
    not_planned: all.filter((x) => x.followUp.status === 'not-planned').length,
    open: open.length,
    overdue: open.filter((x) => x.followUp.due !== undefined && x.followUp.due < now.getTime()).length,
    completed_within_30d: all.filter(
      (x) =>
        x.followUp.status === 'done' &&
        x.followUp.closedAt !== undefined &&
        x.followUp.closedAt - x.incident.started <= withinDays * DAY_MS,
    ).length,
    oldest_open: open
      .sort((a, b) => a.incident.started - b.incident.started || (a.followUp.key < b.followUp.key ? -1 : 1))
      .slice(0, 5)
      .map((x) => ({
        key: x.followUp.key,
        title: x.followUp.title,
        incident: x.incident.id,
        age_days: Math.floor((now.getTime() - x.incident.started) / DAY_MS),
      })),
  };
}
