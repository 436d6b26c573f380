// What people do to the issues sync filed, and GitHub's answers that must
// not be retried or printed: each scenario ends with one issue per
// follow-up (see organisations.ts for how it is measured).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client';
import { changedFiles } from '../../src/github/api/pull-files';
import { MANAGED_START } from '../../src/sync/markers';
import { failure } from '../github-server/failure';
import { isWrite } from '../github-server/index';
import { repoWithFollowUps, TEST_TIMING } from '../sync-helpers';
import {
  cliSync,
  config,
  expectNoSecret,
  issuesPerFollowUp,
  KEYS,
  PAT,
  row,
  server,
  SOURCE,
  useServer,
  wrongCloses,
} from './organisations';

useServer();

const writes = () => server.requests.filter((r) => isWrite(r.method, r.path) && r.status < 400).length;
const issues = () => server.state.repo(SOURCE)!.issues;

describe("people's edits to the issues sync filed", () => {
  const edits: [string, (cwd: string) => void, string][] = [
    [
      'a person removes the follow-up label from every issue',
      () => {
        for (const issue of issues()) issue.labels = [];
      },
      'found by author and marker; the label put back',
    ],
    [
      'a person clears the body of every issue',
      () => {
        for (const issue of issues()) issue.body = '';
      },
      'found by title; the managed part put back',
    ],
    [
      'a person rewrites every description (the hidden markers go)',
      () => {
        for (const issue of issues()) issue.body = 'We will do this with the platform team instead.';
      },
      "found by title; the managed part put back above the person's text",
    ],
    [
      'follow_ups.label renamed in the config (follow-up -> reliability)',
      (cwd) => config(cwd, 'follow_ups:\n  label: reliability\n'),
      'found by author and marker; relabelled',
    ],
  ];

  for (const [scenario, edit, how] of edits) {
    it(`${scenario}: the next sync files nothing new (${how})`, async (context) => {
      const cwd = repoWithFollowUps(3);
      expect((await cliSync(cwd)).code).toBe(0);
      edit(cwd);
      const after = await cliSync(cwd);
      const again = await cliSync(cwd);
      expect([after.code, after.err, again.code, again.err]).toEqual([0, '', 0, '']);
      expect(after.out).toMatch(/^Synced follow-ups with acme\/web: created 0, updated 3, closed 0\n/);
      expect(again.out).toBe('Synced follow-ups with acme/web: created 0, updated 0, closed 0\n');
      expect(issues()).toHaveLength(3);
      expect(issuesPerFollowUp(SOURCE, KEYS(3))).toEqual([1, 1, 1]);
      expect(issues().every((i) => i.body?.startsWith(MANAGED_START))).toBe(true);
      if (scenario.includes('rewrites'))
        expect(issues()[0]!.body!.endsWith('\n\nWe will do this with the platform team instead.')).toBe(true);
      expect(wrongCloses(SOURCE)).toBe(0);
      expectNoSecret(after.out, after.err, again.out, again.err);
      row(context, scenario, { runs: '3', perFollowUp: '1', requests: server.requests.length });
    });
  }

  it('stops before filing a second copy of many issues it lost track of, and files them when told to', async (context) => {
    const cwd = repoWithFollowUps(8);
    await cliSync(cwd);
    // A bulk edit: every title and body rewritten, so neither marker nor title finds them.
    for (const issue of issues()) {
      issue.title = `Tracked elsewhere: ${issue.number}`;
      issue.body = 'Moved to the platform board.';
    }
    const before = writes();
    const stopped = await cliSync(cwd);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toBe(
      'incidents: sync would file 8 new issues while 8 issue(s) it filed earlier match no follow-up: #1 (marker removed), #2 (marker removed), #3 (marker removed), #4 (marker removed), #5 (marker removed), and 3 more. Nothing was written. If people edited those issues or the token changed, put the issues right (or close them) and run again; to file the 8 issues anyway, run with --allow-mass-filing\n',
    );
    expect(writes()).toBe(before);
    const allowed = await cliSync(cwd, {}, ['--allow-mass-filing']);
    expect(allowed.code).toBe(0);
    expect(issuesPerFollowUp(SOURCE, KEYS(8))).toEqual(Array(8).fill(1));
    expect(wrongCloses(SOURCE)).toBe(0);
    expectNoSecret(stopped.out, stopped.err, allowed.out, allowed.err);
    row(context, 'every title and body of 8 issues rewritten (stopped: 0 writes), then --allow-mass-filing', {
      runs: '1 + 1 stopped + 1',
      perFollowUp: '1 (the 8 rewritten issues left as people made them)',
      requests: server.requests.length,
    });
  });
});

describe("an incident id with '/' (a custom id_pattern)", () => {
  it('leaves its issues alone while its file is invalid', async (context) => {
    const cwd = repoWithFollowUps(2);
    config(cwd, 'id_pattern: "^[A-Z]+/[0-9]+$"\n');
    const file = path.join(cwd, 'incidents', '2026-05-01-many.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: 2026-05-01-many', 'id: OPS/7'));
    expect((await cliSync(cwd)).code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('severity: SEV3', 'severity: SEV9'));
    const broken = await cliSync(cwd);
    expect(broken.code).toBe(0);
    expect(broken.out).toBe(
      'Synced follow-ups with acme/web: created 0, updated 0, closed 0\nnote: 1 incident file(s) cannot be read or have errors in their frontmatter, and are not synced until fixed: incidents/2026-05-01-many.md\n',
    );
    expect(issues().map((i) => i.state)).toEqual(['open', 'open']);
    expect(issuesPerFollowUp(SOURCE, ['OPS/7/item-1', 'OPS/7/item-2'])).toEqual([1, 1]);
    row(context, "incident id 'OPS/7', then its file made invalid", {
      runs: '2',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });
});

describe('answers that will not change are not retried', () => {
  it('sends a 404, a 422 and a 403 once each; a 502 four times', async (context) => {
    const client = createClient({
      token: PAT,
      baseUrl: server.url,
      log: { info: () => undefined, warn: () => undefined },
      timing: TEST_TIMING,
    });
    const repo = { owner: 'acme', repo: 'web' };
    const sent = (test: (path: string) => boolean) => server.requests.filter((r) => test(r.path)).length;
    expect((await failure(client.rest.issues.get({ ...repo, issue_number: 99 }))).status).toBe(404);
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'status', status: 422 } });
    expect((await failure(client.rest.issues.create({ ...repo, title: 'x' }))).status).toBe(422);
    server.state.seedBranch(SOURCE, 'topic');
    server.state.seedFile(SOURCE, 'a.md', 'a\n', { branch: 'topic' });
    server.state.seedPull(SOURCE, { head: 'topic', title: 'Topic' });
    server.faults.add({ path: /\/pulls\/1\/files$/, kind: { type: 'status', status: 403 } });
    expect((await failure(changedFiles(client, repo, 1))).status).toBe(403);
    server.faults.add({ path: '/repos/acme/web', times: Infinity, kind: { type: 'status', status: 502 } });
    expect((await failure(client.rest.repos.get(repo))).status).toBe(502);
    const counts = [
      sent((p) => p.endsWith('/issues/99')),
      server.requests.filter((r) => r.method === 'POST').length,
      sent((p) => p.endsWith('/pulls/1/files')),
      sent((p) => p === '/repos/acme/web'),
    ];
    expect(counts).toEqual([1, 1, 1, 4]);
    row(context, 'GitHub answers 404, 422 (POST /issues), 403 (GET /pulls/1/files), then 502', {
      runs: '1 each',
      perFollowUp: '(no follow-up: requests counted)',
      requests: `${counts.join(', ')} (4xx once, 5xx 1 + 3 retries)`,
    });
  });

  it('never prints the token, even when GitHub echoes it back', async (context) => {
    const cwd = repoWithFollowUps(2);
    server.faults.add({
      times: Infinity,
      kind: {
        type: 'status',
        status: 401,
        body: {
          message: `Bad credentials: got header 'token ${PAT}'`,
          documentation_url: 'https://docs.github.com/rest',
        },
      },
    });
    const run = await cliSync(cwd, { GITHUB_TOKEN: PAT });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      "incidents: cannot read the issues of acme/web: GitHub answered 401 Bad credentials: got header 'token ***': the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN)\n",
    );
    expectNoSecret(run.out, run.err);
    server.faults.clear();
    expect((await cliSync(cwd, { GITHUB_TOKEN: PAT })).code).toBe(0);
    expect(issuesPerFollowUp(SOURCE, KEYS(2))).toEqual([1, 1]);
    row(context, "401 whose message echoes the token ('got header token ghp_…'), then a good run", {
      runs: '2',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });
});
