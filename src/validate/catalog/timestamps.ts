import { lines, type RuleArea } from './types';

export const TIMESTAMPS: RuleArea = {
  title: 'Times and dates',
  rules: [
    {
      id: 'timestamp-format',
      severity: 'error',
      summary: 'times are ISO 8601 timestamps: date, T, time and zone, like 2026-03-04T09:12:00Z',
      why: 'Durations such as time to detect and time to mitigate are computed from these fields; "Tuesday 9am" cannot be subtracted from anything.',
      wrong: lines('started_at: 4 March 2026, 09:12', 'detected_at: 2026-03-04 9:20'),
      right: lines('started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00Z'),
    },
    {
      id: 'timestamp-zone',
      severity: 'error',
      summary: 'every timestamp says its time zone: Z for UTC or an offset such as +01:00',
      why: 'Responders often sit in different time zones; without the zone, 09:12 can mean several different moments and durations come out hours wrong.',
      wrong: lines('started_at: 2026-03-04T09:12:00'),
      right: lines('started_at: 2026-03-04T09:12:00Z', '# or, in local time:', 'started_at: 2026-03-04T10:12:00+01:00'),
    },
    {
      id: 'date-format',
      severity: 'error',
      summary: 'dates (review.date, due, closed_at) are written YYYY-MM-DD',
      why: '03/04/2026 is March in one country and April in another; the ISO form means the same everywhere and sorts correctly.',
      wrong: lines('review:', '  date: 10/03/2026'),
      right: lines('review:', '  date: 2026-03-10'),
    },
    {
      id: 'timestamp-order',
      severity: 'error',
      summary: 'started_at <= detected_at <= mitigated_at <= resolved_at, and the review comes after resolution (a warning)',
      why: 'Times out of order give negative durations and spoil the batch review\'s numbers; it is usually a wrong time zone or a typo in the date.',
      wrong: lines('started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00+01:00   # 08:20 UTC, before the start'),
      right: lines('started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00Z'),
    },
    {
      id: 'timestamp-future',
      severity: 'error',
      summary: 'no time or date (timestamps, review.date, closed_at) lies in the future',
      why: 'An incident record describes what has happened; a future time is nearly always a wrong year or time zone.',
      wrong: lines('resolved_at: 2062-03-04T11:02:00Z'),
      right: lines('resolved_at: 2026-03-04T11:02:00Z'),
    },
    {
      id: 'detected-at-missing',
      severity: 'warning',
      summary: 'an incident past investigating says when it was detected (detected_at)',
      why: 'How long problems go unnoticed is one of the most useful numbers a review has, and it cannot be measured without detected_at.',
      wrong: lines('status: mitigated', 'started_at: 2026-03-04T09:12:00Z', 'mitigated_at: 2026-03-04T09:51:00Z'),
      right: lines('status: mitigated', 'started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00Z', 'mitigated_at: 2026-03-04T09:51:00Z'),
    },
  ],
};
