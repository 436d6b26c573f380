import type { Config } from '../../core/config';
import { DEFAULT_REVIEW_WITHIN_DAYS } from '../../config/defaults';
import type { IncidentFacts } from '../facts';
import { DAY_MS } from '../../core/time';
import { isoDay } from '../period';
import { percentile } from './stats';

export interface ReviewHealth {
  readonly past_deadline: readonly {
    incident: string;
    severity: string;
    deadline: string;
    reviewed: string | null;
    days_late: number;
  }[];
  readonly median_days_to_review: number | null;
  /** Resolved incidents reviewed so far. */
  readonly reviewed: number;
  readonly resolved: number;
  /** Historical records, which have no review deadline and are not counted above. */
  readonly historical: number;
}

/** Reviews past their deadline (per severity, from the config) and how long reviews take. */
export function reviewHealth(incidents: readonly IncidentFacts[], config: Config, now: Date): ReviewHealth {
  const pastDeadline: ReviewHealth['past_deadline'][number][] = [];
  const daysToReview: number[] = [];
  // A historical record was reviewed (or not) before this program: it has no deadline to miss.
  const resolved = incidents.filter((i) => i.resolved !== undefined && !i.historical);
  for (const incident of resolved) {
    const within =
      config.severities.find((s) => s.id === incident.severity)?.reviewWithinDays ?? DEFAULT_REVIEW_WITHIN_DAYS;
    const resolvedDay = Math.floor(incident.resolved! / DAY_MS) * DAY_MS;
    const deadline = resolvedDay + within * DAY_MS;
    const reviewed = incident.reviewDate;
    if (reviewed !== undefined) daysToReview.push((reviewed - resolvedDay) / DAY_MS);
    const late = (reviewed ?? now.getTime()) - deadline;
    if (late > 0) {
      pastDeadline.push({
        incident: incident.id,
        severity: incident.severity,
        deadline: isoDay(deadline),
        reviewed: reviewed === undefined ? null : isoDay(reviewed),
        days_late: Math.floor(late / DAY_MS),
      });
    }
  }
  pastDeadline.sort((a, b) => b.days_late - a.days_late || (a.incident < b.incident ? -1 : 1));
  return {
    past_deadline: pastDeadline,
    median_days_to_review: percentile(daysToReview, 50),
    reviewed: daysToReview.length,
    resolved: resolved.length,
    historical: incidents.filter((i) => i.historical).length,
  };
}
