import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  CATEGORY_VALUE,
  DETECTED_AT_MISSING,
  FILE_NAME_MISMATCH,
  FOLLOW_UPS_REQUIRED,
  FOLLOW_UPS_TOO_MANY,
  FOLLOW_UP_CLOSED_AT,
  FOLLOW_UP_ID_DUPLICATE,
  FOLLOW_UP_OWNER,
  ID_DUPLICATE,
  ID_FORMAT,
  REFERENCE_SELF,
  REFERENCE_UNKNOWN,
  REVIEW_SECTION_EMPTY,
  REVIEW_SECTION_MISSING,
  SERVICE_VALUE,
  SEVERITY_VALUE,
  TIMESTAMP_FUTURE,
  TIMESTAMP_ORDER,
  TITLE_FORMAT
} from "./declare+explain+review+sync+validate+worker.js";
import {
  ALLOWED_VALUES,
  CONFIG_DUPLICATE_ID,
  CONFIG_GOAL_TARGET,
  CONFIG_LABEL_COMMA,
  CONFIG_NOT_MAPPING,
  CONFIG_UNKNOWN_SEVERITY,
  DATE_FORMAT,
  DUPLICATE_ITEM,
  FIELD_EMPTY,
  FIELD_FORMAT,
  FIELD_RANGE,
  FIELD_TYPE,
  FILE_NOT_TEXT,
  FILE_SYMLINK,
  FILE_TOO_LARGE,
  FOLLOW_UP_ID_FORMAT,
  FRONTMATTER_MISSING,
  FRONTMATTER_NOT_MAPPING,
  FRONTMATTER_UNCLOSED,
  HANDLE_FORMAT,
  LIST_TOO_LONG,
  REQUIRED_BY_STATUS,
  REQUIRED_FIELD,
  SCHEMA_CATCH_ALL,
  TIMESTAMP_FORMAT,
  TIMESTAMP_ZONE,
  UNKNOWN_FIELD,
  YAML_ALIAS,
  YAML_DUPLICATE_KEY,
  YAML_SYNTAX,
  YAML_TAB,
  YAML_TAG,
  YAML_TOO_DEEP
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";

// src/validate/registry.ts
var RULE_AREAS = [
  {
    title: "Files and frontmatter",
    rules: [
      FILE_NOT_TEXT,
      FILE_TOO_LARGE,
      FILE_SYMLINK,
      FRONTMATTER_MISSING,
      FRONTMATTER_UNCLOSED,
      FRONTMATTER_NOT_MAPPING
    ]
  },
  { title: "YAML", rules: [YAML_SYNTAX, YAML_DUPLICATE_KEY, YAML_TAB, YAML_TAG, YAML_ALIAS, YAML_TOO_DEEP] },
  {
    title: "Fields and their values",
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
      SCHEMA_CATCH_ALL
    ]
  },
  {
    title: "Times and dates",
    rules: [TIMESTAMP_FORMAT, TIMESTAMP_ZONE, DATE_FORMAT, TIMESTAMP_ORDER, TIMESTAMP_FUTURE, DETECTED_AT_MISSING]
  },
  { title: "Values from the config", rules: [SEVERITY_VALUE, CATEGORY_VALUE, SERVICE_VALUE] },
  {
    title: "Ids and references",
    rules: [ID_FORMAT, ID_DUPLICATE, FILE_NAME_MISMATCH, REFERENCE_UNKNOWN, REFERENCE_SELF]
  },
  {
    title: "Follow-ups",
    rules: [
      FOLLOW_UP_ID_FORMAT,
      FOLLOW_UP_ID_DUPLICATE,
      FOLLOW_UPS_REQUIRED,
      FOLLOW_UPS_TOO_MANY,
      FOLLOW_UP_OWNER,
      FOLLOW_UP_CLOSED_AT
    ]
  },
  { title: "Review sections", rules: [REVIEW_SECTION_MISSING, REVIEW_SECTION_EMPTY] },
  {
    title: "The config file (.incidents.yml)",
    rules: [CONFIG_NOT_MAPPING, CONFIG_DUPLICATE_ID, CONFIG_GOAL_TARGET, CONFIG_LABEL_COMMA, CONFIG_UNKNOWN_SEVERITY]
  }
];
var DOCS_URL = "https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md";
var RULES = RULE_AREAS.flatMap((area) => area.rules);
var BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleById(id) {
  return BY_ID.get(id);
}
function ruleDocsUrl(id) {
  return `${DOCS_URL}#${encodeURIComponent(id)}`;
}

export {
  RULE_AREAS,
  RULES,
  ruleById,
  ruleDocsUrl
};
