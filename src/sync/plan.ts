import { readManaged, replaceManaged } from './markers';
import { classifyIssues, matchByTitle, type OwnershipOptions } from './ownership';
import type { ExistingIssue, IssueChanges } from '../github/api/issue-shape';
import type { DesiredFollowUp, FollowUpState, Operation, Plan, UnfiledReason } from './types';

export interface PlanOptions extends OwnershipOptions {
  readonly onRemoved: 'close' | 'leave-open';
  readonly reopen: boolean;
  /** Labels sync manages; other labels on an issue are people's and stay. */
  readonly managedLabels: ReadonlySet<string>;
  /** Incidents whose files did not validate: their issues are left exactly as they are. */
  readonly skippedIncidents: ReadonlySet<string>;
  /** Issues named by `issue: N` in the files, as read from GitHub. */
  readonly linkedIssues?: ReadonlyMap<number, ExistingIssue>;
  /** File follow-ups already done or not planned in their file (default: leave them unfiled). */
  readonly fileDone?: boolean;
  /** File follow-ups of historical records (default: leave them unfiled). */
  readonly fileHistorical?: boolean;
  /** File follow-ups only of incidents that started on or after this day (YYYY-MM-DD). */
  readonly fileFrom?: string;
}

/** Why a follow-up that has no issue yet is not filed, or undefined to file it. */
function unfiledReason(followUp: DesiredFollowUp, options: PlanOptions): UnfiledReason | undefined {
  if (followUp.historical && !options.fileHistorical) return 'historical';
  if (options.fileFrom !== undefined && followUp.startDay !== undefined && followUp.startDay < options.fileFrom)
    return 'before-file-from';
  if (followUp.fileStatus !== 'open' && !options.fileDone) return 'done-in-file';
  return undefined;
}

const OWNER_ROW = /\| Owner \| @(?:&#8203;)?([A-Za-z0-9-]+) \|/;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x)) && new Set(b).size === set.size;
}

/** Label names compare case-insensitively on GitHub: 'Follow-Up' on an issue is the label 'follow-up'. */
function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return sameSet(
    a.map((l) => l.toLowerCase()),
    b.map((l) => l.toLowerCase()),
  );
}

function stateOf(
  followUp: { key: string; file: string | undefined },
  issue: ExistingIssue | undefined,
  linked = false,
): FollowUpState {
  return {
    key: followUp.key,
    file: followUp.file,
    issue: issue?.number,
    url: issue?.url,
    state: issue?.state ?? 'not-filed',
    stateReason: issue?.stateReason ?? null,
    closedAt: issue?.closedAt ?? null,
    linked,
  };
}

function changesFor(
  desired: DesiredFollowUp,
  issue: ExistingIssue,
  managedLabels: ReadonlySet<string>,
): { changes: IssueChanges; reasons: string[] } {
  const changes: { -readonly [K in keyof IssueChanges]: IssueChanges[K] } = {};
  const reasons: string[] = [];
  if (issue.title !== desired.title) {
    changes.title = desired.title;
    reasons.push('title');
  }
  const managedPart = readManaged(issue.body);
  if (managedPart !== desired.managedBody) {
    changes.body = replaceManaged(issue.body, desired.managedBody);
    reasons.push('body');
  }
  const managed = new Set([...managedLabels].map((l) => l.toLowerCase()));
  const kept = issue.labels.filter((l) => !managed.has(l.toLowerCase()));
  const labels = [...new Map([...kept, ...desired.labels].map((l) => [l.toLowerCase(), l])).values()].sort();
  if (!sameLabels(labels, issue.labels)) {
    changes.labels = labels;
    reasons.push('labels');
  }
  // The owner is assigned when the issue is filed and when the file names a new owner; otherwise the
  // assignees are people's to change. Asking again every run would undo their changes, and where GitHub
  // refused the owner (not a collaborator) it would fail every run.
  const previousOwner = managedPart ? OWNER_ROW.exec(managedPart)?.[1]?.toLowerCase() : undefined;
  const owner = desired.assignees[0]?.toLowerCase();
  if (managedPart === undefined || previousOwner !== owner) {
    const kept = issue.assignees.filter((a) => a.toLowerCase() !== previousOwner || desired.assignees.includes(a));
    const assignees = [...new Set([...kept, ...desired.assignees])].sort();
    if (!sameSet(assignees, issue.assignees)) {
      changes.assignees = assignees;
      reasons.push('assignees');
    }
  }
  return { changes, reasons };
}

/**
 * Desired follow-ups + the issues that exist -> the operations that make
 * GitHub match the files. Pure: the same inputs always give the same plan.
 */
export function planSync(
  desired: readonly DesiredFollowUp[],
  existing: readonly ExistingIssue[],
  options: PlanOptions,
): Plan {
  const { ours, incidentOf, ignored, unmarked } = classifyIssues(existing, options);
  const found = matchByTitle(
    unmarked,
    desired.filter((d) => d.linkedIssue === undefined && !ours.has(d.key)),
  );
  const unmatched: Plan['unmatched'][number][] = unmarked
    .filter((issue) => ![...found.values()].includes(issue) && issue.state === 'open')
    .map((issue) => ({ issue: issue.number, why: 'marker removed' as const }));
  const creates: Operation[] = [];
  const updates: Operation[] = [];
  const states: Operation[] = [];
  const followUps: FollowUpState[] = [];
  const unfiled: Plan['unfiled'][number][] = [];

  // Two runs at once can file the same follow-up twice: keep the oldest.
  for (const [key, issues] of ours) {
    const [keeper, ...duplicates] = issues;
    for (const duplicate of duplicates) {
      if (duplicate.state === 'open') {
        states.push({
          kind: 'close',
          key,
          issue: duplicate.number,
          url: duplicate.url,
          reason: 'not_planned',
          why: 'duplicate',
          comment: `Duplicate of #${keeper!.number}: incidents-as-code filed this follow-up twice (two runs at once). Closing this copy.`,
        });
      }
    }
  }

  const wanted = new Set<string>();
  for (const followUp of desired) {
    wanted.add(followUp.key);
    if (followUp.linkedIssue !== undefined) {
      followUps.push(stateOf(followUp, options.linkedIssues?.get(followUp.linkedIssue), true));
      continue;
    }
    const refound = found.get(followUp.key);
    const issue = ours.get(followUp.key)?.[0] ?? refound;
    followUps.push(stateOf(followUp, issue));
    const why = issue ? undefined : unfiledReason(followUp, options);
    if (why) {
      unfiled.push({ key: followUp.key, why });
      continue;
    }
    if (!issue) {
      const closeAs =
        followUp.fileStatus === 'done'
          ? 'completed'
          : followUp.fileStatus === 'not-planned'
            ? 'not_planned'
            : undefined;
      creates.push({
        kind: 'create',
        key: followUp.key,
        title: followUp.title,
        body: followUp.managedBody,
        labels: followUp.labels,
        assignees: followUp.assignees,
        ...(closeAs ? { closeAs } : {}),
      });
      continue;
    }
    const { changes, reasons } = changesFor(followUp, issue, options.managedLabels);
    // Its marker was edited away: the update writes it back, so the next run finds it by marker.
    if (refound) reasons.unshift('found by its title');
    if (reasons.length)
      updates.push({ kind: 'update', key: followUp.key, issue: issue.number, url: issue.url, changes, reasons });
    if (issue.state === 'open' && followUp.fileStatus !== 'open') {
      const done = followUp.fileStatus === 'done';
      states.push({
        kind: 'close',
        key: followUp.key,
        issue: issue.number,
        url: issue.url,
        reason: done ? 'completed' : 'not_planned',
        why: 'done-in-file',
        comment: `Marked ${done ? 'done' : 'not planned'} in \`${followUp.file}\`.`,
      });
    } else if (issue.state === 'closed' && followUp.fileStatus === 'open' && options.reopen) {
      states.push({ kind: 'reopen', key: followUp.key, issue: issue.number, url: issue.url });
    }
  }

  for (const [key, [issue]] of ours) {
    if (wanted.has(key) || options.skippedIncidents.has(incidentOf.get(key) ?? '') || !issue) continue;
    followUps.push(stateOf({ key, file: undefined }, issue));
    if (issue.state === 'open' && options.onRemoved !== 'close')
      unmatched.push({ issue: issue.number, why: 'not in the files' });
    if (issue.state === 'open' && options.onRemoved === 'close') {
      states.push({
        kind: 'close',
        key,
        issue: issue.number,
        url: issue.url,
        reason: 'not_planned',
        why: 'removed',
        comment: 'This follow-up was removed from its incident file, so it is closed as not planned.',
      });
    }
  }

  return { operations: [...creates, ...updates, ...states], followUps, unfiled, ignored, unmatched };
}
