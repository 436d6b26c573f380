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
import { recurringRemediations } from './recurring/group';
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
 * Remediations proposed again and again: clustered over the whole history up
 * to the period's end (one quarter rarely shows a pattern), kept when the
 * period's incidents take part.
 */
function recurring(
  history: readonly IncidentFacts[],
  inPeriod: ReadonlySet<string>,
  config: Config,
  issueStates?: ReadonlyMap<string, IssueState>,
): ReviewReport['recurring_follow_ups'] {
  const items = history.flatMap((i) =>
    i.followUps.map((f) => ({
      incidentId: i.id,
      followUpId: f.id,
      title: f.title,
      done: withIssueState(f, issueStates?.get(f.key)).status === 'done',
    })),
  );
  return recurringRemediations(items, {
    ignoreWords: namesOf(config),
    involving: inPeriod,
    pinned: config.review.themes,
    separate: config.review.separate,
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

/** Everything the batch review says about a period. Pure. */
export function buildReview({ incidents, config, period, now, issueStates, note }: ReviewInput): ReviewReport {
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
  const parts: Omit<ReviewReport, 'themes'> = {
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
    recurring_follow_ups: recurring(
      incidents.filter((i) => i.started < period.to),
      new Set(current.map((i) => i.id)),
      config,
      issueStates,
    ),
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
  return { ...parts, themes: discussionThemes(parts) };
}
