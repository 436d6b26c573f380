import type { RuleDefinition } from '../core/rule';
import { CONFIG_DUPLICATE_ID, CONFIG_UNKNOWN_SEVERITY } from '../config/rules/config-findings';
import { CONFIG_NOT_MAPPING } from '../config/rules/config-mapping';
import { CONFIG_GOAL_TARGET } from '../config/rules/goal-targets';
import { CONFIG_LABEL_COMMA } from '../config/rules/follow-up-label';
import {
  FILE_NOT_TEXT,
  FILE_SYMLINK,
  FILE_TOO_LARGE,
  FRONTMATTER_MISSING,
  FRONTMATTER_NOT_MAPPING,
  FRONTMATTER_UNCLOSED,
} from '../incidents/file-rules';
import {
  YAML_ALIAS,
  YAML_DUPLICATE_KEY,
  YAML_SYNTAX,
  YAML_TAB,
  YAML_TAG,
  YAML_TOO_DEEP,
} from '../incidents/yaml/yaml-rules';
import {
  ALLOWED_VALUES,
  DUPLICATE_ITEM,
  FIELD_EMPTY,
  FIELD_RANGE,
  FIELD_TYPE,
  LIST_TOO_LONG,
  REQUIRED_BY_STATUS,
  REQUIRED_FIELD,
  SCHEMA_CATCH_ALL,
  UNKNOWN_FIELD,
} from '../schema/field-rules';
import {
  DATE_FORMAT,
  FIELD_FORMAT,
  FOLLOW_UP_ID_FORMAT,
  HANDLE_FORMAT,
  TIMESTAMP_FORMAT,
  TIMESTAMP_ZONE,
} from '../schema/format-rules';
import {
  FOLLOW_UP_CLOSED_AT,
  FOLLOW_UP_ID_DUPLICATE,
  FOLLOW_UP_OWNER,
  FOLLOW_UPS_REQUIRED,
  FOLLOW_UPS_TOO_MANY,
} from './rules/follow-ups';
import { DETECTED_AT_MISSING, FILE_NAME_MISMATCH, ID_FORMAT } from './rules/identity';
import { ID_DUPLICATE, REFERENCE_SELF, REFERENCE_UNKNOWN } from './rules/references';
import { REVIEW_SECTION_EMPTY, REVIEW_SECTION_MISSING } from './rules/sections';
import { CATEGORY_VALUE, SERVICE_VALUE, SEVERITY_VALUE } from './rules/taxonomy';
import { TIMESTAMP_FUTURE, TIMESTAMP_ORDER } from './rules/timestamps';
import { TITLE_FORMAT } from './rules/title';

export type { ExampleLanguage, RuleDefinition } from '../core/rule';

/** Rules of one area, in the order docs/rules.md lists them. */
export interface RuleArea {
  readonly title: string;
  readonly rules: readonly RuleDefinition[];
}

/**
 * Every rule, by area, in the order a file is checked. Each is defined
 * beside the check that emits it; this is the one list of them all.
 */
export const RULE_AREAS: readonly RuleArea[] = [
  {
    title: 'Files and frontmatter',
    rules: [
      FILE_NOT_TEXT,
      FILE_TOO_LARGE,
      FILE_SYMLINK,
      FRONTMATTER_MISSING,
      FRONTMATTER_UNCLOSED,
      FRONTMATTER_NOT_MAPPING,
    ],
  },
  { title: 'YAML', rules: [YAML_SYNTAX, YAML_DUPLICATE_KEY, YAML_TAB, YAML_TAG, YAML_ALIAS, YAML_TOO_DEEP] },
  {
    title: 'Fields and their values',
    rules: [
      LIST_TOO_LONG,
      UNKNOWN_FIELD,
      REQUIRED_FIELD,
      REQUIRED_BY_STATUS,
      TITLE_FORMAT,
      FIELD_TYPE,
      ALLOWED_VALUES,
      FIELD_EMPTY,
      FIELD_RANGE,
      DUPLICATE_ITEM,
      HANDLE_FORMAT,
      FIELD_FORMAT,
      SCHEMA_CATCH_ALL,
    ],
  },
  {
    title: 'Times and dates',
    rules: [TIMESTAMP_FORMAT, TIMESTAMP_ZONE, DATE_FORMAT, TIMESTAMP_ORDER, TIMESTAMP_FUTURE, DETECTED_AT_MISSING],
  },
  { title: 'Values from the config', rules: [SEVERITY_VALUE, CATEGORY_VALUE, SERVICE_VALUE] },
  {
    title: 'Ids and references',
    rules: [ID_FORMAT, ID_DUPLICATE, FILE_NAME_MISMATCH, REFERENCE_UNKNOWN, REFERENCE_SELF],
  },
  {
    title: 'Follow-ups',
    rules: [
      FOLLOW_UP_ID_FORMAT,
      FOLLOW_UP_ID_DUPLICATE,
      FOLLOW_UPS_REQUIRED,
      FOLLOW_UPS_TOO_MANY,
      FOLLOW_UP_OWNER,
      FOLLOW_UP_CLOSED_AT,
    ],
  },
  { title: 'Review sections', rules: [REVIEW_SECTION_MISSING, REVIEW_SECTION_EMPTY] },
  {
    title: 'The config file (.incidents.yml)',
    rules: [CONFIG_NOT_MAPPING, CONFIG_DUPLICATE_ID, CONFIG_GOAL_TARGET, CONFIG_LABEL_COMMA, CONFIG_UNKNOWN_SEVERITY],
  },
];

/** Where every rule is documented, one heading (anchor = rule id) per rule. */
export const DOCS_URL = 'https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md';

/** Every rule a finding can name, in the order docs/rules.md lists them. */
export const RULES: readonly RuleDefinition[] = RULE_AREAS.flatMap((area) => area.rules);

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, or undefined for an id no rule has. */
export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** The link to one rule's section of docs/rules.md. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}#${encodeURIComponent(id)}`;
}
