import { renderExplain, renderRuleList, unknownRuleMessage } from '../report/explain';
import { RULE_CATALOG, ruleDoc } from '../validate/registry';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { CliIo } from './io';

/** `incidents explain [rule]`: one rule explained, or the list of every rule. */
export function explainCommand(rule: string | undefined, io: CliIo): number {
  if (rule === undefined || rule === '') {
    io.writeOut(renderRuleList());
    return EXIT_OK;
  }
  const doc = ruleDoc(rule.trim());
  if (!doc) {
    io.writeErr(`incidents: ${unknownRuleMessage(rule, RULE_CATALOG.map((r) => r.id))}`);
    return EXIT_USAGE;
  }
  io.writeOut(renderExplain(doc));
  return EXIT_OK;
}
