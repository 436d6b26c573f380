import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotations, DEFAULT_INPUTS, runAction } from './action-runner';
import { webhookExample } from './webhook-examples';
import { isWrite, startGitHubServer, type GitHubServer } from './github-server/index';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers';

const REPO = 'Codertocat/Hello-World';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ tokens: { ghs_secret123: 'github-actions[bot]' } });
  server.state.addRepo(REPO, { defaultBranch: 'master', defaultLabels: false, actionsCanCreatePullRequests: true });
});
afterEach(() => server.close());

/** A copy of test/fixtures/review/basic: four incidents in 2026-Q1. */
function reviewWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
  cpSync(path.join(FIXTURES, 'review', 'basic'), dir, { recursive: true });
  return dir;
}

const schedule = { event: 'schedule', payload: { schedule: '0 6 * * 1' } as never };

describe(`the Action making the batch review, run as GitHub runs it (node ${process.versions.node})`, () => {
  it('on a schedule opens one pull request with the review record; a second run updates it instead of opening another', async () => {
    const workspace = reviewWorkspace();
    const env = { GITHUB_API_URL: server.url };
    const first = await runAction(
      workspace,
      { ...DEFAULT_INPUTS, period: '2026-Q1', 'review-output': '' },
      { ...schedule, env },
    );
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.outputs).toEqual({
      period: '2026-Q1',
      incidents: '4',
      'review-url': 'https://github.com/Codertocat/Hello-World/pull/1',
    });
    expect(first.summary).toContain('# Batch review 2026-Q1: 2026-01-01 to 2026-03-31');
    expect(first.summary).toContain(
      '> The draft record is in pull request [#1](https://github.com/Codertocat/Hello-World/pull/1) (opened).',
    );

    const [pull] = server.state.pulls(REPO);
    expect(pull).toMatchObject({
      number: 1,
      title: 'Batch review 2026-Q1',
      head: 'incidents-review/2026-Q1',
      base: 'master',
      state: 'open',
    });
    expect(pull!.body).toContain(
      'This pull request adds the draft batch review record `incidents/reviews/2026-Q1.md`.',
    );
    const record = server.state.fileAt(REPO, 'incidents-review/2026-Q1', 'incidents/reviews/2026-Q1.md')!;
    expect(record.startsWith('---\nperiod: "2026-Q1"\nfrom: "2026-01-01"\nto: "2026-03-31"\n')).toBe(true);
    expect(record).toContain('## Notes from the review meeting');

    // Someone adds notes on the branch; the next run regenerates the summary and keeps them.
    server.state.seedFile(
      REPO,
      'incidents/reviews/2026-Q1.md',
      record.replace('## Decisions\n', '## Decisions\n\nFund canary analysis.\n'),
      { branch: 'incidents-review/2026-Q1' },
    );
    const second = await runAction(
      workspace,
      { ...DEFAULT_INPUTS, period: '2026-Q1', 'review-output': '' },
      { ...schedule, env },
    );
    expect(second.status).toBe(0);
    expect(second.outputs['review-url']).toBe('https://github.com/Codertocat/Hello-World/pull/1');
    expect(server.state.pulls(REPO)).toHaveLength(1);
    expect(server.state.fileAt(REPO, 'incidents-review/2026-Q1', 'incidents/reviews/2026-Q1.md')).toContain(
      'Fund canary analysis.',
    );
  });

  it('with review-output: issue keeps one issue per period', async () => {
    const workspace = reviewWorkspace();
    const env = { GITHUB_API_URL: server.url };
    const inputs = { ...DEFAULT_INPUTS, command: 'review', period: '2026-Q1', 'review-output': 'issue' };
    const first = await runAction(workspace, inputs, {
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      env,
    });
    expect(first.status).toBe(0);
    const second = await runAction(workspace, inputs, {
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      env,
    });
    expect(second.outputs['review-url']).toBe(first.outputs['review-url']);
    const issues = server.state.repo(REPO)!.issues;
    expect(issues.map((i) => [i.title, i.labels])).toEqual([['Batch review 2026-Q1', ['incident-review']]]);
    expect(issues[0]!.body!.startsWith('<!-- incidents-as-code:review 2026-Q1 -->\n# Batch review 2026-Q1')).toBe(true);
  });

  it('on workflow_dispatch writes the review to the job summary only, by default', async () => {
    const run = await runAction(
      reviewWorkspace(),
      { ...DEFAULT_INPUTS, period: '2026-Q1' },
      { event: 'workflow_dispatch', payload: webhookExample('workflow_dispatch'), env: { GITHUB_API_URL: server.url } },
    );
    expect(run.status).toBe(0);
    expect(run.summary).toContain('## Themes for discussion');
    expect(server.requests.filter((r) => isWrite(r.method, r.path))).toEqual([]);
  });

  it("with a revoked token still writes the review, and its warning names the 'token' input, not the CLI's variables", async () => {
    const run = await runAction(
      reviewWorkspace(),
      { ...DEFAULT_INPUTS, period: '2026-Q1', token: 'ghs_revoked' },
      { event: 'workflow_dispatch', payload: webhookExample('workflow_dispatch'), env: { GITHUB_API_URL: server.url } },
    );
    expect(run.status).toBe(0);
    expect(run.summary).toContain('## Themes for discussion');
    expect(annotations(run.stdout).filter((line) => line.startsWith('::warning::'))).toEqual([
      "::warning::follow-up states could not be read from GitHub (cannot read the issues of Codertocat/Hello-World: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check the 'token' input); using the incident files",
    ]);
  });
});
