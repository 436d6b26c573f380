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
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  switch (goal.metric) {
    case 'incident_count':
      // Per period of the goal's kind: exact when the review is of that kind, scaled by days otherwise.
      if (!goal.per) return round(selected.length / span.count);
      return round(
        goal.per === span.kind ? selected.length / span.count : (selected.length * PER_DAYS[goal.per]) / span.days,
      );
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

function trend(value: number | null, previous: number | null, target: Target): GoalResult['trend'] {
  if (value === null || previous === null) return null;
  if (value === previous) return 'same';
  const lowerIsBetter = target.op === '<=' || target.op === '<';
  return value < previous === lowerIsBetter ? 'better' : 'worse';
}

export interface GoalInput {
  readonly period: Period;
  readonly current: readonly IncidentFacts[];
  readonly previousPeriod: Period;
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
    const previous = measure(goal, input.previous, span([input.previousPeriod]), context);
    const baseline = input.baselinePeriods.length
      ? measure(goal, input.baseline, span(input.baselinePeriods), context)
      : null;
    // A count over a period with no incidents is 0, not "no data".
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
    };
  });
}
