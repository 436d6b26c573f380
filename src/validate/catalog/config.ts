import { lines, type RuleArea } from './types';

export const CONFIG: RuleArea = {
  title: 'The config file (.incidents.yml)',
  rules: [
    {
      id: 'config-not-mapping',
      severity: 'error',
      summary: "the config is a set of 'key: value' lines",
      why: 'Every setting is looked up by its key (severities, categories, services, ...); a list or a single value has no keys, so no command can run.',
      wrong: lines('- SEV1', '- SEV2'),
      right: lines('severities:', '  - id: SEV1', '    description: Most customers cannot order or pay.'),
    },
    {
      id: 'config-duplicate-id',
      severity: 'error',
      summary: 'severities, categories and services each list an id once',
      why: 'Two entries with one id can disagree (two descriptions, two review deadlines), and nobody can tell which one applies.',
      wrong: lines('categories:', '  - id: deploy', '    description: A deploy introduced the failure.', '  - id: deploy', '    description: A release went wrong.'),
      right: lines('categories:', '  - id: deploy', '    description: A deploy or release introduced the failure.'),
    },
    {
      id: 'config-goal-target',
      severity: 'error',
      summary: "a goal's target is in its metric's unit (a count, a duration, a share) and can be met",
      why: 'A batch review compares each goal with its target every period. A share above 100% or a time below zero is never met, and a duration compared with a percentage compares minutes with a fraction: the goal would show as missed for no reason.',
      wrong: lines('goals:', '  - name: Follow-ups get done', '    metric: follow_up_completion', '    target: ">= 120%"', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    target: ">= 80%"'),
      right: lines('goals:', '  - name: Follow-ups get done', '    metric: follow_up_completion', '    target: ">= 80%"', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    target: "<= 30m"'),
    },
    {
      id: 'config-unknown-severity',
      severity: 'error',
      summary: 'goals count only severities that the config defines',
      why: 'A goal filtered on a severity that does not exist counts no incidents, so it would look met or missing for the wrong reason.',
      wrong: lines('severities:', '  - id: SEV1', '  - id: SEV2', 'goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    where: { severity: [SEV0, SEV1] }', '    target: "<= 30m"'),
      right: lines('severities:', '  - id: SEV1', '  - id: SEV2', 'goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    where: { severity: [SEV1, SEV2] }', '    target: "<= 30m"'),
    },
  ],
};
