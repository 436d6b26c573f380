import type { Config } from '../core/config';
import { detection } from './metrics/detection';
import { durations } from './metrics/durations';
import type { IncidentFacts } from './facts';
import { followUpHealth, withIssueState, type IssueState } from './metrics/follow-up-health';
import { evaluateGoals } from './metrics/goals';
import { overview } from './metrics/overview';
import { responders } from './metrics/people';
import { DAY_MS } from '../core/time';
import { contains, isoDay, previousPeriod, trailingPeriods, type Period } from './period';
import { recurringRemediations } from './recurring/group';
import { repeatedIncidents, repeatFinder, repeats } from './metrics/repeats';
import type { ReviewReport } from './report';
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
  ignoreWords: string[],
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
  return recurringRemediations(items, { ignoreWords, involving: inPeriod }).map((theme) => ({
    theme: theme.theme,
    incidents: theme.incidents,
    follow_ups: theme.followUps,
    done: theme.done,
    question: theme.question,
  }));
}

const within = (period: Period, incidents: readonly IncidentFacts[]) =>
  incidents.filter((i) => contains(period, i.started));

/** Everything the batch review says about a period. Pure. */
export function buildReview({ incidents, config, period, now, issueStates }: ReviewInput): ReviewReport {
  const severities = config.severities.map((s) => s.id);
  const previous = previousPeriod(period);
  const baselinePeriods = trailingPeriods(period, BASELINE_PERIODS);
  const current = within(period, incidents).sort((a, b) => a.started - b.started);
  const previousIncidents = within(previous, incidents);
  const baseline = incidents.filter((i) => i.started >= baselinePeriods[0]!.from && i.started < period.from);

  const finder = repeatFinder(incidents);
  const repeatsFound = repeats(current, finder);
  const allRepeats = repeatedIncidents(
    incidents.filter((i) => i.started < period.to && i.started >= baselinePeriods[0]!.from),
    finder,
  );
  const ignoreWords = [...config.services.map((s) => s.id), ...config.categories.map((c) => c.id)].flatMap((id) =>
    id.split('-'),
  );

  const parts: Omit<ReviewReport, 'themes'> = {
    period: {
      label: period.label,
      from: isoDay(period.from),
      to: isoDay(period.to - DAY_MS),
      previous: previous.label,
      baseline: baselinePeriods.map((p) => p.label),
    },
    generated_at: now.toISOString(),
    incidents: overview(current, previousIncidents, baseline, BASELINE_PERIODS, severities),
    durations: durations(current, severities),
    detection: detection(current),
    trends: trends([...baselinePeriods, period], incidents),
    repeats: repeatsFound.list,
    repeat_chains: repeatsFound.chains,
    novelty_rate: repeatsFound.novelty_rate,
    recurring_follow_ups: recurring(
      incidents.filter((i) => i.started < period.to),
      new Set(current.map((i) => i.id)),
      ignoreWords,
      issueStates,
    ),
    follow_ups: followUpHealth(current, now, issueStates),
    responders: responders(current),
    reviews: reviewHealth(current, config, now),
    goals: evaluateGoals(
      config.goals,
      { period, current, previousPeriod: previous, previous: previousIncidents, baselinePeriods, baseline },
      { repeats: allRepeats, issues: issueStates },
    ),
  };
  return { ...parts, themes: discussionThemes(parts) };
}
