import { didYouMean, listOf } from '../core/suggest';
import { RULE_AREAS, ruleDocsUrl, type RuleArea, type RuleDefinition } from '../validate/registry';

const WIDTH = 78;
const INDENT = '  ';

/** Plain words wrapped to the terminal's usual width, each line indented. */
function wrap(text: string, indent = INDENT, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

function indented(example: string): string[] {
  return example.split('\n').map((line) => (line ? `${INDENT}${line}` : ''));
}

/** `incidents explain <rule>`: what the rule checks, why, a wrong and a right example. */
export function renderExplain(rule: RuleDefinition): string {
  return [
    `${rule.id} (${rule.severity}): ${rule.summary}`,
    '',
    'Why it matters',
    ...wrap(rule.why),
    '',
    'Wrong',
    ...indented(rule.wrong),
    '',
    'Right',
    ...indented(rule.right),
    '',
    `More: ${ruleDocsUrl(rule.id)}`,
    '',
  ].join('\n');
}

/** `incidents explain`: every rule id with its severity and summary, by area. */
export function renderRuleList(areas: readonly RuleArea[] = RULE_AREAS): string {
  const width = Math.max(...areas.flatMap((area) => area.rules.map((rule) => rule.id.length)));
  const lines = ["Rules incidents validate checks; run 'incidents explain <rule>' for one of them.", ''];
  for (const area of areas) {
    lines.push(area.title);
    for (const rule of area.rules)
      lines.push(`${INDENT}${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** What to say about a rule id that no rule has (the caller prefixes 'incidents: '). */
export function unknownRuleMessage(given: string, ids: readonly string[]): string {
  const word = given.trim().toLowerCase();
  // A word of rule ids ('timestamp', 'follow-up') names a family of rules: offer them all.
  const family = word ? ids.filter((id) => `-${id}-`.includes(`-${word}-`)) : [];
  const guess = family.length ? undefined : didYouMean(given, ids);
  const offer =
    family.length === 1
      ? `; did you mean '${family[0]}'?`
      : family.length > 1
        ? `; the rules with '${word}' in their name are ${listOf(
            family.map((id) => `'${id}'`),
            'and',
          )}`
        : guess
          ? `; did you mean '${guess}'?`
          : '';
  return [`unknown rule '${given}'${offer}`, "run 'incidents explain' for the list of rules", ''].join('\n');
}
