import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../src/core/rule';
import { RULE_AREAS, RULES } from '../src/validate/registry';
import { ROOT } from './helpers';
import { described, runExample } from './run-example';

/**
 * The catch-all's examples suppose a schema limit that no shipped schema
 * has (every check there has words of its own); rules-catch-all.test.ts
 * runs them against the schema they suppose.
 */
const SUPPOSING_ANOTHER_SCHEMA = new Set(['schema']);

/** The registry (in validate/) can import only these folders, so every rule is defined in one of them. */
const RULE_FOLDERS = ['core', 'incidents', 'schema', 'config', 'validate'];

function sourceFiles(folders: readonly string[] = readdirSync(path.join(ROOT, 'src'))): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(path.join(ROOT, 'src', folder), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(ROOT, 'src', folder, file)),
  );
}

function isRuleDefinition(value: unknown): value is RuleDefinition {
  const rule = value as Partial<RuleDefinition> | null;
  return (
    typeof rule === 'object' &&
    rule !== null &&
    ['id', 'severity', 'summary', 'why', 'wrong', 'right'].every(
      (key) => typeof rule[key as keyof RuleDefinition] === 'string',
    )
  );
}

/** Every rule definition any module exports, by the module it is in. */
async function definedRules(): Promise<Map<RuleDefinition, string>> {
  const found = new Map<RuleDefinition, string>();
  for (const file of sourceFiles(RULE_FOLDERS)) {
    const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(exported))
      if (isRuleDefinition(value)) found.set(value, path.relative(ROOT, file));
  }
  return found;
}

describe.each(RULES.filter((rule) => !SUPPOSING_ANOTHER_SCHEMA.has(rule.id)).map((rule) => [rule.id, rule] as const))(
  '%s',
  (id, rule) => {
    it('the wrong example breaks this rule and no other, with the severity it documents', async () => {
      const { findings, configRefused } = await runExample(rule, 'wrong');
      expect(findings.length, 'findings of the wrong example').toBeGreaterThan(0);
      expect(
        findings.filter((finding) => finding.rule !== id || finding.severity !== rule.severity).map(described),
      ).toEqual([]);
      // A finding in the config stops every command (exit 2); one in an incident does not.
      expect(configRefused).toBe(findings[0]!.file === '.incidents.yml');
    });

    it('the right example passes without a finding', async () => {
      const { findings, configRefused } = await runExample(rule, 'right');
      expect(findings.map(described)).toEqual([]);
      expect(configRefused).toBe(false);
    });
  },
);

describe('the rules', () => {
  it('are each defined once, with every part filled in', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RULES).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const part of [rule.summary, rule.why, rule.wrong, rule.right]) expect(part.trim()).not.toBe('');
      expect(rule.summary).not.toContain('\n');
      expect(rule.wrong).not.toBe(rule.right);
      expect(`${rule.wrong}\n${rule.right}`).not.toContain('```');
    }
  });

  it('are all listed by the registry, in one area each: a rule defined beside its check but not listed would go undocumented', async () => {
    const defined = await definedRules();
    const listed = new Set(RULES);
    expect([...defined].filter(([rule]) => !listed.has(rule)).map(([rule, file]) => `${rule.id} (${file})`)).toEqual(
      [],
    );
    expect(RULES.filter((rule) => !defined.has(rule)).map((rule) => rule.id)).toEqual([]);
    expect(RULE_AREAS.flatMap((area) => area.rules)).toEqual(RULES);
  });

  it('are named by their definitions in every check: no finding carries an id written as a string', () => {
    const texts = sourceFiles().map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
    const written = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/\brule: ['"`]([^'"`]*)/g)].map((match) => `${file}: ${match[1]}`),
    );
    expect(written).toEqual([]);
    // The scan reads the checks: they name definitions where the ids were.
    expect(texts.flatMap(({ text }) => [...text.matchAll(/\brule: [A-Z][A-Z_]+\b/g)]).length).toBeGreaterThan(20);
  });
});
