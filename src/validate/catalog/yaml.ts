import { lines, type RuleArea } from './types';

export const YAML: RuleArea = {
  title: 'YAML',
  rules: [
    {
      id: 'yaml-syntax',
      severity: 'error',
      summary: 'the frontmatter is valid YAML',
      why: 'One misplaced colon or quote makes the whole block unreadable, so nothing else in the file can be checked. Values that contain ": " or start with @, `, * or & need quotes.',
      wrong: lines('title: Checkout errors: payment gateway', 'roles:', '  incident_commander: @alice'),
      right: lines('title: "Checkout errors: payment gateway"', 'roles:', '  incident_commander: "@alice"'),
    },
    {
      id: 'yaml-duplicate-key',
      severity: 'error',
      summary: 'each field appears only once',
      why: 'When a field appears twice, one of the values is silently lost; which one was meant is anyone\'s guess.',
      wrong: lines('severity: SEV2', 'started_at: 2026-03-04T09:12:00Z', 'severity: SEV1'),
      right: lines('severity: SEV1', 'started_at: 2026-03-04T09:12:00Z'),
    },
    {
      id: 'yaml-tab',
      severity: 'error',
      summary: 'indentation uses spaces, never tabs',
      why: 'YAML does not allow tabs for indentation, and a tab looks exactly like spaces in most editors, so the file breaks invisibly.',
      wrong: lines('detection:', '→ method: alert    # → marks a tab character'),
      right: lines('detection:', '  method: alert'),
    },
    {
      id: 'yaml-tag',
      severity: 'error',
      summary: 'no YAML tags (!something) in the frontmatter',
      why: 'Tags change what a value means and can make a YAML reader build objects; incident files only need plain text, numbers, true/false and lists.',
      wrong: lines('severity: !severity SEV1', 'users_affected: !!float 1200'),
      right: lines('severity: SEV1', 'users_affected: 1200'),
    },
  ],
};
