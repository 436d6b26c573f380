import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { referenceKeys, scanReferenceKeys } from '../src/incidents/scan-references';
import { captureIo, FIXTURES } from './helpers';
import { git, pullRequestRepository } from './pull-request-repository';

async function validate(cwd: string, ...args: string[]) {
  const io = captureIo(cwd);
  const code = await runCli(['validate', '--format', 'json', ...args], io);
  const out = io.out.join('');
  const json = out
    ? (JSON.parse(out) as {
        files: number;
        findings: { file: string; line: number; column: number; rule: string; message: string }[];
      })
    : undefined;
  return {
    code,
    err: io.err.join(''),
    files: json?.files,
    findings: json?.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
  };
}

describe('incidents validate --changed-since <ref>', () => {
  const repo = pullRequestRepository();

  it('checks the changed and added incident files, and in unchanged ones only references to what the change deletes', async () => {
    const run = await validate(repo, '--changed-since', 'main');
    expect(run.code).toBe(1);
    expect(run.findings).toEqual([
      "incidents/2026/2026-02-01-cache-stampede.md:7:12 reference-unknown repeat_of names '2026-01-10-db-failover', which this change deletes (incidents/2026/2026-01-10-db-failover.md)",
      "incidents/2026/2026-03-01-queue-backlog.md:5:11 severity-value severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV5')",
      "incidents/2026/2026-03-01-queue-backlog.md:9:5 reference-unknown related[1] names '2026-01-10-db-failover', which this change deletes (incidents/2026/2026-01-10-db-failover.md)",
      "incidents/2026/2026-03-05-login-errors.md:2:5 file-name-mismatch the file name '2026-03-05-login-errors.md' does not match the id '2026-02-15-dns-outage'",
      "incidents/2026/2026-03-05-login-errors.md:2:5 id-duplicate id '2026-02-15-dns-outage' is also used by incidents/2026/2026-02-15-dns-outage.md",
    ]);
    expect(run.files).toBe(3);
  });

  it('leaves unchanged files with their own problems alone (a full validate reports them)', async () => {
    const changed = await validate(repo, '--changed-since', 'main');
    const full = await validate(repo);
    expect(changed.findings!.filter((f) => f.includes('badge-printer'))).toEqual([]);
    expect(full.findings!.filter((f) => f.includes('badge-printer'))).toEqual([
      "incidents/2026/2026-01-20-badge-printer.md:5:11 severity-value severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV9')",
    ]);
  });

  it('takes a sha as well as a branch name', async () => {
    const sha = git(repo, 'rev-parse', 'main').toString().trim();
    expect((await validate(repo, '--changed-since', sha)).findings).toEqual(
      (await validate(repo, '--changed-since', 'main')).findings,
    );
  });

  it('counts a rename as a delete and an add: the id lives on, so references to it still hold', async () => {
    const renamed = pullRequestRepository();
    git(renamed, 'checkout', '--quiet', '-b', 'archive', 'main');
    git(renamed, 'mv', 'incidents/2026/2026-01-10-db-failover.md', 'incidents/2026-01-10-db-failover.md');
    git(renamed, 'commit', '--quiet', '-m', 'move');
    const run = await validate(renamed, '--changed-since', 'main');
    expect(run).toMatchObject({ code: 0, files: 1, findings: [] });
  });

  it('says so and exits 0 when no incident file changed', async () => {
    const io = captureIo(repo);
    expect(await runCli(['validate', '--changed-since', 'HEAD'], io)).toBe(0);
    expect(io.out.join('')).toBe('✔ no incident files changed since HEAD\n');
  });

  it('exits 2 for a ref the repository does not have, saying how to fetch it', async () => {
    const run = await validate(repo, '--changed-since', 'origin/main');
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "incidents: --changed-since: 'origin/main' is not a commit in this repository (fetch it first: actions/checkout with fetch-depth: 0)\n",
    );
  });

  it('exits 2 outside a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iac-no-git-'));
    cpSync(path.join(FIXTURES, 'changed', 'base'), dir, { recursive: true });
    const run = await validate(dir, '--changed-since', 'main');
    expect(run.code).toBe(2);
    expect(run.err).toBe(`incidents: --changed-since: ${dir} is not in a git repository\n`);
  });
});

describe('the frontmatter scanner for id, repeat_of and related', () => {
  it('reads plain and quoted values, flow lists and block lists, and skips every other key', () => {
    const yaml = [
      'id: 2026-03-01-queue-backlog # the id',
      'title: "Queue: backlog"',
      "repeat_of: '2026-01-10-db-failover'",
      'impact: |',
      '  id: not-this-one',
      'tags: [a, b]',
      'related:',
      '- 2026-02-15-dns-outage',
      "- 'it''s-quoted'",
      'follow_ups:',
      '  - title: x',
      '',
    ].join('\n');
    expect(scanReferenceKeys(yaml)).toEqual({
      id: '2026-03-01-queue-backlog',
      repeat_of: '2026-01-10-db-failover',
      related: ['2026-02-15-dns-outage', "it's-quoted"],
    });
    expect(scanReferenceKeys('related: [a-1, "b-2" , \'c-3\']\r\nid: x-1\r\n')).toEqual({
      related: ['a-1', 'b-2', 'c-3'],
      id: 'x-1',
    });
    expect(scanReferenceKeys('related:\n  - a-1\n  - b-2\nrepeat_of:\n')).toEqual({
      related: ['a-1', 'b-2'],
      repeat_of: null,
    });
    expect(scanReferenceKeys('related: []\n')).toEqual({ related: [] });
  });

  it('gives up on what it cannot be sure of, and the YAML parser answers instead', () => {
    const unsure = [
      'id: 12', // a number, not a string
      'id: true',
      'id: "escaped\\u0041"',
      'related: [a,\n  b]',
      'id: x\n  continued',
      'id: a\nid: b',
      '<<: {id: x}',
      'related:\n  - a\n    - b',
      'related: &r [a]',
      'title: "not closed\nid: x',
      '\tid: x',
    ];
    for (const yaml of unsure) expect(scanReferenceKeys(yaml), yaml).toBeUndefined();
    expect(referenceKeys('id: 12\nrelated: [a,\n  b]\n')).toEqual({ id: 12, related: ['a', 'b'] });
    expect(referenceKeys('id: "escaped\\u0041"\n')).toEqual({ id: 'escapedA' });
    expect(referenceKeys('- a list\n')).toBeUndefined();
  });
});
