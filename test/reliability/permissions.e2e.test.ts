// What the Action may write, and where it must not: on a pull request from a
// fork the token is read-only (pull_request) or must not be trusted with what
// the fork sent (pull_request_target), so the Action writes nothing to GitHub
// and says why, while validation, the job summary and the annotations still
// happen. The token is masked before anything else and printed nowhere.
// Runs dist/index.js as GitHub does, with real webhook payloads.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { annotations, DEFAULT_INPUTS, runAction, type ActionRun } from '../action-runner';
import { webhookExample } from '../webhook-examples';
import { isWrite, startGitHubServer, type GitHubServer } from '../github-server/index';
import { FIXTURES } from '../helpers';
import { changedFiles, snapshotFiles } from './cli-run';
import { recordOutcome } from './record';

// The pull_request payload's repository and pull request number.
const REPO = 'Codertocat/Hello-World';
const TOKEN = 'ghs_permissionsTestToken0Masked';
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const FOUR_FINDINGS = path.join(FIXTURES, 'validate', 'four-findings');

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ tokens: { [TOKEN]: 'github-actions[bot]' } });
  server.state.addRepo(REPO, { defaultBranch: 'master', defaultLabels: false });
  server.state.seedIssue(REPO, { title: 'an earlier issue' });
  server.state.seedFile(REPO, 'incidents/2026/2026-03-04-checkout-errors.md', 'changed in the pull request', {
    branch: 'changes',
  });
  server.state.seedPull(REPO, { head: 'changes', base: 'master', title: 'Update the checkout incident' });
});
afterEach(() => server.close());

type PullRequestPayload = {
  pull_request: { head: { repo: Record<string, unknown> | null }; base: { repo: { full_name: string } } };
};

/** A real pull_request payload; `head` replaces the head repository (a fork, or null when the fork was deleted). */
function pullRequest(head?: (repo: Record<string, unknown>) => Record<string, unknown> | null): PullRequestPayload {
  const payload = webhookExample('pull_request', (e) => e.action === 'opened') as unknown as PullRequestPayload;
  if (head) payload.pull_request.head.repo = head(payload.pull_request.head.repo!);
  return payload;
}

const fromFork = (repo: Record<string, unknown>) => ({
  ...repo,
  full_name: 'mallory/Hello-World',
  fork: true,
  owner: { ...(repo.owner as object), login: 'mallory' },
});

/** A private copy of a fixture: the run may not change a byte of it. */
function workspaceOf(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-permissions-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

async function run(
  workspace: string,
  inputs: Record<string, string>,
  event: string,
  payload: PullRequestPayload,
): Promise<ActionRun> {
  return runAction(
    workspace,
    { ...DEFAULT_INPUTS, token: TOKEN, ...inputs },
    { event, payload: payload as never, env: { GITHUB_API_URL: server.url } },
  );
}

const writesReceived = () => server.requests.filter((r) => WRITES.has(r.method) && isWrite(r.method, r.path));

/** The token: masked first thing, and in no other line of the log, the summary or the outputs. */
function expectTokenMasked(result: ActionRun): void {
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
  expect(lines.filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  expect(result.stderr).not.toContain(TOKEN);
  expect(result.summary).not.toContain(TOKEN);
  expect(JSON.stringify(result.outputs)).not.toContain(TOKEN);
}

function record(
  context: TestContext,
  cells: {
    'pull request': string;
    event: string;
    command: string;
    'writes to GitHub': string;
    'what the log says': string;
  },
): void {
  recordOutcome(context, { table: 'Permissions', cells });
}

const FORK_VALIDATE_NOTICE =
  '::notice::Pull request from a fork: the token is read-only here, so no comment is written; the findings are in the job summary and annotations';

describe(`the Action on pull requests from forks, run as GitHub runs it (node ${process.versions.node})`, () => {
  it('validates, annotates and summarises a pull request from a fork, and writes nothing to GitHub', async (context) => {
    const workspace = workspaceOf(FOUR_FINDINGS);
    const before = snapshotFiles(workspace);
    const result = await run(workspace, {}, 'pull_request', pullRequest(fromFork));
    expect(result.status).toBe(1);
    const lines = annotations(result.stdout);
    expect(lines.filter((line) => line.startsWith('::error file='))).toHaveLength(4);
    expect(lines).toContain(FORK_VALIDATE_NOTICE);
    expect(lines.at(-1)).toBe('::error::2 files checked: 4 errors, 0 warnings (fail-on: error)');
    expect(result.summary).toContain('## Incident files: 2 files checked: 4 errors, 0 warnings');
    expect(result.outputs).toEqual({ errors: '4', warnings: '0', files: '2' });
    expect(server.requests).toEqual([]);
    expectTokenMasked(result);
    expect(changedFiles(before, snapshotFiles(workspace))).toEqual([]);
    record(context, {
      'pull request': 'from a fork',
      event: 'pull_request',
      command: 'auto (validate)',
      'writes to GitHub': '0 (no request at all)',
      'what the log says': FORK_VALIDATE_NOTICE,
    });
  });

  it('files no follow-up issue from a fork, even when told to sync', async (context) => {
    const result = await run(
      workspaceOf(path.join(FIXTURES, 'sync', 'basic')),
      { command: 'sync' },
      'pull_request',
      pullRequest(fromFork),
    );
    const notice =
      '::notice::Pull request from a fork: the token is read-only here, so sync files and changes no issue; follow-ups are filed once the change is merged to the default branch';
    expect(result.status).toBe(0);
    expect(annotations(result.stdout)).toEqual([notice]);
    expect(result.outputs).toEqual({ created: '0', updated: '0', closed: '0', pending: '0' });
    expect(server.requests).toEqual([]);
    expectTokenMasked(result);
    record(context, {
      'pull request': 'from a fork',
      event: 'pull_request',
      command: 'sync',
      'writes to GitHub': '0 (no request at all)',
      'what the log says': notice,
    });
  });

  it('opens no review pull request from a fork, and keeps the review in the job summary', async (context) => {
    const result = await run(
      workspaceOf(path.join(FIXTURES, 'sync', 'basic')),
      { command: 'review', 'review-output': 'pr', period: '2026-Q1' },
      'pull_request',
      pullRequest(fromFork),
    );
    const notice =
      '::notice::Pull request from a fork: the token is read-only here, so no review pull request is opened or updated; the review is in the job summary';
    expect(result.status).toBe(0);
    expect(annotations(result.stdout)).toContain(notice);
    expect(result.summary).toContain('2026-Q1');
    expect(result.outputs.period).toBe('2026-Q1');
    expect(result.outputs['review-url']).toBeUndefined();
    expect(writesReceived()).toEqual([]);
    expectTokenMasked(result);
    record(context, {
      'pull request': 'from a fork',
      event: 'pull_request',
      command: 'review (review-output: pr)',
      'writes to GitHub': '0 (reads only: the follow-up states)',
      'what the log says': notice,
    });
  });

  it('writes nothing for a fork on pull_request_target either, and warns that the event is not needed', async (context) => {
    const result = await run(workspaceOf(FOUR_FINDINGS), {}, 'pull_request_target', pullRequest(fromFork));
    const warning =
      "::warning::This workflow runs on 'pull_request_target', which gives runs for pull requests from forks a token that can write. incidents-as-code needs only 'pull_request': switch to it (see Permissions in docs/action.md).";
    const lines = annotations(result.stdout);
    expect(lines[0]).toBe(warning);
    expect(lines).toContain(FORK_VALIDATE_NOTICE);
    expect(lines.filter((line) => line.startsWith('::error file='))).toHaveLength(4);
    expect(result.summary).toContain('## Incident files: 2 files checked: 4 errors, 0 warnings');
    expect(server.requests).toEqual([]);
    expectTokenMasked(result);
    record(context, {
      'pull request': 'from a fork',
      event: 'pull_request_target',
      command: 'auto (validate)',
      'writes to GitHub': '0 (no request at all)',
      'what the log says': `${warning} / ${FORK_VALIDATE_NOTICE}`,
    });
  });

  it('treats a pull request whose fork was deleted as a fork', async (context) => {
    const result = await run(
      workspaceOf(FOUR_FINDINGS),
      {},
      'pull_request',
      pullRequest(() => null),
    );
    expect(annotations(result.stdout)).toContain(FORK_VALIDATE_NOTICE);
    expect(server.requests).toEqual([]);
    expectTokenMasked(result);
    record(context, {
      'pull request': 'from a fork since deleted (head.repo: null)',
      event: 'pull_request',
      command: 'auto (validate)',
      'writes to GitHub': '0 (no request at all)',
      'what the log says': FORK_VALIDATE_NOTICE,
    });
  });

  it('does comment on a pull request from a branch of the same repository: the check above is not vacuous', async (context) => {
    const payload = pullRequest();
    expect(payload.pull_request.head.repo!.full_name).toBe(payload.pull_request.base.repo.full_name);
    const result = await run(workspaceOf(FOUR_FINDINGS), {}, 'pull_request', payload);
    expect(annotations(result.stdout)).not.toContain(FORK_VALIDATE_NOTICE);
    expect(writesReceived().map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/${REPO}/issues/2/comments`]);
    expect(result.stdout).toContain('Pull request comment created.');
    expectTokenMasked(result);
    record(context, {
      'pull request': 'from a branch of the same repository',
      event: 'pull_request',
      command: 'auto (validate)',
      'writes to GitHub': '1 (the pull request comment)',
      'what the log says': 'Pull request comment created.',
    });
  });
});

describe('the pull request comment when the connection drops after GitHub saved it', () => {
  it('looks for the comment before trying again: the pull request gets exactly one', async (context) => {
    server.faults.add({ method: 'POST', path: /\/issues\/2\/comments$/, kind: { type: 'reset-mid-response' } });
    const result = await run(workspaceOf(FOUR_FINDINGS), {}, 'pull_request', pullRequest());
    const posts = server.requests
      .filter((r) => r.method === 'POST' && isWrite(r.method, r.path))
      .map((r) => `${r.method} ${r.path}${r.fault ? ` (${r.fault})` : ''}`);
    expect(posts).toEqual([`POST /repos/${REPO}/issues/2/comments (reset-mid-response)`]);
    const comments = [...server.state.repo(REPO)!.comments.values()].filter((c) => c.issue_number === 2);
    expect(comments).toHaveLength(1);
    expect(result.stdout).toContain('Pull request comment created.');
    expect(result.status).toBe(1); // the four findings
    recordOutcome(context, {
      table: 'Faults',
      cells: {
        fault: 'connection reset mid-response on the pull request comment (the Action)',
        'exit code': '1 (the findings)',
        message: '(none: the comment was found)',
        'issues at end': '1 comment on the pull request',
        'files changed': 'none',
      },
    });
  });
});
