import type { Severity } from './finding';

/** The language of an example, for the code fence in docs/rules.md. */
export type ExampleLanguage = 'yaml' | 'markdown' | 'text';

/** One entry of the repository an example stands for, by its path from the root: text, raw bytes or a symbolic link. */
export type ExampleFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly bytes: Uint8Array }
  | { readonly path: string; readonly linkTo: string };

/** The files of the repository an example stands for, built from the example's text. */
export type ExampleRepository = (shown: string) => readonly ExampleFile[];

/**
 * One rule: the id its findings carry, and what `incidents explain <rule>`
 * and docs/rules.md say about it. It is defined beside the check that
 * emits it, and its examples run (test/rules.test.ts): the wrong one must
 * break this rule and no other, the right one nothing at all.
 */
export interface RuleDefinition<Id extends string = string> {
  /** The rule id findings carry. */
  readonly id: Id;
  /** The severity the rule reports with unless its check says otherwise. */
  readonly severity: Severity;
  /** What it checks, in one line. */
  readonly summary: string;
  /** Why it matters, in one or two plain sentences. */
  readonly why: string;
  /** A few lines that break the rule: only the lines that matter, as people read them. */
  readonly wrong: string;
  /** The same lines, fixed. */
  readonly right: string;
  /** The examples' language; YAML frontmatter unless said otherwise. */
  readonly language?: ExampleLanguage;
  /**
   * What makes an example a repository to run, for both examples or for
   * each: by default its lines are overlaid on a small valid incident
   * (inIncident() in rule-examples.ts).
   */
  readonly repository?: ExampleRepository | { readonly wrong?: ExampleRepository; readonly right?: ExampleRepository };
}

/** A rule definition, its id kept as the literal it is, so a check's finding type can name the ids it emits. */
export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}

/** Example lines, one argument per line. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
