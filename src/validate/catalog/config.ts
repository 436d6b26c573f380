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
      id: 'config-unknown-severity',
      severity: 'error',
      summary: 'goals count only severities that the config defines',
      why: 'A goal filtered on a severity that does not exist counts no incidents, so it would look met or missing for the wrong reason.',
      wrong: lines('severities:', '  - id: SEV1', '  - id: SEV2', 'goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    where: { severity: [SEV0, SEV1] }', '    target: "<= 30m"'),
      right: lines('severities:', '  - id: SEV1', '  - id: SEV2', 'goals:', '  - name: Fast mitigation', '    metric: time_to_mitigate', '    where: { severity: [SEV1, SEV2] }', '    target: "<= 30m"'),
    },
  ],
};
