import type { GoalConfig } from '../../core/config';
import { parseDurationDays } from '../../core/duration';
import { phaseMinutes } from './durations';
import type { IncidentFacts } from '../facts';
import { withIssueState, type IssueState } from './follow-up-health';
import { percentile } from './stats';
import { DAY_MS } from '../../core/time';
import { type Period } from '../period';
import { parseTarget, type Target, type Unit } from '../../config/goal-target';

const PER_DAYS = { month: 365.25 / 12, quarter: 365.25 / 4, year: 365.25 } as const;
/** Calendar periods measured in months: a year holds exactly four quarters, whatever its days. */
const MONTHS = { month: 1, quarter: 3, year: 12 } as const;
/** Counts are shown with two decimals at most; the verdict is judged on the number shown, so they never disagree. */
const COUNT_DECIMALS = 100;

export interface GoalResult {
  readonly name: string;
  readonly metric: string;
  readonly unit: Unit;
  readonly value: number | null;
  readonly target: string;
  readonly baseline: number | null;
  readonly previous: number | null;
  /** null when there is no data to judge. */
  readonly met: boolean | null;
  readonly trend: 'better' | 'worse' | 'same' | null;
  /** How a count was brought to the goal's unit when the review's period is not one of its `per` (absent otherwise). */
  readonly scaling?: string;
}

function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value;
    case '>=':
      return value >= target.value;
    case '<':
      return value < target.value;
    case '>':
      return value > target.value;
    case '==':
      return value === target.value;
  }
}

function matches(goal: GoalConfig, incident: IncidentFacts): boolean {
  const where = goal.where ?? {};
  return (
    (!where.severity || where.severity.includes(incident.severity)) &&
    (!where.categories || where.categories.some((c) => incident.categories.includes(c))) &&
    (!where.services || where.services.some((s) => incident.services.includes(s)))
  );
}

interface Context {
  readonly repeats: ReadonlySet<string>;
  readonly issues: ReadonlyMap<string, IssueState> | undefined;
}

/** How long the incidents were gathered over: `count` periods of one kind, `days` in all. */
export interface Span {
  readonly kind: Period['kind'];
  readonly count: number;
  readonly days: number;
}

/** The goal's metric over some incidents gathered over `span`; null when there is nothing to measure. */
export function measure(
  goal: GoalConfig,
  incidents: readonly IncidentFacts[],
  span: Span,
  context: Context,
): number | null {
  const selected = incidents.filter((i) => matches(goal, i));
  // Rounded as the review shows them (whole minutes, whole percent), so the verdict is the one a reader would give.
  const round = (v: number | null) =>
    v === null ? null : goal.metric.startsWith('time_to_') ? Math.round(v) : Math.round(v * 100) / 100;
  switch (goal.metric) {
    case 'incident_count': {
      if (!goal.per) return Math.round((selected.length / span.count) * COUNT_DECIMALS) / COUNT_DECIMALS;
      return Math.round(selected.length * perFactor(goal.per, span) * COUNT_DECIMALS) / COUNT_DECIMALS;
    }
    case 'time_to_detect':
    case 'time_to_mitigate':
    case 'time_to_resolve': {
      const minutes = selected
        .map((i) => phaseMinutes(i, goal.metric as 'time_to_detect'))
        .filter((m): m is number => m !== undefined);
      return round(percentile(minutes, goal.stat === 'p90' ? 90 : 50));
    }
    case 'follow_up_completion': {
      const within = (goal.within ? parseDurationDays(goal.within) : 30) * DAY_MS;
      const items = selected.flatMap((i) =>
        i.followUps.map((f) => ({ i, f: withIssueState(f, context.issues?.get(f.key)) })),
      );
      if (!items.length) return null;
      return round(
        items.filter(({ i, f }) => f.status === 'done' && f.closedAt !== undefined && f.closedAt - i.started <= within)
          .length / items.length,
      );
    }
    case 'customer_detected_share': {
      const known = selected.filter((i) => i.detection !== undefined);
      return known.length ? round(known.filter((i) => i.detection === 'customer').length / known.length) : null;
    }
    case 'repeat_share':
      return selected.length ? round(selected.filter((i) => context.repeats.has(i.id)).length / selected.length) : null;
    default:
      return null;
  }
}

/**
 * How many of the goal's periods one incident in `span` counts for: exact
 * between calendar periods (a year is four quarters, a quarter three
 * months), by days only for custom ranges.
 */
function perFactor(per: NonNullable<GoalConfig['per']>, span: Span): number {
  if (span.kind === 'custom') return PER_DAYS[per] / span.days;
  return MONTHS[per] / (MONTHS[span.kind] * span.count);
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
const formatCount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The sentence that says how a count per `per` was had from a period of another kind; undefined when none was needed. */
export function scalingNote(goal: GoalConfig, incidents: readonly IncidentFacts[], period: Period): string | undefined {
  if (goal.metric !== 'incident_count' || !goal.per || goal.per === period.kind) return undefined;
  const count = incidents.filter((i) => matches(goal, i)).length;
  const days = (period.to - period.from) / DAY_MS;
  const over =
    period.kind === 'custom'
      ? `${plural(days, 'day')}, scaled to a ${goal.per} of ${PER_DAYS[goal.per].toFixed(1)} days`
      : `a ${period.kind} of ${plural(MONTHS[period.kind] / MONTHS[goal.per], goal.per)}`;
  return `a count per ${goal.per}: ${count} in ${period.label}, ${over}`;
}

function trend(value: number | null, previous: number | null, target: Target): GoalResult['trend'] {
  if (value === null || previous === null) return null;
  if (value === previous) return 'same';
  const lowerIsBetter = target.op === '<=' || target.op === '<';
  return value < previous === lowerIsBetter ? 'better' : 'worse';
}

export interface GoalInput {
  readonly period: Period;
  readonly current: readonly IncidentFacts[];
  /** Undefined when the records do not reach into the period before. */
  readonly previousPeriod: Period | undefined;
  readonly previous: readonly IncidentFacts[];
  readonly baselinePeriods: readonly Period[];
  readonly baseline: readonly IncidentFacts[];
}

/** Each goal of the investment thesis: this period, its baseline, met or not, and which way it moves. */
export function evaluateGoals(goals: readonly GoalConfig[], input: GoalInput, context: Context): GoalResult[] {
  const span = (periods: readonly Period[]): Span => ({
    kind: periods[0]?.kind ?? 'custom',
    count: periods.length,
    days: periods.reduce((sum, p) => sum + (p.to - p.from) / DAY_MS, 0),
  });
  return goals.map((goal) => {
    const target = parseTarget(goal.target);
    const value = measure(goal, input.current, span([input.period]), context);
    const previous = input.previousPeriod ? measure(goal, input.previous, span([input.previousPeriod]), context) : null;
    const baseline = input.baselinePeriods.length
      ? measure(goal, input.baseline, span(input.baselinePeriods), context)
      : null;
    // A count over a period with no incidents is 0, not "no data".
    const scaling = scalingNote(goal, input.current, input.period);
    return {
      name: goal.name,
      metric: goal.metric,
      unit: target.unit,
      value,
      target: goal.target,
      baseline,
      previous,
      met: value === null ? null : meets(value, target),
      trend: trend(value, previous, target),
      ...(scaling ? { scaling } : {}),
    };
  });
}
