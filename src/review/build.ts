import type { Config } from '../core/config';
import { detection } from './metrics/detection';
import { durations } from './metrics/durations';
import type { IncidentFacts } from './facts';
import { followUpHealth, withIssueState, type IssueState } from './metrics/follow-up-health';
import { evaluateGoals } from './metrics/goals';
import { overview } from './metrics/overview';
import { responders } from './metrics/people';
import { DAY_MS } from '../core/time';
import { contains, isoDay, isPartial, periodsWithData, previousPeriod, type Period } from './period';
import { recurringRemediations, type FollowUpText } from './recurring/group';
import { repeatedIncidents, repeatFinder, repeats } from './metrics/repeats';
import type { MissingField, ReviewReport } from './report';
import { reviewHealth } from './metrics/review-health';
import { discussionThemes } from './themes';
import { trends } from './metrics/trends';

/** The baseline is the trailing four periods of the same kind. */
export const BASELINE_PERIODS = 4;

export interface ReviewInput {
  /** Every valid incident in the repository: earlier ones feed baselines and repeats. */
  readonly incidents: readonly IncidentFacts[];
  readonly config: Config;
  readonly period: Period;
  readonly now: Date;
  /** Why this period was chosen, or where the incidents are when it has none (see choosePeriod). */
  readonly note?: string;
  /** Follow-up states read back from their issues, when a token was available. */
  readonly issueStates?: ReadonlyMap<string, IssueState>;
}

/**
 * What grouping the recurring remediations needs, as plain data (it can
 * be handed to another thread): the follow-ups of the whole history up to
 * the period's end (one quarter rarely shows a pattern), the period's
 * incidents (a theme is kept when they take part), and the config's words.
 * The follow-ups are columns, not objects: a few arrays pass between
 * threads in a fraction of the time of hundreds of thousands of objects.
 */
export interface RecurringRequest {
  readonly incidentIds: readonly string[];
  /** For each follow-up: its incident (an index into incidentIds), id, title, and whether it is done (1). */
  readonly incidentOf: Int32Array;
  readonly followUpIds: readonly string[];
  readonly titles: readonly string[];
  readonly done: Uint8Array;
  readonly ignoreWords: readonly string[];
  readonly involving: readonly string[];
  readonly pinned: Config['review']['themes'];
  readonly separate: Config['review']['separate'];
}

export function recurringRequest({ incidents, config, period, issueStates }: ReviewInput): RecurringRequest {
  const history = incidents.filter((i) => i.started < period.to);
  const incidentOf: number[] = [];
  const followUpIds: string[] = [];
  const titles: string[] = [];
  const done: number[] = [];
  history.forEach((incident, index) => {
    for (const f of incident.followUps) {
      incidentOf.push(index);
      followUpIds.push(f.id);
      titles.push(f.title);
      done.push(withIssueState(f, issueStates?.get(f.key)).status === 'done' ? 1 : 0);
    }
  });
  return {
    incidentIds: history.map((i) => i.id),
    incidentOf: Int32Array.from(incidentOf),
    followUpIds,
    titles,
    done: Uint8Array.from(done),
    ignoreWords: namesOf(config),
    involving: incidents.filter((i) => contains(period, i.started)).map((i) => i.id),
    pinned: config.review.themes,
    separate: config.review.separate,
  };
}

/** What the second thread of a large review is asked (app/worker.ts): the recurring follow-ups. */
export interface RecurringTask {
  readonly task: 'review-recurring';
  readonly request: RecurringRequest;
}

export const recurringTask = (request: RecurringRequest): RecurringTask => ({ task: 'review-recurring', request });

/** Remediations proposed again and again, as the report lists them. Pure, and the costliest part of the review. */
export function recurringFollowUps(request: RecurringRequest): ReviewReport['recurring_follow_ups'] {
  const items: FollowUpText[] = request.titles.map((title, k) => ({
    incidentId: request.incidentIds[request.incidentOf[k]!]!,
    followUpId: request.followUpIds[k]!,
    title,
    done: request.done[k] === 1,
  }));
  return recurringRemediations(items, {
    ignoreWords: request.ignoreWords,
    involving: new Set(request.involving),
    pinned: request.pinned,
    separate: request.separate,
  }).map((theme) => ({
    theme: theme.theme,
    incidents: theme.incidents,
    follow_ups: theme.followUps,
    members: distinctTitles(theme.members),
    done: theme.done,
    question: theme.question,
    ...(theme.pinned ? { pinned: true } : {}),
  }));
}

/** Titles listed per theme: one follow-up per distinct title, so a title proposed a hundred times is listed once. */
const MEMBERS_LISTED = 12;

function distinctTitles(members: readonly { followUp: string; title: string }[]) {
  const seen = new Set<string>();
  const out: { follow_up: string; title: string }[] = [];
  for (const m of members) {
    if (seen.has(m.title) || out.length >= MEMBERS_LISTED) continue;
    seen.add(m.title);
    out.push({ follow_up: m.followUp, title: m.title });
  }
  return out;
}

/**
 * Names that make no two follow-ups alike: services and categories (the
 * subject, not the remediation), and the organisation and team slugs of
 * the owners (@fernhill/platform), which real teams write into titles.
 */
function namesOf(config: Config): string[] {
  const owners = config.services.flatMap((s) => (s.owner ? s.owner.replace(/^@/, '').split('/') : []));
  return [...new Set([...config.services.map((s) => s.id), ...config.categories.map((c) => c.id), ...owners])];
}

/** The fields a section needs that no incident of the period records: silence there is not a finding. */
function missingFields(current: readonly IncidentFacts[]): MissingField[] {
  if (!current.length) return [];
  const none = (has: (i: IncidentFacts) => boolean) => !current.some(has);
  const resolved = current.filter((i) => i.resolved !== undefined);
  return [
    ...(none((i) => i.factorCategories.length > 0) ? (['contributing_factors'] as const) : []),
    ...(none((i) => i.followUps.length > 0) ? (['follow_ups'] as const) : []),
    ...(none((i) => i.commander !== undefined) ? (['roles.incident_commander'] as const) : []),
    ...(none((i) => i.detection !== undefined) ? (['detection.method'] as const) : []),
    ...(resolved.length && !resolved.some((i) => i.reviewDate !== undefined) ? (['review.date'] as const) : []),
  ];
}

const within = (period: Period, incidents: readonly IncidentFacts[]) =>
  incidents.filter((i) => contains(period, i.started));

/** Where the records start: the configured start of the program, or else the first incident's day. */
export function dataStart(incidents: readonly IncidentFacts[], config: Config): number | undefined {
  if (config.review.programStart !== undefined) return config.review.programStart;
  let first: number | undefined;
  for (const incident of incidents) if (first === undefined || incident.started < first) first = incident.started;
  return first === undefined ? undefined : Math.floor(first / DAY_MS) * DAY_MS;
}

/** The review without its recurring follow-ups and themes: what a review says besides them. */
export type ReviewParts = Omit<ReviewReport, 'themes'>;

/**
 * Everything the batch review says about a period but the recurring
 * follow-ups (left empty): those can be grouped elsewhere meanwhile
 * (recurringFollowUps), then put in with withRecurring. Pure.
 */
export function reviewWithoutRecurring({
  incidents,
  config,
  period,
  now,
  issueStates,
  note,
}: ReviewInput): ReviewParts {
  const severities = config.severities.map((s) => s.id);
  const start = dataStart(incidents, config);
  const baselinePeriods = periodsWithData(period, BASELINE_PERIODS, start);
  // The period just before, when the records reach into it; otherwise there is nothing to compare with.
  const previous = baselinePeriods.length ? previousPeriod(period) : undefined;
  const current = within(period, incidents).sort((a, b) => a.started - b.started);
  const previousIncidents = previous ? within(previous, incidents) : [];
  const baselineFrom = baselinePeriods[0]?.from ?? period.from;
  const baseline = incidents.filter((i) => i.started >= baselineFrom && i.started < period.from);

  const finder = repeatFinder(incidents, { windowDays: config.review.repeatWindowDays, names: namesOf(config) });
  const repeatsFound = repeats(current, finder);
  const allRepeats = repeatedIncidents(
    incidents.filter((i) => i.started < period.to && i.started >= baselineFrom),
    finder,
  );
  const missing = missingFields(current);
  return {
    period: {
      label: period.label,
      from: isoDay(period.from),
      to: isoDay(period.to - DAY_MS),
      previous: previous?.label ?? null,
      baseline: baselinePeriods.map((p) => p.label),
      ...(isPartial(period, now.getTime()) ? { partial: true } : {}),
      records_from: start === undefined ? null : isoDay(start),
      ...(note ? { note } : {}),
    },
    generated_at: now.toISOString(),
    incidents: overview(
      current,
      previous ? previousIncidents : undefined,
      baseline,
      baselinePeriods.length,
      severities,
    ),
    durations: durations(current, severities),
    detection: detection(current),
    trends: trends([...baselinePeriods, period], incidents),
    repeats: repeatsFound.list,
    repeat_chains: repeatsFound.chains,
    // Without factors, finding no repeat is silence, not novelty: a rate of 100% would read as a finding.
    novelty_rate:
      missing.includes('contributing_factors') && !repeatsFound.list.some((x) => x.strength !== 'weak')
        ? null
        : repeatsFound.novelty_rate,
    recurring_follow_ups: [],
    follow_ups: followUpHealth(current, now, issueStates),
    responders: responders(current),
    reviews: reviewHealth(current, config, now),
    missing_fields: missing,
    goals: evaluateGoals(
      config.goals,
      { period, current, previousPeriod: previous, previous: previousIncidents, baselinePeriods, baseline },
      { repeats: allRepeats, issues: issueStates },
    ),
  };
}

/** The review with its recurring follow-ups, and the themes to discuss, which weigh everything. */
export function withRecurring(parts: ReviewParts, recurring: ReviewReport['recurring_follow_ups']): ReviewReport {
  const complete = { ...parts, recurring_follow_ups: recurring };
  return { ...complete, themes: discussionThemes(complete) };
}
