import type { SourceDocument } from '../../incidents/document';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { inConfig } from '../../core/rule-examples';
import { schemaFindings } from '../../schema/findings';
import { records } from '../../incidents/fields';

type ConfigDocument = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

export const CONFIG_DUPLICATE_ID = defineRule({
  id: 'config-duplicate-id',
  severity: 'error',
  summary: 'severities, categories and services each list an id once',
  why: 'Two entries with one id can disagree (two descriptions, two review deadlines), and nobody can tell which one applies.',
  wrong: lines(
    'categories:',
    '  - id: deploy',
    '    description: A deploy introduced the failure.',
    '  - id: deploy',
    '    description: A release went wrong.',
  ),
  right: lines('categories:', '  - id: deploy', '    description: A deploy or release introduced the failure.'),
  repository: inConfig,
});

export const CONFIG_UNKNOWN_SEVERITY = defineRule({
  id: 'config-unknown-severity',
  severity: 'error',
  summary: 'goals count only severities that the config defines',
  why: 'A goal filtered on a severity that does not exist counts no incidents, so it would look met or missing for the wrong reason.',
  wrong: lines(
    'severities:',
    '  - id: SEV1',
    '  - id: SEV2',
    'goals:',
    '  - name: Fast mitigation',
    '    metric: time_to_mitigate',
    '    where: { severity: [SEV0, SEV1] }',
    '    target: "<= 30m"',
  ),
  right: lines(
    'severities:',
    '  - id: SEV1',
    '  - id: SEV2',
    'goals:',
    '  - name: Fast mitigation',
    '    metric: time_to_mitigate',
    '    where: { severity: [SEV1, SEV2] }',
    '    target: "<= 30m"',
  ),
  repository: inConfig,
});

function duplicateIds(document: ConfigDocument, key: 'severities' | 'categories' | 'services'): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { value, index } of records(document.data[key])) {
    if (typeof value.id !== 'string') continue;
    if (seen.has(value.id)) {
      findings.push({
        file: document.file,
        ...document.locate.value([key, index, 'id']),
        rule: CONFIG_DUPLICATE_ID.id,
        severity: CONFIG_DUPLICATE_ID.severity,
        message: `${key} lists ${quote(value.id)} twice`,
        hint: 'remove or rename one of them',
      });
    }
    seen.add(value.id);
  }
  return findings;
}

function goalSeverities(document: ConfigDocument): Finding[] {
  const severities = records(document.data.severities).map((s) => s.value.id);
  if (severities.length === 0) return [];
  const findings: Finding[] = [];
  for (const { value: goal, index } of records(document.data.goals)) {
    const where = goal.where as { severity?: unknown } | undefined;
    if (!Array.isArray(where?.severity)) continue;
    where.severity.forEach((severity, i) => {
      if (typeof severity === 'string' && !severities.includes(severity)) {
        findings.push({
          file: document.file,
          ...document.locate.value(['goals', index, 'where', 'severity', i]),
          rule: CONFIG_UNKNOWN_SEVERITY.id,
          severity: CONFIG_UNKNOWN_SEVERITY.severity,
          message: `goal ${quote(String(goal.name))} counts severity ${quote(severity)}, which is not in severities`,
          hint: `use one of ${severities.join(', ')}`,
        });
      }
    });
  }
  return findings;
}

/** The config against its schema, plus what a schema cannot say. */
export function configFindings(document: ConfigDocument): Finding[] {
  const schema = schemaFindings(document, 'config');
  if (schema.length > 0) return schema;
  return [
    ...duplicateIds(document, 'severities'),
    ...duplicateIds(document, 'categories'),
    ...duplicateIds(document, 'services'),
    ...goalSeverities(document),
  ];
}
