// The Action's run() in this process, with a fake @actions/core: what a user
// sees in the log, the annotations, the outputs and the job summary, for
// every command up to the point it needs GitHub's answers. No token is
// given, so nothing reaches GitHub; the runs that talk to GitHub, and what
// only the process shows (exit codes, the masked token, the workflow
// commands the runner reads), are in test/action*.e2e.test.ts and
// test/reliability/permissions.e2e.test.ts, against dist/index.js.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, ROOT } from '../helpers';
import { git, pullRequestRepository } from '../pull-request-repository';
import { webhookExample, type WebhookPayload } from '../webhook-examples';
import * as core from './core-fake';
import { runInProcess } from './run-in-process';

vi.mock('@actions/core', () => import('./core-fake'));

const FOUR_FINDINGS = path.join(FIXTURES, 'validate', 'four-findings');
const VALID = path.join(FIXTURES, 'validate', 'valid');
const SYNC = path.join(FIXTURES, 'sync', 'basic');
const REVIEW = path.join(FIXTURES, 'review', 'basic');

const pushToDefaultBranch = () => ({
  event: 'push',
  payload: webhookExample('push', (e) => e.ref === 'refs/heads/master'),
});
const pushOfTag = () => ({ event: 'push', payload: webhookExample('push', (e) => e.ref === 'refs/tags/simple-tag') });
const manualRun = () => ({ event: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') });
const schedule = { event: 'schedule', payload: { schedule: '0 6 * * 1' } };

type PullRequestPayload = WebhookPayload & {
  pull_request: { base: { sha: string }; head: { repo: Record<string, unknown> } };
};
const pullRequest = () => webhookExample('pull_request', (e) => e.action === 'opened') as PullRequestPayload;
function pullRequestFromFork(): PullRequestPayload {
  const payload = pullRequest();
  payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'mallory/Hello-World', fork: true };
  return payload;
}

/** Each annotation's command, file and place, without its message: `::error file=...,line=5,col=1,title=rule`. */
const annotationPlaces = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(0, line.indexOf('::', 2)));

describe('the Action validating incident files', () => {
  it('annotates each finding at its place, sets the counts as outputs, writes every finding to the job summary, and fails the step with the counts', async () => {
    const run = await runInProcess(FOUR_FINDINGS);
    expect(annotationPlaces(run.stdout)).toEqual([
      '::error file=incidents/2026/2026-03-04-checkout-errors.md,line=5,col=1,title=unknown-field',
      '::error file=incidents/2026/2026-03-04-checkout-errors.md,line=8,col=13,title=timestamp-zone',
      '::error file=incidents/2026/2026-03-04-checkout-errors.md,line=13,col=11,title=allowed-values',
      '::error file=incidents/2026/2026-03-04-checkout-errors.md,line=52,col=1,title=review-section-missing',
    ]);
    expect(run.outputs).toEqual({ errors: 4, warnings: 0, files: 2 });
    expect(run.summary).toBe(readFileSync(path.join(FIXTURES, 'action', 'four-findings-summary.md'), 'utf8'));
    expect(run.info).toEqual([
      'incidents-as-code: running validate for the pull_request event',
      '2 files checked: 4 errors, 0 warnings',
    ]);
    expect(run.failed).toEqual(['2 files checked: 4 errors, 0 warnings (fail-on: error)']);
  });

  it('passes on a valid repository and says so in the summary', async () => {
    const run = await runInProcess(VALID);
    expect([run.stdout, run.notices, run.warnings, run.errors]).toEqual(['', [], [], []]);
    expect(run.outputs).toEqual({ errors: 0, warnings: 0, files: 2 });
    expect(run.summary).toBe(
      '## Incident files: 2 files checked: 0 errors, 0 warnings\n\nEvery incident file is valid. ✅\n',
    );
    expect(run.failed).toEqual([]);
  });

  it('fails on warnings with fail-on: warning, and never with fail-on: never', async () => {
    const workspace = path.join(FIXTURES, 'validate', 'status');
    const warningOnly = { paths: 'incidents/2026-01-08-mitigated.md' };
    expect((await runInProcess(workspace, { ...warningOnly, 'fail-on': 'error' })).failed).toEqual([]);
    expect((await runInProcess(workspace, { ...warningOnly, 'fail-on': 'warning' })).failed).toEqual([
      '1 file checked: 0 errors, 1 warning (fail-on: warning)',
    ]);
    const never = await runInProcess(workspace, { 'fail-on': 'never' });
    expect(never.outputs).toEqual({ errors: 5, warnings: 1, files: 4 });
    expect(never.failed).toEqual([]);
  });

  it("on a push, validates the repository's own example dataset clean", async () => {
    const files = (readdirSync(path.join(ROOT, 'incidents'), { recursive: true }) as string[]).filter((file) =>
      file.endsWith('.md'),
    ).length;
    const run = await runInProcess(ROOT, {}, pushOfTag());
    expect(run.info[0]).toBe('incidents-as-code: running validate for the push event');
    expect(run.outputs).toEqual({ errors: 0, warnings: 0, files });
    expect(run.summary).toBe(
      `## Incident files: ${files} files checked: 0 errors, 0 warnings\n\nEvery incident file is valid. ✅\n`,
    );
    expect(run.failed).toEqual([]);
  });
});

describe('the Action validating a pull request against its base commit (payload.pull_request.base.sha)', () => {
  const repository = pullRequestRepository();
  const withBase = (sha: string) => {
    const payload = pullRequest();
    payload.pull_request.base.sha = sha;
    return { payload };
  };

  it('validates only the files the pull request changes when the checkout has the base commit', async () => {
    const run = await runInProcess(repository, {}, withBase(git(repository, 'rev-parse', 'main').toString().trim()));
    expect(run.outputs).toEqual({ errors: 4, warnings: 1, files: 3 });
    expect(run.notices).toEqual([]);
  });

  it('validates every file, and says how to fetch the history, when the checkout does not have it', async () => {
    const run = await runInProcess(repository, {}, withBase('f95f852bd8fca8fcc58a9a2d6c842781e32a215e'));
    expect(run.outputs).toEqual({ errors: 6, warnings: 1, files: 5 });
    expect(run.notices).toEqual([
      "Validating every incident file: the pull request's base commit f95f852bd8fc is not in the checkout. To validate only the files the pull request changes, check out with actions/checkout and fetch-depth: 2.",
    ]);
  });

  it('validates only the files the pull request changes from its merge commit and parents (fetch-depth: 2)', async () => {
    // What actions/checkout fetches for a pull request with fetch-depth: 2: refs/pull/N/merge and its two parents.
    git(repository, 'checkout', '--quiet', '--detach', 'main');
    git(repository, 'merge', '--quiet', '--no-ff', '--no-edit', 'change');
    git(repository, 'branch', 'pull-merge');
    git(repository, 'checkout', '--quiet', 'change');
    const clone = mkdtempSync(path.join(tmpdir(), 'iac-depth-2-'));
    git(clone, 'clone', '--quiet', '--depth', '2', '--branch', 'pull-merge', `file://${repository}`, '.');
    expect(git(clone, 'rev-list', '--count', 'HEAD').toString().trim()).toBe('3');
    // The payload's base is a commit the shallow clone does not have.
    const run = await runInProcess(clone, {}, withBase('f95f852bd8fca8fcc58a9a2d6c842781e32a215e'));
    expect(run.outputs).toEqual({ errors: 4, warnings: 1, files: 3 });
    expect(run.notices).toEqual([]);
  });

  it('validates the paths the workflow names, whatever the pull request changes', async () => {
    const run = await runInProcess(
      repository,
      { paths: 'incidents' },
      withBase(git(repository, 'rev-parse', 'main').toString().trim()),
    );
    expect(run.outputs).toEqual({ errors: 6, warnings: 1, files: 5 });
    expect(run.notices).toEqual([]);
  });

  it('validates every file, without a notice, in a workspace that is no git checkout of its own', async () => {
    const run = await runInProcess(FOUR_FINDINGS, {}, withBase('f95f852bd8fca8fcc58a9a2d6c842781e32a215e'));
    expect(run.outputs).toEqual({ errors: 4, warnings: 0, files: 2 });
    expect(run.notices).toEqual([]);
  });
});

describe('the Action when it cannot run', () => {
  it('rejects a bad input by name, with what it received, before it runs anything', async () => {
    const run = await runInProcess(VALID, { 'fail-on': 'sometimes' });
    expect(run.failed).toEqual(["Invalid value for 'fail-on': must be one of error, warning, never (got 'sometimes')"]);
    expect(run.info).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('turns a config error into annotations on the config file, and fails the step with "Configuration error"', async () => {
    const run = await runInProcess(path.join(FIXTURES, 'validate', 'config-error'));
    expect(run.stdout.split('\n')[0]).toBe(
      "::error file=.incidents.yml,line=1,col=1,title=unknown-field::unknown field 'severites'; did you mean 'severities'?%0AFix: rename it to 'severities'%0AMore: incidents explain unknown-field",
    );
    expect(annotationPlaces(run.stdout)).toEqual([
      '::error file=.incidents.yml,line=1,col=1,title=unknown-field',
      '::error file=.incidents.yml,line=6,col=13,title=field-format',
    ]);
    expect(run.failed).toEqual(['Configuration error: .incidents.yml has errors']);
    expect(run.outputs).toEqual({});
  });

  it('fails the step when the incidents folder holds no incident file, instead of passing having checked nothing', async () => {
    const run = await runInProcess(mkdtempSync(path.join(tmpdir(), 'iac-empty-')), {}, pushOfTag());
    expect(run.failed).toEqual([
      "no incident files (*.md) under 'incidents', the default incidents_dir (there is no .incidents.yml here): nothing was checked\n" +
        "  fix: run from the repository's root, point incidents_dir at the folder that holds them, or record the first one with 'incidents new'",
    ]);
    expect(run.outputs).toEqual({});
  });

  it('says declare runs on issues events when told to declare on another', async () => {
    const run = await runInProcess(SYNC, { command: 'declare' }, pushOfTag());
    expect(run.failed).toEqual(["declare runs on issues events (this is 'push')"]);
  });

  it('fails the step with one line, naming the tool, on an error it did not foresee', async () => {
    const run = await runInProcess(path.join(tmpdir(), 'iac-no-such-workspace', 'repo'));
    expect(run.failed).toHaveLength(1);
    expect(run.failed[0]).toMatch(
      /^incidents-as-code failed: ENOENT: no such file or directory, lstat '.*iac-no-such-workspace'$/,
    );
  });
});

describe('the Action and the token', () => {
  it('asks for the token to be masked before it logs anything', async () => {
    const run = await runInProcess(VALID, { token: 'ghs_maskedFirst' }, pushOfTag());
    expect(run.secrets).toEqual(['ghs_maskedFirst']);
    const first = (mock: { mock: { invocationCallOrder: number[] } }) => mock.mock.invocationCallOrder[0] ?? Infinity;
    const logged = [
      core.info,
      core.notice,
      core.warning,
      core.error,
      core.setOutput,
      core.setFailed,
      vi.mocked(core.summary.addRaw),
    ].map(first);
    expect(first(core.setSecret)).toBeLessThan(Math.min(...logged));
  });

  it('masks nothing when there is no token', async () => {
    expect((await runInProcess(VALID, {}, pushOfTag())).secrets).toEqual([]);
  });
});

describe('the Action on a pull request from a fork', () => {
  const FORK_VALIDATE_NOTICE =
    'Pull request from a fork: the token is read-only here, so no comment is written; the findings are in the job summary and annotations';

  it('still annotates, summarises and fails on the findings, and says why it writes no comment', async () => {
    const run = await runInProcess(FOUR_FINDINGS, {}, { payload: pullRequestFromFork() });
    expect(run.notices).toEqual([FORK_VALIDATE_NOTICE]);
    expect(annotationPlaces(run.stdout)).toHaveLength(4);
    expect(run.summary).toBe(readFileSync(path.join(FIXTURES, 'action', 'four-findings-summary.md'), 'utf8'));
    expect(run.outputs).toEqual({ errors: 4, warnings: 0, files: 2 });
    expect(run.failed).toEqual(['2 files checked: 4 errors, 0 warnings (fail-on: error)']);
  });

  it('warns on pull_request_target that the event hands forks a token that can write, and writes no comment either', async () => {
    const run = await runInProcess(VALID, {}, { event: 'pull_request_target', payload: pullRequestFromFork() });
    expect(run.warnings).toEqual([
      "This workflow runs on 'pull_request_target', which gives runs for pull requests from forks a token that can write. incidents-as-code needs only 'pull_request': switch to it (see Permissions in docs/action.md).",
    ]);
    expect(run.notices).toEqual([FORK_VALIDATE_NOTICE]);
    expect(run.failed).toEqual([]);
  });

  it('warns on pull_request_target for a branch of the same repository too', async () => {
    const run = await runInProcess(VALID, {}, { event: 'pull_request_target', payload: pullRequest() });
    expect(run.warnings).toHaveLength(1);
    expect(run.notices).toEqual([]);
  });

  it('syncs nothing when told to sync, says so in the log and the summary, and sets every count to 0', async () => {
    const run = await runInProcess(SYNC, { command: 'sync' }, { payload: pullRequestFromFork() });
    const notice =
      'Pull request from a fork: the token is read-only here, so sync files and changes no issue; follow-ups are filed once the change is merged to the default branch';
    expect(run.notices).toEqual([notice]);
    expect(run.summary).toBe(`## Follow-up issues\n\n${notice}\n\n`);
    expect(run.outputs).toEqual({ created: 0, updated: 0, closed: 0, pending: 0 });
    expect(run.info).toEqual(['incidents-as-code: running sync for the pull_request event']);
    expect(run.failed).toEqual([]);
  });

  it('opens no review pull request, and keeps the review in the job summary', async () => {
    const run = await runInProcess(
      SYNC,
      { command: 'review', 'review-output': 'pr', period: '2026-Q1' },
      { payload: pullRequestFromFork() },
    );
    expect(run.notices).toEqual([
      'Pull request from a fork: the token is read-only here, so no review pull request is opened or updated; the review is in the job summary',
    ]);
    expect(run.summary).toMatch(/^# Batch review 2026-Q1: 2026-01-01 to 2026-03-31\n/);
    expect(run.outputs).toEqual({ period: '2026-Q1', incidents: 1 });
    expect(run.failed).toEqual([]);
  });
});

describe('the Action syncing follow-ups without a token', () => {
  it('fails the step when the token is empty and dry-run is off: a missing secret must not pass having filed nothing', async () => {
    const run = await runInProcess(SYNC, {}, pushToDefaultBranch());
    expect(run.failed).toEqual([
      "sync needs a token to file follow-up issues, and has none: set the 'token' input, or ask for the plan alone with 'dry-run: true'",
    ]);
    expect(run.outputs).toEqual({ errors: 0, warnings: 0, files: 2 });
  });

  it('on a push to the default branch in a dry run validates, then puts the plan in the summary and files nothing', async () => {
    const run = await runInProcess(SYNC, { 'dry-run': 'true' }, pushToDefaultBranch());
    expect(run.info).toEqual([
      'incidents-as-code: running validate + sync for the push event',
      '2 files checked: 0 errors, 0 warnings',
      'Follow-up plan for Codertocat/Hello-World (no token: nothing read or written): 4 to create, 0 to update, 0 to close',
    ]);
    expect(run.notices).toEqual([
      'No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.',
    ]);
    expect(run.outputs).toEqual({ errors: 0, warnings: 0, files: 2, created: 4, updated: 0, closed: 0, pending: 0 });
    expect(run.summary).toBe(
      [
        '## Incident files: 2 files checked: 0 errors, 0 warnings',
        '',
        'Every incident file is valid. ✅',
        '## Follow-up plan for Codertocat/Hello-World (no token: nothing read or written): 4 to create, 0 to update, 0 to close',
        '',
        '| Change | Issue | Follow-up | Detail |',
        '|---|---|---|---|',
        '| create | (new) | `2026-03-04-checkout-errors/canary-analysis` | \\[2026-03-04-checkout-errors\\] Add canary analysis to payment-gateway deploys |',
        '| create | (new) | `2026-03-04-checkout-errors/checkout-alert` | \\[2026-03-04-checkout-errors\\] Page on checkout 5xx rate over one minute |',
        '| create | (new) | `2026-03-04-checkout-errors/rollback-runbook` | \\[2026-03-04-checkout-errors\\] Update the rollback runbook |',
        '| create | (new) | `2026-04-02-search-slow/load-test` | \\[2026-04-02-search-slow\\] Load test search before promotions |',
        '',
        '> No GITHUB\\_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.',
        '',
      ].join('\n'),
    );
    expect(run.failed).toEqual([]);
  });

  it('does not sync on a push to another branch: it only validates', async () => {
    const run = await runInProcess(SYNC, {}, pushOfTag());
    expect(run.outputs).toEqual({ errors: 0, warnings: 0, files: 2 });
  });
});

describe('the Action making the batch review without a token', () => {
  it('on a manual run writes the review to the job summary only, by default', async () => {
    const run = await runInProcess(REVIEW, { period: '2026-Q1' }, manualRun());
    expect(run.summary).toMatch(/^# Batch review 2026-Q1: 2026-01-01 to 2026-03-31\n/);
    expect(run.summary).toContain('## Themes for discussion');
    expect(run.outputs).toEqual({ period: '2026-Q1', incidents: 4 });
    expect(run.info).toEqual([
      'incidents-as-code: running review for the workflow_dispatch event',
      'Batch review 2026-Q1: 4 incidents',
    ]);
    expect(run.failed).toEqual([]);
  });

  it('on a schedule opens a pull request by default, and says which permissions the token needs when there is none', async () => {
    const run = await runInProcess(REVIEW, { period: '2026-Q1' }, schedule);
    expect(run.outputs).toEqual({ period: '2026-Q1', incidents: 4 });
    expect(run.failed).toEqual(["review-output 'pr' needs a token with contents: write and pull-requests: write"]);
  });

  it('with review-output: issue says the token needs issues: write when there is none', async () => {
    const run = await runInProcess(REVIEW, { period: '2026-Q1', 'review-output': 'issue' }, manualRun());
    expect(run.failed).toEqual(["review-output 'issue' needs a token with issues: write"]);
  });

  it('on a schedule with review-output: summary writes the job summary only', async () => {
    const run = await runInProcess(REVIEW, { period: '2026-Q1', 'review-output': 'summary' }, schedule);
    expect(run.summary).toContain('## Themes for discussion');
    expect(run.failed).toEqual([]);
  });
});

describe('the Action declaring an incident from an issue, up to the point it needs GitHub', () => {
  const issue = (labels: string[], association: string) => {
    const payload = webhookExample('issues', (e) => e.action === 'opened') as WebhookPayload & {
      issue: { labels: { name: string }[]; author_association: string };
    };
    payload.issue.labels = labels.map((name) => ({ name }));
    payload.issue.author_association = association;
    return { event: 'issues', payload };
  };

  it("does nothing for an issue without the 'incident' label, and says so", async () => {
    const run = await runInProcess(SYNC, {}, issue(['bug'], 'OWNER'));
    expect(run.info).toEqual([
      'incidents-as-code: running declare for the issues event',
      "Nothing to declare: issue #1 has no 'incident' label.",
    ]);
    expect(run.outputs).toEqual({});
    expect(run.failed).toEqual([]);
  });

  it('does nothing for an issue opened by someone who cannot push, and says who may declare', async () => {
    const run = await runInProcess(SYNC, {}, issue(['incident'], 'NONE'));
    expect(run.notices).toEqual([
      'Issue #1 was opened by @Codertocat, who cannot push to this repository; incidents are declared by members only.',
    ]);
    expect(run.outputs).toEqual({});
    expect(run.failed).toEqual([]);
  });

  it.each(['OWNER', 'MEMBER', 'COLLABORATOR'])(
    'goes on to declare for an %s, and without a token says what the token needs',
    async (association) => {
      const run = await runInProcess(SYNC, {}, issue(['incident'], association));
      expect(run.notices).toEqual([]);
      expect(run.failed).toEqual([
        'declare needs GITHUB_REPOSITORY and a token with contents, pull-requests and issues write',
      ]);
    },
  );
});
