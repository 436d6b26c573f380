import type { Severity } from '../../core/finding';

/** The language of an example, for the code fence in docs/rules.md. */
export type ExampleLanguage = 'yaml' | 'markdown' | 'text';

/** What `incidents explain <rule>` and docs/rules.md say about one rule. */
export interface RuleDoc {
  /** The rule id findings carry. */
  readonly id: string;
  /** The severity the rule reports with unless its entry says otherwise. */
  readonly severity: Severity;
  /** What it checks, in one line. */
  readonly summary: string;
  /** Why it matters, in one or two plain sentences. */
  readonly why: string;
  /** A few lines that break the rule. */
  readonly wrong: string;
  /** The same lines, fixed. */
  readonly right: string;
  /** The examples' language; YAML frontmatter unless said otherwise. */
  readonly language?: ExampleLanguage;
}

/** Rules of one area, in the order docs/rules.md lists them. */
export interface RuleArea {
  readonly title: string;
  readonly rules: readonly RuleDoc[];
}

/** Example lines, one argument per line. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
