/** The rules of reading YAML (parse.ts and explain.ts with its helpers): what makes the frontmatter or the config unreadable. */
import { defineRule, lines } from '../../core/rule';
import { inIncident } from '../../core/rule-examples';

export const YAML_SYNTAX = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  summary: 'the frontmatter is valid YAML',
  why: 'One misplaced colon or quote makes the whole block unreadable, so nothing else in the file can be checked. Values that contain ": " or start with @, `, * or & need quotes.',
  wrong: lines('title: Checkout errors: payment gateway', 'roles:', '  incident_commander: @alice'),
  right: lines('title: "Checkout errors: payment gateway"', 'roles:', '  incident_commander: "@alice"'),
});

export const YAML_DUPLICATE_KEY = defineRule({
  id: 'yaml-duplicate-key',
  severity: 'error',
  summary: 'each field appears only once',
  why: "When a field appears twice, one of the values is silently lost; which one was meant is anyone's guess.",
  wrong: lines('severity: SEV2', 'started_at: 2026-03-04T09:12:00Z', 'severity: SEV1'),
  right: lines('severity: SEV1', 'started_at: 2026-03-04T09:12:00Z'),
});

export const YAML_TAB = defineRule({
  id: 'yaml-tab',
  severity: 'error',
  summary: 'indentation uses plain spaces, never tabs or non-breaking spaces',
  why: 'YAML does not allow tabs for indentation, and a tab (or a non-breaking space pasted from a chat) looks exactly like spaces in most editors, so the file breaks invisibly.',
  wrong: lines('detection:', '→ method: alert    # → marks a tab character'),
  right: lines('detection:', '  method: alert'),
  repository: inIncident({ expand: (shown) => shown.replace(/^→ /gm, '\t') }),
});

export const YAML_TAG = defineRule({
  id: 'yaml-tag',
  severity: 'error',
  summary: 'no YAML tags (!something) in the frontmatter',
  why: 'Tags change what a value means and can make a YAML reader build objects; incident files only need plain text, numbers, true/false and lists.',
  wrong: lines('severity: !severity SEV1', 'started_at: !!timestamp 2026-03-04T09:12:00Z'),
  right: lines('severity: SEV1', 'started_at: 2026-03-04T09:12:00Z'),
});

export const YAML_ALIAS = defineRule({
  id: 'yaml-alias',
  severity: 'error',
  summary: 'no YAML anchors (&name) or aliases (*name): each value is written where it is used',
  why: 'A value that comes from elsewhere in the file is easy to change in the wrong place, and a few lines of aliases can stand for billions of values (the "billion laughs"), enough to stall any tool that reads the file.',
  wrong: lines('roles:', '  incident_commander: &ic "@alice"', 'review:', '  facilitator: *ic'),
  right: lines('roles:', '  incident_commander: "@alice"', 'review:', '  facilitator: "@alice"'),
});

export const YAML_TOO_DEEP = defineRule({
  id: 'yaml-too-deep',
  severity: 'error',
  summary: 'YAML is nested at most 20 levels deep',
  why: 'No field is more than a few levels down, so deeper nesting is a mistake (brackets never closed, indentation that keeps growing) or an attempt to crash the tools that read the file.',
  wrong: lines('services: [[[[[[[[[[[[[[[[[[[[[checkout]]]]]]]]]]]]]]]]]]]]]'),
  right: lines('services: [checkout]'),
});

/** The rules a YAML problem can break. */
export type YamlRule =
  | typeof YAML_SYNTAX
  | typeof YAML_DUPLICATE_KEY
  | typeof YAML_TAB
  | typeof YAML_TAG
  | typeof YAML_ALIAS
  | typeof YAML_TOO_DEEP;
