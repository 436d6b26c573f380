import type { Config } from '../core/config';
import type { SourceDocument } from '../incidents/document';
import { readHeadings, sectionKey, sectionsWithContent } from '../incidents/markdown/headings';
import { sectionMatcher } from './section-names';

export const STATUS_ORDER = ['investigating', 'mitigated', 'resolved', 'reviewed'] as const;
export type Status = (typeof STATUS_ORDER)[number];

export interface NextStatus {
  readonly current: string;
  /** What the current status itself still lacks, in plain words: a status set before its fields were. */
  readonly missingNow: readonly string[];
  /** undefined when the incident is reviewed: nothing further. */
  readonly next: Status | undefined;
  /** What is still missing to reach `next`, beyond what the current status lacks, in plain words. */
  readonly needs: readonly string[];
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a status asks of an incident, beyond what the status before it asks, each with whether the file has it. */
function asks(status: Status, document: SourceDocument, config: Config): { need: string; met: boolean }[] {
  const data = document.data;
  switch (status) {
    case 'investigating':
      return [];
    case 'mitigated':
      return [
        { need: 'the time it was detected (detected_at)', met: data.detected_at !== undefined },
        { need: 'the time user impact stopped (mitigated_at)', met: data.mitigated_at !== undefined },
      ];
    case 'resolved':
      return [{ need: 'the time the cause was fixed (resolved_at)', met: data.resolved_at !== undefined }];
    case 'reviewed': {
      const severity = config.severities.find((s) => s.id === data.severity);
      const sections = severity?.reviewSections ?? [];
      const matches = sectionMatcher(config);
      const headings = readHeadings(document.body, document.bodyLine);
      // A heading that stands for a required section, under its own name or an alias, bounds the one before it.
      const keys = headings.filter((h) => sections.some((s) => matches(s, h.text))).map((h) => sectionKey(h.text));
      const withContent = sectionsWithContent(headings, new Set([...sections.map(sectionKey), ...keys]));
      const missing = sections.filter((s) => ![...withContent].some((h) => matches(s, h.text)));
      const review = data.review as { date?: unknown } | undefined;
      return [
        {
          need: `${missing.length === 1 ? 'a' : ''} ${listed(missing)} section${missing.length === 1 ? '' : 's'} with content`.trim(),
          met: missing.length === 0,
        },
        // A historical record was reviewed (or not) before the program: it needs no review date.
        { need: 'a review date (review.date)', met: review?.date !== undefined || data.historical === true },
        {
          need: 'follow-ups (or no_follow_ups_reason)',
          met:
            (Array.isArray(data.follow_ups) && data.follow_ups.length > 0) || data.no_follow_ups_reason !== undefined,
        },
      ];
    }
  }
}

/** What an incident still needs, for the status it has and then for the next: the plain-words guide a pull request comment gives. */
export function nextStatus(document: SourceDocument, config: Config): NextStatus {
  const data = document.data;
  const current = typeof data.status === 'string' ? data.status : 'investigating';
  const index = STATUS_ORDER.indexOf(current as Status);
  const next = index >= 0 && index < STATUS_ORDER.length - 1 ? STATUS_ORDER[index + 1] : undefined;
  const unmet = (status: Status) =>
    asks(status, document, config)
      .filter((ask) => !ask.met)
      .map((ask) => ask.need);
  const missingNow = STATUS_ORDER.slice(1, index + 1).flatMap(unmet);
  return { current, missingNow, next, needs: next ? unmet(next) : [] };
}

/**
 * The one line of what is next. A record is called complete only when it
 * is reviewed, lacks nothing its status asks for and has no errors; what the
 * current status lacks comes before what the next one needs.
 */
export function describeNextStatus(status: NextStatus, errors = 0): string {
  const errorsAbove = `the ${errors === 1 ? 'error' : `${errors} errors`} above ${errors === 1 ? 'is' : 'are'} fixed`;
  const lacking = listed([...status.missingNow]);
  if (!status.next) {
    if (status.missingNow.length) return `Marked ${status.current}, but not complete: it still needs ${lacking}.`;
    return errors
      ? `Marked ${status.current}, but not complete until ${errorsAbove}.`
      : 'Reviewed: the record is complete.';
  }
  const then = status.needs.length
    ? `to mark this ${status.next}: add ${listed([...status.needs])}.`
    : errors
      ? `ready to mark ${status.next} once ${errorsAbove}: then set status: ${status.next}.`
      : `ready to mark ${status.next}: set status: ${status.next}.`;
  if (status.missingNow.length) return `Marked ${status.current}, but it still needs ${lacking}. Then, ${then}`;
  return `${then.charAt(0).toUpperCase()}${then.slice(1)}`;
}
