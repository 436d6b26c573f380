import { UsageError } from '../src/core/errors';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncError } from '../src/sync/report';
import { MANAGED_END, MANAGED_START } from '../src/sync/markers';
import { isWrite, startGitHubServer, type GitHubServer } from './github-server/index';
import { copyFixture, openIssuesByKey, REPO, repoWithFollowUps, sync, TEST_TIMING, writes } from './sync-helpers';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(REPO, { assignable: ['alice', 'bob', 'carol'], defaultLabels: false });
});
afterEach(() => server.close());

const CHECKOUT = 'incidents/2026/2026-03-04-checkout-errors.md';

describe('sync against GitHub over HTTP', () => {
  it('files one issue per follow-up with the exact title, labels, assignee and body; a second run writes nothing', async () => {
    const cwd = copyFixture('basic');
    const first = await sync(server, cwd);
    expect(first.failed).toBeUndefined();
    const issues = server.state.repo(REPO)!.issues;
    expect(
      issues.map((i) => [i.number, i.title, i.labels.sort(), i.assignees, i.state, i.state_reason, i.author]),
    ).toEqual([
      [
        1,
        '[2026-03-04-checkout-errors] Add canary analysis to payment-gateway deploys',
        ['follow-up', 'priority:P1', 'remediation:prevent'],
        ['alice'],
        'open',
        null,
        'incidents-bot',
      ],
      [
        2,
        '[2026-03-04-checkout-errors] Page on checkout 5xx rate over one minute',
        ['follow-up', 'priority:P2', 'remediation:detect'],
        ['bob'],
        'open',
        null,
        'incidents-bot',
      ],
      [
        3,
        '[2026-03-04-checkout-errors] Update the rollback runbook',
        ['follow-up'],
        [],
        'closed',
        'completed',
        'incidents-bot',
      ],
      [
        4,
        '[2026-04-02-search-slow] Load test search before promotions',
        ['follow-up', 'priority:P2', 'remediation:prevent'],
        ['carol'],
        'open',
        null,
        'incidents-bot',
      ],
    ]);
    expect(issues[0]!.body).toBe(
      readFileSync(path.join(import.meta.dirname, 'fixtures', 'sync', 'expected-issue-1.md'), 'utf8').trimEnd(),
    );
    expect(first.followUps.map((f) => [f.key, f.issue, f.state, f.stateReason])).toEqual([
      ['2026-03-04-checkout-errors/canary-analysis', 1, 'open', null],
      ['2026-03-04-checkout-errors/checkout-alert', 2, 'open', null],
      ['2026-03-04-checkout-errors/rollback-runbook', 3, 'closed', 'completed'],
      ['2026-04-02-search-slow/load-test', 4, 'open', null],
    ]);

    const before = writes(server);
    const second = await sync(server, cwd);
    expect(second.plan.operations).toEqual([]);
    expect(writes(server)).toBe(before);
  });

  it("updates the issue when a follow-up's title changes, keeping what people wrote outside the managed part", async () => {
    const cwd = copyFixture('basic');
    await sync(server, cwd);
    const issue = server.state.issue(REPO, 1)!;
    issue.body = `${issue.body}\n\n## Progress\n@alice started on this in PR #77.`;
    const file = path.join(cwd, CHECKOUT);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Add canary analysis to payment-gateway deploys',
        'Add automated canary analysis to gateway deploys',
      ),
    );

    const report = await sync(server, cwd);
    expect(
      report.applied.map((a) => [a.operation.kind, a.issue, a.operation.kind === 'update' ? a.operation.reasons : []]),
    ).toEqual([['update', 1, ['title', 'body']]]);
    expect(issue.title).toBe('[2026-03-04-checkout-errors] Add automated canary analysis to gateway deploys');
    expect(issue.body).toContain('**Add automated canary analysis to gateway deploys**');
    expect(issue.body!.endsWith('\n\n## Progress\n@alice started on this in PR #77.')).toBe(true);
  });

  it('finds its issues among 250 (three pages) and files nothing twice', async () => {
    const cwd = copyFixture('basic');
    await sync(server, cwd);
    for (let i = 0; i < 246; i++)
      server.state.seedIssue(REPO, {
        title: `Older follow-up ${i}`,
        body: 'filed by hand',
        labels: ['follow-up'],
        author: 'alice',
      });
    const report = await sync(server, cwd);
    expect(report.plan.operations).toEqual([]);
    const lists = server.requests.filter((r) => r.method === 'GET' && /\/issues$/.test(r.path.split('?')[0]!));
    expect(lists.length).toBeGreaterThanOrEqual(4);
    expect(server.state.repo(REPO)!.issues).toHaveLength(250);
  });

  it('closes as not planned, with a comment, the issue of a follow-up removed from its file', async () => {
    const cwd = copyFixture('basic');
    await sync(server, cwd);
    const file = path.join(cwd, 'incidents/2026/2026-04-02-search-slow.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /follow_ups:[\s\S]*?---/,
        'no_follow_ups_reason: Covered by the load-testing programme.\n---',
      ),
    );
    const report = await sync(server, cwd);
    expect(report.applied.map((a) => [a.operation.kind, a.issue])).toEqual([['close', 4]]);
    const issue = server.state.issue(REPO, 4)!;
    expect([issue.state, issue.state_reason]).toEqual(['closed', 'not_planned']);
    expect([...server.state.repo(REPO)!.comments.values()].map((c) => [c.issue_number, c.body])).toEqual([
      [4, 'This follow-up was removed from its incident file, so it is closed as not planned.'],
    ]);
  });

  it('never syncs an incident whose file has errors, and leaves its issues alone', async () => {
    const cwd = copyFixture('basic');
    await sync(server, cwd);
    const file = path.join(cwd, CHECKOUT);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('severity: SEV2', 'severity: SEV9')
        .replace(/ {2}- id: checkout-alert[\s\S]*?due: 2026-04-15\n/, ''),
    );
    const report = await sync(server, cwd);
    expect(report.plan.operations).toEqual([]);
    expect(report.skipped).toEqual([CHECKOUT]);
    expect(report.notices[0]).toBe(
      `1 incident file(s) cannot be read or have errors in their frontmatter, and are not synced until fixed: ${CHECKOUT}`,
    );
  });

  it('survives a secondary rate limit, 500s, a reset and a create that never answers, filing nothing twice', async () => {
    const cwd = copyFixture('basic');
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'secondary-rate-limit', retryAfter: 1 } });
    server.faults.add({ method: 'GET', path: /\/issues/, kind: { type: 'status', status: 500 } });
    server.faults.add({ method: 'POST', path: /\/issues$/, times: 2, kind: { type: 'status', status: 502 } });
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'reset' } });
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'hang' } });
    const report = await sync(server, cwd, { timing: { ...TEST_TIMING, retries: 6, requestTimeoutMs: 300 } });
    expect(report.failed).toBeUndefined();
    expect(server.state.repo(REPO)!.issues).toHaveLength(4);
    expect([...openIssuesByKey(server).values()].every((numbers) => numbers.length === 1)).toBe(true);
    expect(report.warnings.some((w) => w.startsWith("GitHub's secondary rate limit hit on POST"))).toBe(true);
  });

  it('finds a create that timed out but landed, instead of filing it again', async () => {
    const cwd = copyFixture('basic');
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'slow', delayMs: 600 } });
    const report = await sync(server, cwd, {
      timing: { ...TEST_TIMING, requestTimeoutMs: 300, retryAfterUnitMs: 500 },
    });
    expect(report.failed).toBeUndefined();
    expect(report.warnings).toContain(
      '2026-03-04-checkout-errors/canary-analysis: no answer from GitHub: no response within 300 ms; it was filed after all, as #1',
    );
    expect(server.state.repo(REPO)!.issues).toHaveLength(4);
  });

  it('ends with exactly one open issue per follow-up when two syncs run at once', async () => {
    const cwd = repoWithFollowUps(6);
    const [a, b] = await Promise.all([sync(server, cwd), sync(server, cwd)]);
    expect(a.failed ?? b.failed).toBeUndefined();
    const open = openIssuesByKey(server);
    expect(open.size).toBe(6);
    expect([...open.values()].every((numbers) => numbers.length === 1)).toBe(true);
    const closed = server.state.repo(REPO)!.issues.filter((i) => i.state === 'closed');
    for (const duplicate of closed) expect(duplicate.state_reason).toBe('not_planned');
    expect((await sync(server, cwd)).plan.operations).toEqual([]);
  });

  it('caps writes per run with max-operations and finishes on the next run', async () => {
    const cwd = repoWithFollowUps(5);
    const first = await sync(server, cwd, { maxOperations: 3 });
    expect(first.applied).toHaveLength(3);
    expect(first.pending).toHaveLength(2);
    const second = await sync(server, cwd, { maxOperations: 3 });
    expect(second.applied).toHaveLength(2);
    expect(second.pending).toHaveLength(0);
    expect(openIssuesByKey(server).size).toBe(5);
  });

  it('files without an assignee, and says why, when GitHub refuses the owner', async () => {
    const cwd = copyFixture('basic');
    server.state.repo(REPO)!.assignable.delete('bob');
    const report = await sync(server, cwd);
    expect(server.state.issue(REPO, 2)!.assignees).toEqual([]);
    expect(report.warnings).toContain(
      '2026-03-04-checkout-errors/checkout-alert: GitHub refused to assign @bob (not a collaborator with access?); filed without an assignee',
    );

    // The next runs neither fail on the same refusal nor spend a write on it.
    const writesBefore = server.requests.filter((r) => isWrite(r.method, r.path)).length;
    const again = await sync(server, cwd);
    expect(again.failed).toBeUndefined();
    expect(again.applied).toEqual([]);
    expect(server.requests.filter((r) => isWrite(r.method, r.path)).length).toBe(writesBefore);
  });

  it('moves the assignment when the file names a new owner, updates without it when GitHub refuses the new owner, and leaves hand-made changes alone', async () => {
    const cwd = copyFixture('basic');
    await sync(server, cwd);
    const file = path.join(cwd, 'incidents', '2026', '2026-03-04-checkout-errors.md');
    expect(server.state.issue(REPO, 2)!.assignees).toEqual(['bob']);

    // Someone unassigns bob by hand: the owner in the file is unchanged, so sync leaves it so.
    server.state.issue(REPO, 2)!.assignees = [];
    expect((await sync(server, cwd)).applied).toEqual([]);

    // The file names carol, who may be assigned: bob's assignment moves to her.
    writeFileSync(file, readFileSync(file, 'utf8').replace('owner: "@bob"', 'owner: "@carol"'));
    server.state.issue(REPO, 2)!.assignees = ['alice', 'bob'];
    await sync(server, cwd);
    expect(server.state.issue(REPO, 2)!.assignees).toEqual(['alice', 'carol']);

    // Then dave, whom GitHub refuses (not a collaborator): the body still follows the file, and the run goes on.
    writeFileSync(file, readFileSync(file, 'utf8').replace('owner: "@carol"', 'owner: "@dave"'));
    const refused = await sync(server, cwd);
    expect(refused.failed).toBeUndefined();
    expect(refused.warnings).toContain(
      '2026-03-04-checkout-errors/checkout-alert: GitHub refused to assign @dave (not a collaborator with access?); updated without changing the assignees',
    );
    expect(server.state.issue(REPO, 2)!.body).toContain('| Owner | @&#8203;dave |');
    expect(server.state.issue(REPO, 2)!.assignees).toEqual(['alice', 'carol']);
    expect((await sync(server, cwd)).applied).toEqual([]);
  });

  it('ignores an issue whose marker was pasted by someone else', async () => {
    const cwd = copyFixture('basic');
    server.state.seedIssue(REPO, {
      title: 'hijack',
      // A whole managed part, copied from a real follow-up issue: still not the tool's.
      body: `${MANAGED_START}\n<!-- incidents-as-code:follow-up 2026-04-02-search-slow/load-test from ${REPO} -->\n${MANAGED_END}`,
      labels: ['follow-up'],
      author: 'mallory',
    });
    const report = await sync(server, cwd);
    expect(report.notices).toContain(
      "Issue #1 carries the marker of 2026-04-02-search-slow/load-test but was written by @mallory, not by this tool's token; it is ignored.",
    );
    expect(openIssuesByKey(server).get('2026-04-02-search-slow/load-test')).toEqual([1, 5]);
  });

  it('stops with a clear error on a revoked token or a repository that does not exist', async () => {
    const cwd = copyFixture('basic');
    await expect(sync(server, cwd, { token: 'revoked' })).rejects.toThrow(
      new SyncError(
        'cannot read the issues of acme/reliability: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN)',
      ),
    );
    await expect(sync(server, cwd, { repo: 'acme/gone' })).rejects.toThrow(
      new SyncError(
        'cannot read the issues of acme/gone: GitHub answered 404 Not Found: the repository acme/gone does not exist (deleted or renamed?) or the token cannot see it; check --repo or GITHUB_REPOSITORY',
      ),
    );
  });

  it('reports the operations applied and exits non-zero when GitHub keeps failing', async () => {
    const cwd = repoWithFollowUps(4);
    server.on('write', (_request, count) => {
      if (count === 2)
        server.faults.add({ method: 'POST', path: /\/issues$/, times: 100, kind: { type: 'status', status: 503 } });
    });
    const report = await sync(server, cwd);
    expect(report.applied.map((a) => a.issue)).toEqual([1]);
    expect(report.failed?.operation.key).toBe('2026-05-01-many/item-2');
    expect(report.failed?.message).toMatch(/^GitHub answered 503/);
    expect(report.notAttempted).toHaveLength(2);
  });

  it('refuses to run without a token unless asked for a dry run: a missing secret would otherwise pass having filed nothing', async () => {
    await expect(sync(server, copyFixture('basic'), { token: undefined })).rejects.toThrow(
      new UsageError(
        'sync needs a token to file follow-up issues, and has none: set GITHUB_TOKEN (or GH_TOKEN), or ask for the plan alone with --dry-run',
      ),
    );
    expect(server.requests).toEqual([]);
  });

  it('plans without a token in a dry run, reading and writing nothing', async () => {
    const cwd = copyFixture('basic');
    const report = await sync(server, cwd, { token: undefined, dryRun: true });
    expect(report.mode).toBe('no-token');
    expect(report.notices).toContain(
      'No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.',
    );
    expect(report.plan.operations.map((op) => op.kind)).toEqual(['create', 'create', 'create', 'create']);
    expect(server.requests).toEqual([]);
  });
});
