import type { ReviewReport } from '../report';

/**
 * Members of a recurring theme the JSON lists unless asked for all: enough
 * to see what the theme is made of. A theme of 100,000 incidents listed
 * them all, and its members were 17 of the review's 30 MB.
 */
export const THEME_EXAMPLES = 10;

export interface ReviewJsonOptions {
  /** Every incident and follow-up of each recurring theme, not only the first few. */
  readonly allMembers?: boolean;
}

/**
 * The review as JSON: the shape schemas/review-report.schema.json
 * documents. Each recurring theme says how many incidents and follow-ups
 * it has, and lists the first few (every one with `allMembers`).
 */
export function renderReviewJson(report: ReviewReport, options: ReviewJsonOptions = {}): string {
  const cut = <T>(list: readonly T[]) => (options.allMembers ? list : list.slice(0, THEME_EXAMPLES));
  const recurring = report.recurring_follow_ups.map(({ theme, incidents, follow_ups, ...rest }) => ({
    theme,
    incident_count: incidents.length,
    follow_up_count: follow_ups.length,
    incidents: cut(incidents),
    follow_ups: cut(follow_ups),
    ...rest,
  }));
  return `${JSON.stringify({ ...report, recurring_follow_ups: recurring }, null, 2)}\n`;
}
