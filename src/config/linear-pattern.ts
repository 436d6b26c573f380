import { RE2JS } from 're2js';
import type { IdPattern } from '../core/config';

/*
 * A config's id_pattern comes from whoever can edit .incidents.yml, which a
 * pull request can. JavaScript's own engine backtracks: '^(a+)+$' against
 * 28 a's and a '!' took 44 s and doubled with each character. RE2 (here its
 * JavaScript port) matches in time linear in the id, whatever the pattern;
 * what it cannot do in linear time (lookarounds, backreferences) it refuses,
 * and the config says so (rules/id-pattern.ts).
 */

/** Why RE2 refuses the pattern, or undefined when it compiles. */
export function linearPatternProblem(source: string): string | undefined {
  try {
    RE2JS.compile(RE2JS.translateRegExp(source));
    return undefined;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '');
  }
}

/** The pattern, matched in linear time: `test` searches the id as RegExp.prototype.test does. */
export function linearIdPattern(source: string): IdPattern {
  const compiled = RE2JS.compile(RE2JS.translateRegExp(source));
  return { source, test: (id) => compiled.matcher(id).find() };
}
