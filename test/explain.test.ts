import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCommand } from '../src/cli/explain';
import { RULES_DOC_FILE, renderRulesDoc } from '../src/report/rules-doc';
import { DOCS_URL, RULE_AREAS, RULES } from '../src/validate/registry';
import { captureIo, ROOT } from './helpers';

describe('incidents explain', () => {
  it('explains one rule: summary, why it matters, a wrong and a right example, where to read more', () => {
    const io = captureIo(ROOT);
    expect(explainCommand('severity-value', io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(io.out.join('')).toBe(
      [
        'severity-value (error): severity is one of the severities in .incidents.yml (by default SEV1 to SEV4), or unknown in a historical record',
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
      ].join('\n'),
    );
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
    expect(lines).toContain(
      '  severity-value           error    severity is one of the severities in .incidents.yml (by default SEV1 to SEV4), or unknown in a historical record',
    );
    expect(lines).toContain('  follow-up-owner          warning  each open follow-up has an owner');
    for (const area of RULE_AREAS) expect(lines).toContain(area.title);
    for (const rule of RULES) {
      expect(lines.filter((line) => line.startsWith(`  ${rule.id} `))).toEqual([
        `  ${rule.id.padEnd(23)}  ${rule.severity.padEnd(7)}  ${rule.summary}`,
      ]);
    }
    expect(out.endsWith('goals count only severities that the config defines\n')).toBe(true);
  });

  it('exits 2 for an unknown rule, with did-you-mean and where to find the list', () => {
    const typo = captureIo(ROOT);
    expect(explainCommand('severty-value', typo)).toBe(2);
    expect(typo.out).toEqual([]);
    expect(typo.err.join('')).toBe(
      "incidents: unknown rule 'severty-value'; did you mean 'severity-value'?\nrun 'incidents explain' for the list of rules\n",
    );

    const family = captureIo(ROOT);
    expect(explainCommand('timestamp', family)).toBe(2);
    expect(family.err.join('')).toBe(
      "incidents: unknown rule 'timestamp'; the rules with 'timestamp' in their name are 'timestamp-format', 'timestamp-zone', 'timestamp-order' and 'timestamp-future'\nrun 'incidents explain' for the list of rules\n",
    );
    const one = captureIo(ROOT);
    expect(explainCommand('symlink', one)).toBe(2);
    expect(one.err.join('')).toBe(
      "incidents: unknown rule 'symlink'; did you mean 'file-symlink'?\nrun 'incidents explain' for the list of rules\n",
    );

    const unknown = captureIo(ROOT);
    expect(explainCommand('no-such-rule-at-all', unknown)).toBe(2);
    expect(unknown.err.join('')).toBe(
      "incidents: unknown rule 'no-such-rule-at-all'\nrun 'incidents explain' for the list of rules\n",
    );
  });
});

describe('docs/rules.md', () => {
  it('keeps the committed docs/rules.md equal to what scripts/rules-doc.ts renders (run it after changing a rule)', () => {
    expect(readFileSync(path.join(ROOT, RULES_DOC_FILE), 'utf8')).toBe(renderRulesDoc());
  });

  it('gives every rule a heading in docs/rules.md whose anchor is the rule id, and no other heading that anchor', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-');
    let inFence = false;
    const headings = renderRulesDoc()
      .split('\n')
      .filter((line) => {
        if (line.startsWith('```')) inFence = !inFence;
        return !inFence && /^#{1,6} /.test(line);
      })
      .map((line) => line.replace(/^#+ /, ''));
    const anchors = headings.map(slug);
    for (const rule of RULES) expect(anchors.filter((anchor) => anchor === rule.id)).toHaveLength(1);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(DOCS_URL).toBe('https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md');
  });
});
