import { RULE_AREAS, type RuleDoc } from './catalog/index';

export type { ExampleLanguage, RuleArea, RuleDoc } from './catalog/index';
export { RULE_AREAS };

/** Where every rule is documented, one heading (anchor = rule id) per rule. */
export const DOCS_URL = 'https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md';

/** Every rule a finding can name, in the order docs/rules.md lists them. */
export const RULE_CATALOG: readonly RuleDoc[] = RULE_AREAS.flatMap((area) => area.rules);

const BY_ID = new Map(RULE_CATALOG.map((rule) => [rule.id, rule]));

/** The documentation of one rule, or undefined for an id no rule has. */
export function ruleDoc(id: string): RuleDoc | undefined {
  return BY_ID.get(id);
}

/** The link to one rule's section of docs/rules.md. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}#${encodeURIComponent(id)}`;
}
