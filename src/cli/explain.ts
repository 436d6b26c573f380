import { renderExplain, renderRuleList, unknownRuleMessage } from '../report/explain';
import { RULES, ruleById } from '../validate/registry';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { CliIo } from './io';

/** `incidents explain [rule]`: one rule explained, or the list of every rule. */
export function explainCommand(rule: string | undefined, io: CliIo): number {
  if (rule === undefined || rule === '') {
    io.writeOut(renderRuleList());
    return EXIT_OK;
  }
  const found = ruleById(rule.trim());
  if (!found) {
    io.writeErr(
      `incidents: ${unknownRuleMessage(
        rule,
        RULES.map((r) => r.id),
      )}`,
    );
    return EXIT_USAGE;
  }
  io.writeOut(renderExplain(found));
  return EXIT_OK;
}
