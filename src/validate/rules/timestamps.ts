import type { Finding } from '../../core/finding';
import { DAY_MS, parseDay, parseTimestamp } from '../../core/time';
import { atValue, type IncidentRule } from './context';
import { record, records, text } from '../../incidents/fields';

export const PHASES = ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'] as const;

const ORDER_HINT = 'timestamps must be in order: started_at <= detected_at <= mitigated_at <= resolved_at; check the date and the time zone of both';

/** Phases in order, nothing in the future, the review after resolution. */
export const timestampsRule: IncidentRule = (document, { now }) => {
  const findings: Finding[] = [];
  const data = document.data;
  let previous: { field: string; value: string; ms: number } | undefined;
  for (const field of PHASES) {
    const value = text(data, field);
    const ms = parseTimestamp(value);
    if (value === undefined || ms === undefined) continue;
    if (previous && ms < previous.ms) {
      findings.push(atValue(document, [field], {
        rule: 'timestamp-order',
        message: `${field} (${value}) is before ${previous.field} (${previous.value})`,
        hint: ORDER_HINT,
      }));
    }
    if (ms > now.getTime()) {
      findings.push(atValue(document, [field], {
        rule: 'timestamp-future',
        message: `${field} (${value}) is in the future`,
        hint: 'record times that have already happened; check the year and the time zone',
      }));
    }
    previous = { field, value, ms };
  }

  const review = record(data.review);
  const reviewDate = typeof review?.date === 'string' ? review.date : undefined;
  const reviewDay = parseDay(reviewDate);
  const resolved = parseTimestamp(text(data, 'resolved_at'));
  if (reviewDay !== undefined) {
    if (reviewDay > now.getTime()) {
      findings.push(atValue(document, ['review', 'date'], {
        rule: 'timestamp-future',
        message: `review.date (${reviewDate}) is in the future`,
        hint: 'set review.date once the review meeting has happened',
      }));
    } else if (resolved !== undefined && reviewDay + DAY_MS <= resolved) {
      findings.push(atValue(document, ['review', 'date'], {
        rule: 'timestamp-order',
        severity: 'warning',
        message: `review.date (${reviewDate}) is before the incident was resolved (${text(data, 'resolved_at')})`,
        hint: 'check the review date; a review usually follows resolution',
      }));
    }
  }

  for (const { value: followUp, index } of records(data.follow_ups)) {
    const closedAt = typeof followUp.closed_at === 'string' ? followUp.closed_at : undefined;
    const closedDay = parseDay(closedAt);
    if (closedDay !== undefined && closedDay > now.getTime()) {
      findings.push(atValue(document, ['follow_ups', index, 'closed_at'], {
        rule: 'timestamp-future',
        message: `follow_ups[${index}].closed_at (${closedAt}) is in the future`,
        hint: 'set closed_at to the day the follow-up was actually done or dropped',
      }));
    }
  }
  return findings;
};
