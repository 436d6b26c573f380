/** The rules of a value's form that the JSON Schemas check (findings.ts gives them words): times, dates, handles, ids, patterns. */
import { defineRule, lines } from '../core/rule';
import { inConfig } from '../core/rule-examples';

export const TIMESTAMP_FORMAT = defineRule({
  id: 'timestamp-format',
  severity: 'error',
  summary: 'times are ISO 8601 timestamps: date, T, time and zone, like 2026-03-04T09:12:00Z',
  why: 'Durations such as time to detect and time to mitigate are computed from these fields; "Tuesday 9am" cannot be subtracted from anything.',
  wrong: lines('started_at: 4 March 2026, 09:12', 'detected_at: 2026-03-04 9:20'),
  right: lines('started_at: 2026-03-04T09:12:00Z', 'detected_at: 2026-03-04T09:20:00Z'),
});

export const TIMESTAMP_ZONE = defineRule({
  id: 'timestamp-zone',
  severity: 'error',
  summary: 'every timestamp says its time zone: Z for UTC or an offset such as +01:00',
  why: 'Responders often sit in different time zones; without the zone, 09:12 can mean several different moments and durations come out hours wrong.',
  wrong: lines('started_at: 2026-03-04T09:12:00'),
  right: lines('started_at: 2026-03-04T09:12:00Z', '# or, in local time:', '# started_at: 2026-03-04T10:12:00+01:00'),
});

export const DATE_FORMAT = defineRule({
  id: 'date-format',
  severity: 'error',
  summary: 'dates (review.date, due, closed_at) are written YYYY-MM-DD',
  why: '03/04/2026 is March in one country and April in another; the ISO form means the same everywhere and sorts correctly.',
  wrong: lines('review:', '  date: 10/03/2026'),
  right: lines('review:', '  date: 2026-03-10'),
});

export const HANDLE_FORMAT = defineRule({
  id: 'handle-format',
  severity: 'error',
  summary: 'people and teams are GitHub handles like "@alice" or "@org/team", in quotes',
  why: 'Handles become issue assignees and load counts; a plain name matches nobody on GitHub. In YAML a value starting with @ must be quoted.',
  wrong: lines('roles:', '  incident_commander: Alice Smith', '  responders: [carol]'),
  right: lines('roles:', '  incident_commander: "@alice"', '  responders: ["@carol"]'),
});

export const FIELD_FORMAT = defineRule({
  id: 'field-format',
  severity: 'error',
  summary: 'values with a fixed form have it (config durations like 5d, goal targets like "<= 30m", owner/name repos)',
  why: 'These values are read by the tool, not only by people, so a form it does not understand cannot be used at all.',
  wrong: lines('goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    target: at most 30 minutes'),
  right: lines('goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    target: "<= 30m"'),
  repository: inConfig,
});

export const FOLLOW_UP_ID_FORMAT = defineRule({
  id: 'follow-up-id-format',
  severity: 'error',
  summary: 'follow-up ids are slugs: lowercase letters, digits and hyphens',
  why: 'The id links the follow-up to its GitHub issue for good, so it has to be simple, stable text.',
  wrong: lines(
    'follow_ups:',
    '  - id: Canary Analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    owner: "@alice"',
  ),
  right: lines(
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    owner: "@alice"',
  ),
});
