/**
 * Percentile by linear interpolation between closest ranks (the method
 * spreadsheets and numpy use by default): p50 of [10, 20, 30, 40] is 25.
 * Medians and 90th percentiles, not means: incident durations are skewed.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Distribution {
  readonly count: number;
  readonly p50_minutes: number | null;
  readonly p90_minutes: number | null;
}

export function distribution(minutes: readonly number[]): Distribution {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    count: minutes.length,
    p50_minutes: round(percentile(minutes, 50)),
    p90_minutes: round(percentile(minutes, 90)),
  };
}

/** A share as a fraction with three decimals, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
