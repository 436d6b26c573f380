import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotations, DEFAULT_INPUTS, runAction } from './action-runner';
import { webhookExample } from './webhook-examples';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { copyFixture, openIssuesByKey } from './sync-helpers';

// The payloads' repository.
const REPO = 'Codertocat/Hello-World';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ tokens: { ghs_secret123: 'github-actions[bot]' } });
  server.state.addRepo(REPO, { defaultBranch: 'master', assignable: ['alice', 'bob', 'carol'], defaultLabels: false });
});
afterEach(() => server.close());

const pushToDefaultBranch = () => webhookExample('push', (e) => e.ref === 'refs/heads/master');

describe(`the Action syncing follow-ups, run as GitHub runs it (node ${process.versions.node})`, () => {
  it('on a push to the default branch validates, then files the follow-ups once; a second run changes nothing', async () => {
    const workspace = copyFixture('basic');
    const env = { GITHUB_API_URL: server.url };
    const first = await runAction(workspace, DEFAULT_INPUTS, { event: 'push', payload: pushToDefaultBranch(), env });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.outputs).toEqual({
      errors: '0',
      warnings: '0',
      files: '2',
      created: '4',
      updated: '0',
      closed: '0',
      pending: '0',
    });
    expect(first.stdout).toContain('incidents-as-code: running validate + sync for the push event');
    expect(first.summary).toContain(
      '## Synced follow-ups with Codertocat/Hello-World: created 4, updated 0, closed 0\n',
    );
    expect(first.summary).toContain(
      '| create | [#1](https://github.com/Codertocat/Hello-World/issues/1) | `2026-03-04-checkout-errors/canary-analysis` | \\[2026-03-04-checkout-errors\\] Add canary analysis to payment-gateway deploys |',
    );
    const issue = server.state.issue(REPO, 1)!;
    expect(issue.author).toBe('github-actions[bot]');
    expect(issue.body).toContain(
      'Follow-up from incident [2026-03-04-checkout-errors](https://github.com/Codertocat/Hello-World/blob/master/incidents/2026/2026-03-04-checkout-errors.md)',
    );
    expect([...openIssuesByKey(server, REPO).keys()]).toEqual([
      '2026-03-04-checkout-errors/canary-analysis',
      '2026-03-04-checkout-errors/checkout-alert',
      '2026-04-02-search-slow/load-test',
    ]);

    const second = await runAction(workspace, DEFAULT_INPUTS, { event: 'push', payload: pushToDefaultBranch(), env });
    expect(second.outputs).toMatchObject({ created: '0', updated: '0', closed: '0', pending: '0' });
    expect(second.summary).toContain('Every follow-up issue is in step with the incident files. ✅');
    expect(server.state.repo(REPO)!.issues).toHaveLength(4);
  });

  it('stops at max-operations and reports the rest as pending', async () => {
    const run = await runAction(
      copyFixture('basic'),
      { ...DEFAULT_INPUTS, command: 'sync', 'max-operations': '1' },
      { event: 'push', payload: pushToDefaultBranch(), env: { GITHUB_API_URL: server.url } },
    );
    expect(run.outputs).toEqual({ created: '1', updated: '0', closed: '0', pending: '3' });
    expect(run.summary).toContain(
      '> 3 more operations wait for the next run (the `max-operations` input caps writes per run).',
    );
  });

  it('fails the step, saying what was applied, when the token may not write issues', async () => {
    server.faults.add({
      method: 'POST',
      path: /\/issues$/,
      times: 100,
      kind: { type: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
    });
    const run = await runAction(
      copyFixture('basic'),
      { ...DEFAULT_INPUTS, command: 'sync' },
      { event: 'push', payload: pushToDefaultBranch(), env: { GITHUB_API_URL: server.url } },
    );
    expect(run.status).toBe(1);
    expect(annotations(run.stdout).at(-1)).toBe(
      "::error::sync stopped at create 2026-03-04-checkout-errors/canary-analysis (0 of 4 operations applied): GitHub answered 403 Resource not accessible by integration: the token lacks a permission in Codertocat/Hello-World; sync needs issues: write (in the workflow's permissions, or the token's scopes)",
    );
    expect(run.outputs.pending).toBe('4');
  });
});
