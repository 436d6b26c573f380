import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { DAY_MS, parseDay, parseTimestamp } from '../../core/time';
import { atValue, type IncidentRule } from './context';
import { record, records, text } from '../../incidents/fields';

export const PHASES = ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'] as const;

export const TIMESTAMP_ORDER = defineRule({
  id: 'timestamp-order',
  severity: 'error',
  summary:
    'started_at <= detected_at <= mitigated_at <= resolved_at, and the review comes after resolution (a warning)',
  why: "Times out of order give negative durations and spoil the batch review's numbers; it is usually a wrong time zone or a typo in the date.",
  wrong: lines(
    'started_at: 2026-03-04T09:12:00Z',
    'detected_at: 2026-03-04T09:20:00+01:00   # 08:20 UTC, before the start',
  ),
  right: lines('started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00Z'),
});

export const TIMESTAMP_FUTURE = defineRule({
  id: 'timestamp-future',
  severity: 'error',
  summary: 'no time or date (timestamps, review.date, closed_at) lies in the future',
  why: 'An incident record describes what has happened; a future time is nearly always a wrong year or time zone.',
  wrong: lines('resolved_at: 2062-03-04T11:02:00Z'),
  right: lines('resolved_at: 2026-03-04T11:02:00Z'),
});

const ORDER_HINT =
  'timestamps must be in order: started_at <= detected_at <= mitigated_at <= resolved_at; check the date and the time zone of both';

/** Phases in order, nothing in the future, the review after resolution. */
export const timestampsRule: IncidentRule = (document, { now }) => {
  const findings: Finding[] = [];
  const data = document.data;
  let previous: { field: string; value: string; ms: number } | undefined;
  for (const field of PHASES) {
    const value = text(data, field);
    const ms = parseTimestamp(value);
    // A day alone (the time was not recorded) is checked against the future only; unknown, not at all.
    const day = ms === undefined ? parseDay(value) : undefined;
    if (day !== undefined && day > now.getTime())
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_FUTURE,
          message: `${field} (${value}) is in the future`,
          hint: 'record days that have already happened; check the year',
        }),
      );
    if (value === undefined || ms === undefined) continue;
    if (previous && ms < previous.ms) {
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_ORDER,
          message: `${field} (${value}) is before ${previous.field} (${previous.value})`,
          hint: ORDER_HINT,
        }),
      );
    }
    if (ms > now.getTime()) {
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_FUTURE,
          message: `${field} (${value}) is in the future`,
          hint: 'record times that have already happened; check the year and the time zone',
        }),
      );
    }
    previous = { field, value, ms };
  }

  const review = record(data.review);
  const reviewDate = typeof review?.date === 'string' ? review.date : undefined;
  const reviewDay = parseDay(reviewDate);
  const resolved = parseTimestamp(text(data, 'resolved_at'));
  if (reviewDay !== undefined) {
    if (reviewDay > now.getTime()) {
      findings.push(
        atValue(document, ['review', 'date'], {
          rule: TIMESTAMP_FUTURE,
          message: `review.date (${reviewDate}) is in the future`,
          hint: 'set review.date once the review meeting has happened',
        }),
      );
    } else if (resolved !== undefined && reviewDay + DAY_MS <= resolved) {
      findings.push(
        atValue(document, ['review', 'date'], {
          rule: TIMESTAMP_ORDER,
          severity: 'warning',
          message: `review.date (${reviewDate}) is before the incident was resolved (${text(data, 'resolved_at')})`,
          hint: 'check the review date; a review usually follows resolution',
        }),
      );
    }
  }

  for (const { value: followUp, index } of records(data.follow_ups)) {
    const closedAt = typeof followUp.closed_at === 'string' ? followUp.closed_at : undefined;
    const closedDay = parseDay(closedAt);
    if (closedDay !== undefined && closedDay > now.getTime()) {
      findings.push(
        atValue(document, ['follow_ups', index, 'closed_at'], {
          rule: TIMESTAMP_FUTURE,
          message: `follow_ups[${index}].closed_at (${closedAt}) is in the future`,
          hint: 'set closed_at to the day the follow-up was actually done or dropped',
        }),
      );
    }
  }
  return findings;
};
