// Declare and the review record as organisations meet them: the issue form
// firing two runs at once, people's text in the form and in the record,
// and GitHub's default of not letting GITHUB_TOKEN open pull requests.
import { describe, expect, it } from 'vitest';
import { batchReview, publishBatchReview } from '../../src/app/batch-review';
import { runCli } from '../../src/cli/program';
import { PublishError } from '../../src/core/errors';
import { isWrite, startGitHubServer } from '../github-server/index';
import { captureIo, FIXTURES, NOW } from '../helpers';
import { TEST_TIMING } from '../sync-helpers';
import { expectNoSecret, PAT, row, server, SOURCE, useServer } from './organisations';
import path from 'node:path';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

useServer();

const FILE = 'incidents/2026/2026-11-20-checkout-failing.md';
const form = (summary: string, started = '2026-11-20T09:12Z') =>
  `### Severity\n\nSEV2\n\n### When did impact start?\n\n${started}\n\n### Services affected\n\ncheckout\n\n### Incident commander\n\n@alice\n\n### What is happening?\n\n${summary}`;

function declaring(title = '[Incident]: Checkout failing', body = form('EU customers see errors.')) {
  server.state.seedIssue(SOURCE, {
    title,
    body,
    labels: ['incident'],
    author: 'alice',
    created_at: '2026-11-20T09:42:00Z',
  });
}

async function declare(token = PAT, now = NOW) {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-org-declare-'));
  cpSync(path.join(FIXTURES, 'sync', 'basic', '.incidents.yml'), path.join(dir, '.incidents.yml'));
  const io = captureIo(dir, {
    env: { GITHUB_TOKEN: token, GITHUB_REPOSITORY: SOURCE, GITHUB_API_URL: server.url },
    githubTiming: TEST_TIMING,
    now,
  });
  const code = await runCli(['declare', '--issue', '1'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const branch = 'incidents-declare/issue-1';
const pulls = () => server.state.pulls(SOURCE);

describe('declare as organisations meet it', () => {
  it('loses the race with the run the same form started, and ends green with one pull request', async (context) => {
    declaring();
    // The other run (the form fires opened and labeled together) commits the file right after this one looked.
    let raced = false;
    server.on('response', (request) => {
      if (!raced && request.method === 'GET' && request.path.includes('/contents/') && request.status === 404) {
        raced = true;
        server.state.seedFile(SOURCE, FILE, 'written by the other run\n', { branch });
      }
    });
    const run = await declare();
    expect(run).toEqual({
      code: 0,
      out: `Another run was declaring issue #1 at the same moment; nothing was made twice.\nOpened pull request #2 (https://github.com/acme/web/pull/2) adding ${FILE}\n`,
      err: '',
    });
    expect(raced).toBe(true);
    expect(server.state.fileAt(SOURCE, branch, FILE)).toBe('written by the other run\n');
    expect(pulls()).toHaveLength(1);
    row(context, 'declare: two runs for one form (opened + labeled), the file written by the other in between', {
      runs: '1 (racing)',
      perFollowUp: '1 pull request',
      requests: server.requests.length,
    });
  });

  it("reads the form by its labels: '### Severity' inside the summary stays text", async (context) => {
    declaring(undefined, form('It started after the deploy.\n\n### Severity\n\nSEV1 if it spreads to the US.'));
    expect((await declare()).code).toBe(0);
    const file = server.state.fileAt(SOURCE, branch, FILE)!;
    expect(file).toContain('\nseverity: SEV2\n');
    expect(file).toContain('### Severity');
    row(context, "declare: a '### Severity' line inside the summary", {
      runs: '1',
      perFollowUp: '1 pull request, severity from the dropdown',
      requests: server.requests.length,
    });
  });

  it('names the file the pull request holds after the issue title was edited', async (context) => {
    declaring();
    expect((await declare()).code).toBe(0);
    server.state.issue(SOURCE, 1)!.title = '[Incident]: Checkout failing in the EU';
    const again = await declare();
    expect(again).toEqual({
      code: 0,
      out: `Already open: pull request #2 (https://github.com/acme/web/pull/2) adding ${FILE}\n`,
      err: '',
    });
    expect(pulls()).toHaveLength(1);
    row(context, 'declare: the issue title edited, then the workflow runs again', {
      runs: '2',
      perFollowUp: '1 pull request; the output names its file',
      requests: server.requests.length,
    });
  });

  it("checks the title with validate's rules before writing anything", async (context) => {
    declaring(`[Incident]: ${'Checkout failing '.repeat(18)}`.trim());
    const run = await declare();
    expect(run.code).toBe(1);
    expect(server.requests.filter((r) => isWrite(r.method, r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/web/issues/1/comments',
    ]);
    const comment = [...server.state.repo(SOURCE)!.comments.values()][0]!.body;
    expect(comment).toContain('- **Title**: title is 305 characters long; the limit is 256 (title-format)');
    row(context, 'declare: a 305-character issue title', {
      runs: '1',
      perFollowUp: '0 pull requests; 1 comment saying what to fix',
      requests: server.requests.length,
    });
  });

  it('counts "30m ago" from when the issue was opened, so a re-run a day later writes the same time', async (context) => {
    declaring(undefined, form('Slow.', '30m ago'));
    expect((await declare(PAT, new Date('2026-11-21T12:00:00Z'))).code).toBe(0);
    const file = server.state.fileAt(SOURCE, branch, FILE.replace('checkout-failing', 'checkout-failing'))!;
    expect(file).toContain('\nstarted_at: 2026-11-20T09:12:00Z\n');
    row(context, "declare: 'When did impact start?' answered '30m ago', the run a day later", {
      runs: '1',
      perFollowUp: '1 pull request; started_at = issue opened − 30 min',
      requests: server.requests.length,
    });
  });
});

describe("GitHub's defaults", () => {
  it('names the Actions setting when GITHUB_TOKEN may not open pull requests', async (context) => {
    const own = await startGitHubServer({ tokens: { ghs_actionsToken0NeverPrinted0000001: 'github-actions[bot]' } });
    try {
      own.state.addRepo(SOURCE, { defaultLabels: false });
      own.state.seedIssue(SOURCE, {
        title: '[Incident]: Checkout failing',
        body: form('x'),
        labels: ['incident'],
        author: 'alice',
        created_at: '2026-11-20T09:42:00Z',
      });
      const dir = mkdtempSync(path.join(tmpdir(), 'iac-org-default-'));
      const io = captureIo(dir, {
        env: {
          GITHUB_TOKEN: 'ghs_actionsToken0NeverPrinted0000001',
          GITHUB_REPOSITORY: SOURCE,
          GITHUB_API_URL: own.url,
        },
        githubTiming: TEST_TIMING,
      });
      expect(await runCli(['declare', '--issue', '1'], io)).toBe(1);
      expect(io.err.join('')).toBe(
        'incidents: could not open the pull request for issue #1: GitHub answered 403 GitHub Actions is not permitted to create or approve pull requests.: turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s Settings > Actions > General > Workflow permissions (off by default; an organisation may have to allow it in its own Actions settings first), or run the step with a GitHub App token (actions/create-github-app-token), whose pull requests also start your checks\n',
      );
      expectNoSecret(io.out.join(''), io.err.join(''));
      const review = await batchReview({ cwd: path.join(FIXTURES, 'review', 'basic'), now: NOW, period: '2026-Q1' });
      const failed = await publishBatchReview(
        {
          output: 'pr',
          token: 'ghs_actionsToken0NeverPrinted0000001',
          apiUrl: own.url,
          repo: { owner: 'acme', repo: 'web' },
          log: { info: () => undefined, warn: () => undefined },
        },
        review,
      ).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(PublishError);
      expect((failed as Error).message).toMatch(
        /^could not open or update the review pull request: GitHub answered 403 GitHub Actions is not permitted .*: turn on "Allow GitHub Actions to create and approve pull requests"/,
      );
      expect(own.state.pulls(SOURCE)).toEqual([]);
      row(
        context,
        'GITHUB_TOKEN where "Allow GitHub Actions to create and approve pull requests" is off (the default)',
        {
          runs: '1 declare + 1 review',
          perFollowUp: '0 pull requests; the message names the setting',
          requests: own.requests.length,
        },
      );
    } finally {
      await own.close();
    }
  });
});

describe('the review record people edit', () => {
  const record = 'incidents/reviews/2026-Q1.md';
  const target = () => ({
    output: 'pr' as const,
    token: PAT,
    apiUrl: server.url,
    repo: { owner: 'acme', repo: 'web' },
    log: { info: () => undefined, warn: (m: string) => warnings.push(m) },
  });
  let warnings: string[] = [];

  it('keeps a frontmatter it cannot read (an alias bomb in attendees), says where, and commits nothing when only the time changed', async (context) => {
    warnings = [];
    const review = await batchReview({ cwd: path.join(FIXTURES, 'review', 'basic'), now: NOW, period: '2026-Q1' });
    await publishBatchReview(target(), review);
    const branchName = 'incidents-review/2026-Q1';
    const first = server.state.fileAt(SOURCE, branchName, record)!;
    const bomb = `attendees: &a0 ["@alice", "@alice"]\n${Array.from({ length: 9 }, (_, i) => `x${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}]`).join('\n')}\n`;
    const edited = first.replace('attendees: []\n', bomb);
    server.state.seedFile(SOURCE, record, edited, { branch: branchName });
    const puts = () => server.requests.filter((r) => r.method === 'PUT').length;
    const putsBefore = puts();
    const later = await batchReview({
      cwd: path.join(FIXTURES, 'review', 'basic'),
      now: new Date('2026-11-23T13:00:00Z'),
      period: '2026-Q1',
    });
    const published = await publishBatchReview(target(), later);
    expect(published.line).toMatch(/^Pull request #\d+ unchanged \(record unchanged\)/);
    expect(puts()).toBe(putsBefore);
    expect(server.state.fileAt(SOURCE, branchName, record)).toBe(edited);
    expect(warnings).toEqual([
      `${record}:${edited.split('\n').findIndex((l) => l.startsWith('attendees:')) + 1}:12 YAML anchor '&a0' is not allowed: write each value where it is used (yaml-alias); the record's frontmatter is kept as it is and only its generated summary is updated: fix the frontmatter and the next run updates it too`,
    ]);
    expect(pulls()).toHaveLength(1);
    row(context, 'review record: an alias bomb in attendees, then a run where only generated_at would change', {
      runs: '2',
      perFollowUp: '1 pull request; 0 commits on the second run',
      requests: server.requests.length,
    });
  });
});
