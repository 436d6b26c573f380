import type { CategoryConfig, SeverityConfig } from '../core/config';

export const DEFAULT_CONFIG_FILE = '.incidents.yml';
export const DEFAULT_INCIDENTS_DIR = 'incidents';
/** How far back an earlier incident can be inferred to be repeated: two quarters. */
export const DEFAULT_REPEAT_WINDOW_DAYS = 180;
export const DEFAULT_ID_PATTERN = '^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$';

const FULL_REVIEW = [
  'Summary',
  'Impact',
  'Timeline',
  'Contributing factors',
  'What went well',
  'What went wrong',
  'Where we got lucky',
  'Follow-ups',
];

export const DEFAULT_SEVERITIES: readonly SeverityConfig[] = [
  {
    id: 'SEV1',
    description: 'Critical: most users cannot use the product, or data is lost or exposed.',
    reviewWithinDays: 5,
    reviewSections: FULL_REVIEW,
  },
  {
    id: 'SEV2',
    description: 'Major: a core feature is broken or badly degraded for many users.',
    reviewWithinDays: 10,
    reviewSections: ['Summary', 'Impact', 'Timeline', 'Contributing factors', 'Follow-ups'],
  },
  {
    id: 'SEV3',
    description: 'Minor: a feature is degraded or a workaround exists.',
    reviewWithinDays: 20,
    reviewSections: ['Summary', 'Timeline', 'Follow-ups'],
  },
  {
    id: 'SEV4',
    description: 'Low: little or internal impact, or a near miss.',
    reviewWithinDays: 30,
    reviewSections: ['Summary'],
  },
];

export const DEFAULT_CATEGORIES: readonly CategoryConfig[] = [
  ['deploy', 'A code or infrastructure deploy introduced the failure.'],
  ['config', 'A configuration, feature-flag or secret change.'],
  ['capacity', 'Load beyond what the system was sized for.'],
  ['database', 'Database availability, connections, replication or queries.'],
  ['dependency', 'An internal service we depend on failed.'],
  ['third-party', 'A vendor or external provider failed.'],
  ['certificate', 'Certificates, keys and other expiring credentials.'],
  ['network', 'DNS, load balancers or connectivity.'],
  ['data', 'Wrong, duplicated, lost or stale data.'],
  ['security', 'A vulnerability, abuse or unauthorised access.'],
  ['monitoring', 'Missing, noisy or misleading alerts and dashboards.'],
].map(([id, description]) => ({ id: id!, description: description! }));

/** Review deadline for a severity the config gives no deadline for. */
export const DEFAULT_REVIEW_WITHIN_DAYS = 14;

/**
 * Headings the common postmortem templates (the Google SRE book's,
 * PagerDuty's, Atlassian's) use for the default review sections, so records
 * written in them count as reviewed without renaming their headings.
 */
export const DEFAULT_SECTION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Summary: ['Overview', 'Incident summary', 'Executive summary', 'TL;DR', 'What happened'],
  Impact: ['Customer impact', 'User impact', 'Business impact'],
  Timeline: ['Key events', 'Chronology', 'Timeline of events', 'Sequence of events', 'Incident timeline'],
  'Contributing factors': [
    'Contributing factor',
    'Root cause',
    'Root causes',
    'Causes',
    'Trigger',
    'Five whys',
    'Blameless root cause',
    'Root cause analysis',
  ],
  'What went wrong': ["What didn't go so well", 'What did not go well', 'What could have gone better'],
  'Follow-ups': [
    'Action items',
    'Corrective actions',
    'Review actions',
    'Follow-up tasks',
    'Follow-up actions',
    'Remediation items',
    'Next steps',
    'Action plan',
  ],
};
