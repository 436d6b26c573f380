import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_CATCH_ALL } from '../src/schema/field-rules';
import { described, runExample } from './run-example';

/**
 * Every check of the shipped schemas has a rule of its own, so no file
 * reaches the catch-all today. Its examples suppose a limit the incident
 * schema does not have ('had the schema a limit of 200 characters on
 * impact.summary'); here the schema has it, and nothing else changes.
 */
vi.mock('../schemas/incident.schema.json', async (importOriginal) => {
  interface SchemaNode {
    properties?: Record<string, SchemaNode>;
    maxLength?: number;
  }
  const { SCHEMA_CATCH_ALL: rule } = await import('../src/schema/field-rules');
  const [, limit, field = ''] = /a limit of (\d+) characters on ([\w.]+)/.exec(rule.wrong) ?? [];
  const schema = structuredClone((await importOriginal<{ default: SchemaNode }>()).default);
  let node = schema;
  for (const key of field.split('.')) node = node.properties![key]!;
  node.maxLength = Number(limit);
  return { default: schema };
});

describe('schema, against the schema its examples suppose', () => {
  it('the wrong example breaks this rule and no other', async () => {
    const { findings } = await runExample(SCHEMA_CATCH_ALL, 'wrong');
    expect(findings.map(described)).toEqual([
      'incidents/2026/2026-03-04-checkout-errors.md:9:12 schema (error) impact.summary must NOT have more than 200 characters',
    ]);
  });

  it('the right example passes without a finding', async () => {
    expect((await runExample(SCHEMA_CATCH_ALL, 'right')).findings.map(described)).toEqual([]);
  });
});
