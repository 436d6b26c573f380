import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCommand } from '../src/cli/explain';
import { RULES_DOC_FILE, renderRulesDoc } from '../src/report/rules-doc';
import { DOCS_URL, RULE_AREAS, RULE_CATALOG } from '../src/validate/registry';
import { captureIo, ROOT } from './helpers';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every rule id written as a literal in src/: `rule: 'x'`, and the parse failures `fail(file, 'x', ...)`. */
function emittedRuleIds(): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  const catalog = path.join(ROOT, 'src', 'validate', 'catalog');
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    if (file.startsWith(`${catalog}${path.sep}`)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\brule: '([^']+)'|\bfail\(file, '([^']+)'/g)) {
      const id = match[1] ?? match[2] ?? '';
      ids.set(id, [...(ids.get(id) ?? []), path.relative(ROOT, file)]);
    }
  }
  return ids;
}

describe('incidents explain', () => {
  it('explains one rule: summary, why it matters, a wrong and a right example, where to read more', () => {
    const io = captureIo(ROOT);
    expect(explainCommand('severity-value', io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(io.out.join('')).toBe([
      'severity-value (error): severity is one of the severities in .incidents.yml (by default SEV1 to SEV4)',
      '',
      'Why it matters',
      '  The severity decides which review sections are required and how fast the',
      '  review is due. A severity the config does not define gets neither, and drops',
      '  out of every count by severity.',
      '',
      'Wrong',
      '  severity: high',
      '',
      'Right',
      '  severity: SEV1',
      '',
      'More: https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md#severity-value',
      '',
    ].join('\n'));
  });

  it('lists every rule with its severity and summary when no rule is named', () => {
    const io = captureIo(ROOT);
    expect(explainCommand(undefined, io)).toBe(0);
    const out = io.out.join('');
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      "Rules incidents validate checks; run 'incidents explain <rule>' for one of them.",
      '',
      'Files and frontmatter',
      '  file-not-text            error    the file is UTF-8 text, not a binary file or another encoding',
    ]);
    expect(lines).toContain('  severity-value           error    severity is one of the severities in .incidents.yml (by default SEV1 to SEV4)');
    expect(lines).toContain('  follow-up-owner          warning  each open follow-up has an owner');
    for (const area of RULE_AREAS) expect(lines).toContain(area.title);
    for (const rule of RULE_CATALOG) {
      expect(lines.filter((line) => line.startsWith(`  ${rule.id} `))).toEqual([`  ${rule.id.padEnd(23)}  ${rule.severity.padEnd(7)}  ${rule.summary}`]);
    }
    expect(out.endsWith('goals count only severities that the config defines\n')).toBe(true);
  });

  it('exits 2 for an unknown rule, with did-you-mean and where to find the list', () => {
    const typo = captureIo(ROOT);
    expect(explainCommand('severty-value', typo)).toBe(2);
    expect(typo.out).toEqual([]);
    expect(typo.err.join('')).toBe("incidents: unknown rule 'severty-value'; did you mean 'severity-value'?\nrun 'incidents explain' for the list of rules\n");

    const unknown = captureIo(ROOT);
    expect(explainCommand('no-such-rule-at-all', unknown)).toBe(2);
    expect(unknown.err.join('')).toBe("incidents: unknown rule 'no-such-rule-at-all'\nrun 'incidents explain' for the list of rules\n");
  });
});

describe('the rule catalog', () => {
  it('documents every rule id the code can emit', () => {
    const emitted = emittedRuleIds();
    const documented = new Set(RULE_CATALOG.map((rule) => rule.id));
    const missing = [...emitted].filter(([id]) => !documented.has(id)).map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
    // The scan itself works: rules from every place findings are made.
    for (const id of ['file-not-text', 'frontmatter-missing', 'file-symlink', 'yaml-tab', 'unknown-field', 'severity-value', 'config-duplicate-id']) expect(emitted.has(id)).toBe(true);
  });

  it('documents only rules the code emits, each once, with every part filled in', () => {
    const emitted = emittedRuleIds();
    expect(RULE_CATALOG.filter((rule) => !emitted.has(rule.id)).map((rule) => rule.id)).toEqual([]);
    const ids = RULE_CATALOG.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_CATALOG) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const part of [rule.summary, rule.why, rule.wrong, rule.right]) expect(part.trim()).not.toBe('');
      expect(rule.summary).not.toContain('\n');
      expect(rule.wrong).not.toBe(rule.right);
      expect(`${rule.wrong}\n${rule.right}`).not.toContain('```');
    }
  });

  it('keeps the committed docs/rules.md equal to what scripts/rules-doc.ts renders (run it after changing the catalog)', () => {
    expect(readFileSync(path.join(ROOT, RULES_DOC_FILE), 'utf8')).toBe(renderRulesDoc());
  });

  it('gives every rule a heading in docs/rules.md whose anchor is the rule id, and no other heading that anchor', () => {
    const slug = (heading: string) => heading.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
    let inFence = false;
    const headings = renderRulesDoc().split('\n').filter((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      return !inFence && /^#{1,6} /.test(line);
    }).map((line) => line.replace(/^#+ /, ''));
    const anchors = headings.map(slug);
    for (const rule of RULE_CATALOG) expect(anchors.filter((anchor) => anchor === rule.id)).toHaveLength(1);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(DOCS_URL).toBe('https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md');
  });
});
