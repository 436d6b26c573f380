import type { Position } from '../../core/finding';
import type { YamlRule } from './yaml-rules';

/** What is wrong with a piece of YAML, in a user's words, and where. */
export interface YamlProblem {
  readonly rule: YamlRule;
  readonly position: Position;
  readonly message: string;
  readonly hint: string;
}

/** A hint quotes the user's line back; a pasted paragraph there would bury the advice. */
const MAX_ECHO = 80;

/** A piece of the user's YAML, cut to fit in a message. */
export function cut(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO - 1)}…` : text;
}
