import type { SourceDocument } from '../../incidents/document';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { schemaFindings } from '../../schema/findings';
import { records } from '../../incidents/fields';

type ConfigDocument = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

function duplicateIds(document: ConfigDocument, key: 'severities' | 'categories' | 'services'): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { value, index } of records(document.data[key])) {
    if (typeof value.id !== 'string') continue;
    if (seen.has(value.id)) {
      findings.push({
        file: document.file, ...document.locate.value([key, index, 'id']), rule: 'config-duplicate-id', severity: 'error',
        message: `${key} lists ${quote(value.id)} twice`, hint: 'remove or rename one of them',
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
          file: document.file, ...document.locate.value(['goals', index, 'where', 'severity', i]), rule: 'config-unknown-severity', severity: 'error',
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
  return [...duplicateIds(document, 'severities'), ...duplicateIds(document, 'categories'), ...duplicateIds(document, 'services'), ...goalSeverities(document)];
}
