import type { IncidentFacts } from '../facts';
import { contains, type Period } from '../period';

/** Names shown per dimension: enough to see the shape, few enough to read. */
export const TREND_TOP = 8;

export interface Series {
  readonly name: string;
  /** Incidents per period, oldest first; the last is the period under review. */
  readonly counts: readonly number[];
  readonly current: number;
  /** Average over the baseline periods; null when no period before this one holds records. */
  readonly baseline_avg: number | null;
}

export interface Trends {
  readonly periods: readonly string[];
  readonly incidents: readonly number[];
  readonly categories: readonly Series[];
  readonly services: readonly Series[];
  readonly contributing_factors: readonly Series[];
  /** What grew most against its baseline (never against periods without records). */
  readonly grew: readonly { dimension: string; name: string; current: number; baseline_avg: number }[];
  /** What fell most against its baseline, to nothing included. */
  readonly fell: readonly { dimension: string; name: string; current: number; baseline_avg: number }[];
}

function series(
  periods: readonly Period[],
  incidents: readonly IncidentFacts[],
  keys: (i: IncidentFacts) => readonly string[],
): Series[] {
  const counts = new Map<string, number[]>();
  periods.forEach((period, p) => {
    for (const incident of incidents) {
      if (!contains(period, incident.started)) continue;
      for (const key of new Set(keys(incident))) {
        const row = counts.get(key) ?? periods.map(() => 0);
        row[p]!++;
        counts.set(key, row);
      }
    }
  });
  return (
    [...counts]
      .map(([name, row]) => {
        const base = row.slice(0, -1);
        return {
          name,
          counts: row,
          current: row[row.length - 1]!,
          baseline_avg: base.length ? Math.round((base.reduce((a, b) => a + b, 0) / base.length) * 100) / 100 : null,
        };
      })
      // The larger of this period and the baseline ranks: a category that fell to nothing still shows.
      .sort(
        (a, b) =>
          Math.max(b.current, b.baseline_avg ?? 0) - Math.max(a.current, a.baseline_avg ?? 0) ||
          b.current - a.current ||
          b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0) ||
          (a.name < b.name ? -1 : 1),
      )
  );
}

/** Categories, services and contributing factors across the baseline periods and this one. */
export function trends(periods: readonly Period[], incidents: readonly IncidentFacts[]): Trends {
  const dimensions = {
    categories: series(periods, incidents, (i) => i.categories),
    services: series(periods, incidents, (i) => i.services),
    contributing_factors: series(periods, incidents, (i) => i.factorCategories),
  };
  const moves = Object.entries(dimensions).flatMap(([dimension, list]) =>
    list.flatMap((s) =>
      s.baseline_avg === null ? [] : [{ dimension, name: s.name, current: s.current, baseline_avg: s.baseline_avg }],
    ),
  );
  const change = (m: (typeof moves)[number]) => m.current - m.baseline_avg;
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const grew = moves
    .filter((m) => m.current >= 2 && m.current > m.baseline_avg)
    .sort((a, b) => change(b) - change(a) || byName(a, b))
    .slice(0, 5);
  const fell = moves
    .filter((m) => m.baseline_avg >= 1 && m.current < m.baseline_avg / 2)
    .sort((a, b) => change(a) - change(b) || byName(a, b))
    .slice(0, 5);
  return {
    periods: periods.map((p) => p.label),
    incidents: periods.map((p) => incidents.filter((i) => contains(p, i.started)).length),
    categories: dimensions.categories.slice(0, TREND_TOP),
    services: dimensions.services.slice(0, TREND_TOP),
    contributing_factors: dimensions.contributing_factors.slice(0, TREND_TOP),
    grew,
    fell,
  };
}
