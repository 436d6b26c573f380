import type { Config } from '../core/config';
import type { SourceDocument } from '../incidents/document';
import { readHeadings } from '../incidents/markdown/headings';
import { sectionMatcher } from './section-names';

export const STATUS_ORDER = ['investigating', 'mitigated', 'resolved', 'reviewed'] as const;
export type Status = (typeof STATUS_ORDER)[number];

export interface NextStatus {
  readonly current: string;
  /** undefined when the incident is reviewed: nothing further. */
  readonly next: Status | undefined;
  /** What is still missing to reach `next`, in plain words. */
  readonly needs: readonly string[];
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What an incident still needs before its status can move on: the plain-words guide a pull request comment gives. */
export function nextStatus(document: SourceDocument, config: Config): NextStatus {
  const data = document.data;
  const current = typeof data.status === 'string' ? data.status : 'investigating';
  const index = STATUS_ORDER.indexOf(current as Status);
  const next = index >= 0 && index < STATUS_ORDER.length - 1 ? STATUS_ORDER[index + 1] : undefined;
  const needs: string[] = [];
  if (next === 'mitigated') {
    if (data.detected_at === undefined) needs.push('when it was detected (detected_at)');
    needs.push('when user impact stopped (mitigated_at)');
  } else if (next === 'resolved') {
    needs.push('when the cause was fixed (resolved_at)');
  } else if (next === 'reviewed') {
    const severity = config.severities.find((s) => s.id === data.severity);
    const matches = sectionMatcher(config);
    const present = readHeadings(document.body, document.bodyLine).filter((h) => h.hasContent);
    const missing = (severity?.reviewSections ?? []).filter((s) => !present.some((h) => matches(s, h.text)));
    if (missing.length)
      needs.push(
        `${missing.length === 1 ? 'a' : ''} ${listed(missing)} section${missing.length === 1 ? '' : 's'} with content`.trim(),
      );
    const review = data.review as { date?: unknown } | undefined;
    if (review?.date === undefined && data.historical !== true) needs.push('a review date (review.date)');
    if (!(Array.isArray(data.follow_ups) && data.follow_ups.length) && data.no_follow_ups_reason === undefined)
      needs.push('follow-ups (or no_follow_ups_reason)');
  }
  return { current, next, needs };
}

export function describeNextStatus(status: NextStatus): string {
  if (!status.next) return 'Reviewed: the record is complete.';
  if (status.needs.length === 0) return `Ready to mark ${status.next}: set status: ${status.next}.`;
  return `To mark this ${status.next}: add ${listed([...status.needs])}.`;
}
