/** The rules the JSON Schemas check (findings.ts and list-limit.ts give them words): which fields there are, and their values. */
import { defineRule, lines } from '../core/rule';
import {
  asWholeFrontmatter,
  EXAMPLE_INCIDENT,
  inIncident,
  overlay,
  repeatAbove,
  RESOLVED_INCIDENT,
} from '../core/rule-examples';

export const LIST_TOO_LONG = defineRule({
  id: 'list-too-long',
  severity: 'error',
  summary: 'no list holds more than 1,000 items (items past that are not checked)',
  why: 'An incident file records one incident; a list of thousands is a pasted log or a generated mistake, and checking it item by item would make validation slow for everyone.',
  wrong: lines('tags:', '  - checkout', '  - checkout', '  # ... 20,000 more lines'),
  right: lines('tags: [checkout, payments-gateway]'),
  repository: inIncident({ expand: repeatAbove }),
});

export const UNKNOWN_FIELD = defineRule({
  id: 'unknown-field',
  severity: 'error',
  summary: 'every field is one the schema knows, with did-you-mean for typos',
  why: 'A misspelt field is silently ignored by everything that reads the file, so the value you wrote never counts. Usually it is a typo of a field that exists.',
  wrong: lines('serverity: SEV1', 'started: 2026-03-04T09:12:00Z'),
  right: lines('severity: SEV1', 'started_at: 2026-03-04T09:12:00Z'),
  // The misspelt fields stand in for the right ones, which the file then lacks: one finding each, not a missing field too.
  repository: {
    wrong: inIncident({ base: EXAMPLE_INCIDENT.replace('severity: SEV1\n', '').replace(/started_at: .*\n/, '') }),
  },
});

export const REQUIRED_FIELD = defineRule({
  id: 'required-field',
  severity: 'error',
  summary: 'the fields every incident needs are there: id, title, status, severity, started_at',
  why: 'Without them an incident cannot be named, sorted, counted by severity or placed in time.',
  wrong: lines('id: 2026-03-04-checkout-errors', 'status: investigating', 'severity: SEV1'),
  right: lines(
    'id: 2026-03-04-checkout-errors',
    'title: Checkout errors after payment-gateway deploy',
    'status: investigating',
    'severity: SEV1',
    'started_at: 2026-03-04T09:12:00Z',
  ),
  repository: asWholeFrontmatter,
});

export const REQUIRED_BY_STATUS = defineRule({
  id: 'required-by-status',
  severity: 'error',
  summary: 'each status has the fields it needs: mitigated_at, resolved_at, review.date',
  why: 'The status promises a stage has been reached; the matching time is what makes durations and review deadlines measurable.',
  wrong: lines('status: resolved', 'started_at: 2026-03-04T09:12:00Z', 'mitigated_at: 2026-03-04T09:51:00Z'),
  right: lines(
    'status: resolved',
    'started_at: 2026-03-04T09:12:00Z',
    'mitigated_at: 2026-03-04T09:51:00Z',
    'resolved_at: 2026-03-04T11:02:00Z',
  ),
  // An incident past investigating says when it was detected, or detected-at-missing says so too.
  repository: inIncident({ base: overlay(EXAMPLE_INCIDENT, 'detected_at: 2026-03-04T09:20:00Z') }),
});

export const FIELD_TYPE = defineRule({
  id: 'field-type',
  severity: 'error',
  summary: 'each value has the right type: text, a number, true/false, a list or a set of fields',
  why: 'A number written as text, or one service where a list is expected, cannot be counted or compared.',
  wrong: lines('near_miss: "no"', 'services: checkout', 'impact:', '  users_affected: about 1200'),
  right: lines('near_miss: false', 'services: [checkout]', 'impact:', '  users_affected: 1200'),
});

export const ALLOWED_VALUES = defineRule({
  id: 'allowed-values',
  severity: 'error',
  summary: 'fields with a fixed set of values use one of them (status, detection.method, priority, ...)',
  why: 'Reports group incidents by these values; a value outside the set falls into no group and disappears from the numbers.',
  wrong: lines('status: closed', 'detection:', '  method: pager'),
  right: lines('status: resolved', 'detection:', '  method: alert'),
  repository: inIncident({ base: RESOLVED_INCIDENT }),
});

export const FIELD_EMPTY = defineRule({
  id: 'field-empty',
  severity: 'error',
  summary: 'text fields and lists that must say something are not empty',
  why: 'An empty title or reason looks filled in at a glance but tells the reader nothing.',
  wrong: lines('title: ""', 'no_follow_ups_reason: ""'),
  right: lines(
    'title: Checkout errors after payment-gateway deploy',
    'no_follow_ups_reason: The failed vendor fixed it and no change on our side would have helped.',
  ),
});

export const FIELD_RANGE = defineRule({
  id: 'field-range',
  severity: 'error',
  summary: 'numbers are within their range (users_affected at least 0, issue at least 1)',
  why: 'A negative count or issue number is always a mistake, and it would skew every total it is added to.',
  wrong: lines('impact:', '  users_affected: -1'),
  right: lines('impact:', '  users_affected: 0'),
});

export const DUPLICATE_ITEM = defineRule({
  id: 'duplicate-item',
  severity: 'error',
  summary: 'lists such as services, categories and related name each item once',
  why: 'A service listed twice is counted twice in the trends of the batch review.',
  wrong: lines('services: [checkout, payments-gateway, checkout]'),
  right: lines('services: [checkout, payments-gateway]'),
});

export const SCHEMA_CATCH_ALL = defineRule({
  id: 'schema',
  severity: 'error',
  summary: 'a catch-all: a schema check that has no rule of its own',
  why: 'Every check in the JSON Schemas reports something, even one this tool has no dedicated words for yet. The message names the field and what the schema expects.',
  wrong: lines(
    '# had the schema a limit of 200 characters on impact.summary:',
    'impact:',
    '  summary: (a 600-character paragraph)',
  ),
  right: lines('impact:', '  summary: About 8% of checkouts failed for 31 minutes.'),
  repository: inIncident({
    expand: (shown) => shown.replace('(a 600-character paragraph)', 'About 8% of checkouts failed. '.repeat(20)),
  }),
});
