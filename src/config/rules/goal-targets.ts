import type { SourceDocument } from '../../incidents/document';
import { parseTarget, type Target, type Unit } from '../goal-target';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { inConfig } from '../../core/rule-examples';
import { records } from '../../incidents/fields';

type ConfigDocument = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

export const CONFIG_GOAL_TARGET = defineRule({
  id: 'config-goal-target',
  severity: 'error',
  summary: "a goal's target is in its metric's unit (a count, a duration, a share) and can be met",
  why: 'A batch review compares each goal with its target every period. A share above 100% or a time below zero is never met, and a duration compared with a percentage compares minutes with a fraction: the goal would show as missed for no reason.',
  wrong: lines(
    'goals:',
    '  - name: Follow-ups get done',
    '    metric: follow_up_completion',
    '    target: ">= 120%"',
    '  - name: Fast mitigation',
    '    metric: time_to_mitigate',
    '    target: ">= 80%"',
  ),
  right: lines(
    'goals:',
    '  - name: Follow-ups get done',
    '    metric: follow_up_completion',
    '    target: ">= 80%"',
    '  - name: Fast mitigation',
    '    metric: time_to_mitigate',
    '    target: "<= 30m"',
  ),
  repository: inConfig,
});

/** The same test the config schema applies to `target`; what fails it is the schema's to report. */
const TARGET = /^\s*(<=|>=|<|>|==)\s*\d+(\.\d+)?\s*(%|m|h|d)?\s*$/;

/** What each metric is measured in, and so the unit its target must be written in. */
const METRIC_UNITS: Readonly<Record<string, Unit>> = {
  incident_count: 'count',
  time_to_detect: 'minutes',
  time_to_mitigate: 'minutes',
  time_to_resolve: 'minutes',
  follow_up_completion: 'share',
  customer_detected_share: 'share',
  repeat_share: 'share',
};

const UNIT_WORDS: Readonly<Record<Unit, { noun: string; example: string }>> = {
  count: { noun: 'a count', example: '"<= 2"' },
  minutes: { noun: 'a duration', example: '"<= 30m" (m, h or d)' },
  share: { noun: 'a share', example: '">= 80%"' },
};

/** Why no value the metric can take meets the target, or undefined when some value can. */
function impossible(target: Target): string | undefined {
  const max = target.unit === 'share' ? 1 : Infinity;
  const { op, value } = target;
  if (op === '<' && value <= 0) return 'nothing is measured below zero';
  if ((op === '>=' || op === '==') && value > max) return 'a share cannot be more than 100%';
  if (op === '>' && value >= max) return 'a share cannot be more than 100%';
  return undefined;
}

/**
 * Goal targets a batch review can judge: in the unit of their metric, and
 * reachable. A share above 100% or a time below zero is never met, and a
 * duration compared with a percentage compares minutes with a fraction;
 * either way the review would report a miss every period for no reason.
 */
export function goalTargetFindings(document: ConfigDocument): Finding[] {
  const findings: Finding[] = [];
  for (const { value: goal, index } of records(document.data.goals)) {
    const unit = typeof goal.metric === 'string' ? METRIC_UNITS[goal.metric] : undefined;
    if (unit === undefined || typeof goal.target !== 'string' || !TARGET.test(goal.target)) continue;
    const target = parseTarget(goal.target);
    const name = quote(String(goal.name ?? `goals[${index}]`));
    // Only a finding asks where the target is: a clean config is never parsed again for positions.
    const at = () => document.locate.value(['goals', index, 'target']);
    if (target.unit !== unit) {
      findings.push({
        file: document.file,
        ...at(),
        rule: CONFIG_GOAL_TARGET.id,
        severity: CONFIG_GOAL_TARGET.severity,
        message: `goal ${name} measures ${goal.metric}, ${UNIT_WORDS[unit].noun}, but its target ${quote(goal.target)} is ${UNIT_WORDS[target.unit].noun}`,
        hint: `write the target as ${UNIT_WORDS[unit].noun}, like ${UNIT_WORDS[unit].example}`,
      });
      continue;
    }
    const why = impossible(target);
    if (why) {
      findings.push({
        file: document.file,
        ...at(),
        rule: CONFIG_GOAL_TARGET.id,
        severity: CONFIG_GOAL_TARGET.severity,
        message: `goal ${name} can never be met: its target is ${quote(goal.target)}, and ${why}`,
        hint: `set a target that ${goal.metric} can reach, like ${UNIT_WORDS[unit].example}`,
      });
    }
  }
  return findings;
}
