import type { ReviewReport } from '../report';

/** The review as JSON: the shape schemas/review-report.schema.json documents. */
export function renderReviewJson(report: ReviewReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
