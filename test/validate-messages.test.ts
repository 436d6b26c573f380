import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { parseYaml } from '../src/incidents/yaml/parse';
import { FIXTURES, NOW } from './helpers';

function repoWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const MINIMAL = (extra = '') => `---
id: 2026-03-04-checkout-errors
title: Checkout errors
status: investigating
severity: SEV2
started_at: 2026-03-04T09:12:00Z
${extra}---
# Summary
`;

describe('what a user sees for the classic mistakes', () => {
  it("reports a typo'd key, a bad enum value, a naive timestamp and a missing section at their lines and columns", async () => {
    const result = await validateIncidents({
      cwd: path.join(FIXTURES, 'validate', 'four-findings'),
      paths: [],
      now: NOW,
    });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      "5:1 unknown-field unknown field 'serverity'; did you mean 'severity'?",
      "8:13 timestamp-zone started_at has no time zone (got '2026-03-04T09:12:00')",
      "13:11 allowed-values detection.method must be one of alert, customer, employee, automated-test, other (got 'pager')",
      "52:1 review-section-missing missing section 'Timeline': a reviewed SEV1 incident needs it",
    ]);
    expect(result.findings[3]!.hint).toBe(
      "add a '## Timeline' heading before the 'Contributing Factors' section (line 52), and what belongs under it; SEV1 reviews need Summary, Impact, Timeline, Contributing factors, Follow-ups",
    );
    expect(result.errors).toBe(4);
  });

  it('names the allowed severities and the value it got, at the value', async () => {
    const cwd = repoWith({
      'incidents/2026-03-04-checkout-errors.md': MINIMAL().replace('severity: SEV2', 'severity: SEV5'),
    });
    const [finding] = (await validateIncidents({ cwd, paths: [], now: NOW })).findings;
    expect(finding).toEqual({
      file: 'incidents/2026-03-04-checkout-errors.md',
      line: 5,
      column: 11,
      rule: 'severity-value',
      severity: 'error',
      message: "severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV5')",
      hint: "use one of SEV1, SEV2, SEV3, SEV4, or add a new severity to 'severities' in .incidents.yml",
    });
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const cwd = repoWith({ 'incidents/huge.md': Buffer.alloc(50 * 1024 * 1024, 'a') });
    const result = await validateIncidents({ cwd, paths: [], now: NOW });
    expect(result.findings).toEqual([
      {
        file: 'incidents/huge.md',
        line: 1,
        column: 1,
        rule: 'file-too-large',
        severity: 'error',
        message: 'the file is 50.0 MiB, larger than the 1.0 MiB limit for an incident file',
        hint: 'move logs, dumps and screenshots out of the file and link to them instead',
      },
    ]);
  });

  it('keeps YAML values as written: dates and "no" stay strings', () => {
    expect(parseYaml('due: 2026-03-04\nanswer: no\nstarted_at: 2026-03-04T09:12:00Z\n')).toEqual({
      ok: true,
      data: { due: '2026-03-04', answer: 'no', started_at: '2026-03-04T09:12:00Z' },
    });
  });

  it('flags a future timestamp against the clock it is given', async () => {
    const cwd = repoWith({ 'incidents/2026-03-04-checkout-errors.md': MINIMAL('detected_at: 2026-11-24T00:00:00Z\n') });
    const messages = (await validateIncidents({ cwd, paths: [], now: NOW })).findings.map((f) => f.message);
    expect(messages).toEqual(['detected_at (2026-11-24T00:00:00Z) is in the future']);
  });

  it('validates only the named files but checks references against the whole repository', async () => {
    const cwd = repoWith({
      'incidents/2026-03-04-checkout-errors.md': MINIMAL(),
      'incidents/2026-03-05-checkout-again.md': MINIMAL('repeat_of: 2026-03-04-checkout-errors\n').replace(
        '2026-03-04-checkout-errors\ntitle',
        '2026-03-05-checkout-again\ntitle',
      ),
      'incidents/broken.md': 'not an incident',
    });
    const result = await validateIncidents({ cwd, paths: ['incidents/2026-03-05-checkout-again.md'], now: NOW });
    expect(result).toEqual({ findings: [], files: 1, errors: 0, warnings: 0 });
  });

  it('does not follow a symbolic link out of the incidents folder', async () => {
    const outside = repoWith({ 'secret.md': MINIMAL() });
    const cwd = repoWith({ 'incidents/2026-03-04-checkout-errors.md': MINIMAL() });
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(outside, 'secret.md'), path.join(cwd, 'incidents', 'linked.md'));
    const findings = (await validateIncidents({ cwd, paths: [], now: NOW })).findings;
    expect(findings.map((f) => [f.file, f.rule, f.severity, f.message])).toEqual([
      ['incidents/linked.md', 'file-symlink', 'warning', 'symbolic link not followed'],
    ]);
  });

  it('skips batch review records when looking for incidents, but checks them against the review schema', async () => {
    const cwd = repoWith({});
    cpSync(path.join(FIXTURES, 'validate', 'reviews'), cwd, { recursive: true });
    const files = (await validateIncidents({ cwd, paths: [], now: NOW })).findings.map((f) => f.file);
    expect(new Set(files)).toEqual(new Set(['incidents/reviews/2026-Q2.md']));
  });
});
