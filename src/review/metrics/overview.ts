import type { IncidentFacts } from '../facts';

export interface Counts {
  readonly total: number;
  readonly by_severity: Record<string, number>;
  readonly near_misses: number;
}

export interface Overview extends Counts {
  readonly ids: readonly string[];
  /** null when no records reach into the previous period. */
  readonly previous: Counts | null;
  /** Average per period over the trailing periods with records; null when there are none. */
  readonly baseline: Counts | null;
}

export function counts(incidents: readonly IncidentFacts[], severities: readonly string[], periods = 1): Counts {
  const avg = (n: number) => Math.round((n / Math.max(periods, 1)) * 100) / 100;
  const bySeverity: Record<string, number> = {};
  for (const severity of severities)
    bySeverity[severity] = avg(incidents.filter((i) => i.severity === severity).length);
  return {
    total: avg(incidents.length),
    by_severity: bySeverity,
    near_misses: avg(incidents.filter((i) => i.nearMiss).length),
  };
}

export function overview(
  current: readonly IncidentFacts[],
  previous: readonly IncidentFacts[] | undefined,
  baseline: readonly IncidentFacts[],
  baselinePeriods: number,
  severities: readonly string[],
): Overview {
  return {
    ...counts(current, severities),
    ids: current.map((i) => i.id),
    previous: previous ? counts(previous, severities) : null,
    baseline: baselinePeriods ? counts(baseline, severities, baselinePeriods) : null,
  };
}
