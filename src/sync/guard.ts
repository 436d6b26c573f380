import { listSome } from '../core/describe';
import type { Plan } from './types';

/**
 * More new issues than this in one run, while issues the tool filed before
 * are unaccounted for, means it has most likely lost track of them (markers
 * edited away, a renamed label, a new token) rather than met that many new
 * follow-ups: it stops before filing a second copy of each.
 */
export const MASS_FILING_LIMIT = 5;

/** Why a plan must not be applied without a person's say-so, or undefined when it may. */
export function massFilingReason(plan: Plan, allowFlag: string): string | undefined {
  const creates = plan.operations.filter((op) => op.kind === 'create').length;
  const earlier = plan.ignored.filter((i) => i.app !== null);
  const lost = plan.unmatched.length + earlier.length;
  if (creates <= MASS_FILING_LIMIT || lost === 0) return undefined;
  const examples = [
    ...plan.unmatched.map((u) => `#${u.issue} (${u.why})`),
    ...earlier.map((i) => `#${i.issue} (written by @${i.author}, another token)`),
  ];
  return (
    `sync would file ${creates} new issues while ${lost} issue(s) it filed earlier match no follow-up: ${listSome(examples, 5)}. ` +
    'Nothing was written. If people edited those issues or the token changed, put the issues right (or close them) and run again; ' +
    `to file the ${creates} issues anyway, run with ${allowFlag}`
  );
}
