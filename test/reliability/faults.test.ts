// GitHub failing in every way we know of, against `incidents sync` run as a
// user runs it (node dist/cli.js, or the Action's dist/index.js), talking to
// the test GitHub server over HTTP. For each fault: the exit code, the one
// line the user reads, no stack trace, the token never printed, the incident
// files untouched, and, once a later clean run has finished, exactly one
// issue per follow-up. GitHub's real pacing and retry waits are kept; only
// the clock runs faster (test/reliability/fast-clock.mjs).
import type { ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { annotations, DEFAULT_INPUTS, runAction } from '../action-runner';
import { webhookExample } from '../webhook-examples';
import { isWrite, startGitHubServer, type FaultRule, type GitHubServer } from '../github-server/index';
import { runCli } from '../../src/cli/program';
import { captureIo } from '../helpers';
import { openIssuesByKey, REPO, repoWithFollowUps, TEST_TIMING } from '../sync-helpers';
import { changedFiles, FAST_CLOCK, runCliProcess, snapshotFiles, STACK_LINE, type CliRun } from './cli-run';
import { recordOutcome } from './record';

const TOKEN = 'ghp_faultsTestToken0NeverPrinted';
const FOLLOW_UPS = 3;
const KEYS = Array.from({ length: FOLLOW_UPS }, (_, i) => `2026-05-01-many/item-${i + 1}`);
/** The longest any faulted run may take, in real milliseconds on the fast clock: a run that hangs fails here. */
const BOUND_MS = 15_000;

let server: GitHubServer;

async function freshServer(): Promise<GitHubServer> {
  const started = await startGitHubServer({ tokens: { [TOKEN]: 'incidents-bot' } });
  started.state.addRepo(REPO, { assignable: ['alice'], defaultLabels: false });
  return started;
}

beforeEach(async () => {
  server = await freshServer();
});
afterEach(() => server.close());

function sync(
  on: GitHubServer,
  cwd: string,
  env: Record<string, string> = {},
  started?: (child: ChildProcess) => void,
): Promise<CliRun> {
  return runCliProcess(
    cwd,
    ['sync'],
    { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: on.url, ...env },
    started,
  );
}

/** What every run must be, whatever GitHub did: bounded, no stack trace, no token. */
function expectComposed(run: CliRun, token = TOKEN): void {
  expect(run.ms).toBeLessThan(BOUND_MS);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(`${run.stdout}${run.stderr}`).not.toContain(token);
}

/**
 * The later clean run, in this process: the CLI's own code without GitHub's
 * pacing (only the faulted run needs a process of its own, to be killed or
 * to show what a user sees).
 */
async function cleanRun(on: GitHubServer, cwd: string): Promise<void> {
  const io = captureIo(cwd, {
    env: { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: on.url },
    githubTiming: TEST_TIMING,
  });
  expect(await runCli(['sync'], io)).toBe(0);
  expect(io.err).toEqual([]);
}

/** After the fault is gone, a clean run finishes the job: one issue per follow-up, none twice, none extra. */
async function expectOneIssuePerFollowUp(cwd: string): Promise<string> {
  server.faults.clear();
  await cleanRun(server, cwd);
  const issues = server.state.repo(REPO)!.issues;
  expect([...openIssuesByKey(server).entries()].map(([key, numbers]) => [key, numbers.length]).sort()).toEqual(
    KEYS.map((key) => [key, 1]),
  );
  expect(issues).toHaveLength(FOLLOW_UPS);
  return `${issues.length} of ${FOLLOW_UPS}`;
}

interface Expected {
  readonly code: number;
  /** Exactly what the run writes on stderr. */
  readonly stderr: string;
}

interface Setup {
  readonly faults?: FaultRule[];
  readonly env?: Record<string, string>;
  /** Runs before the faults are added, like an earlier sync. */
  readonly arrange?: (cwd: string) => Promise<void>;
}

/** One fault, end to end: the faulted run, then a clean run, then the row for RELIABILITY.md. */
async function faulted(context: TestContext, fault: string, expected: Expected, options: Setup = {}): Promise<CliRun> {
  const cwd = repoWithFollowUps(FOLLOW_UPS);
  const before = snapshotFiles(cwd);
  await options.arrange?.(cwd);
  for (const rule of options.faults ?? []) server.faults.add(rule);
  const run = await sync(server, cwd, options.env);
  expectComposed(run, options.env?.GITHUB_TOKEN ?? TOKEN);
  expect(run.stderr).toBe(expected.stderr);
  expect(run.code).toBe(expected.code);
  const atEnd = await expectOneIssuePerFollowUp(cwd);
  expect(changedFiles(before, snapshotFiles(cwd))).toEqual([]);
  recordOutcome(context, {
    table: 'Faults',
    cells: {
      fault,
      'exit code': String(run.code),
      message: run.stderr.trim().split('\n').join(' / ') || '(none)',
      'issues at end': atEnd,
      'files changed': 'none',
    },
  });
  return run;
}

const SERVER_ERROR = (status: number, times: number, method?: string, path?: RegExp): FaultRule => ({
  ...(method ? { method } : {}),
  ...(path ? { path } : {}),
  times,
  kind: { type: 'status', status },
});
const ISSUES = /\/issues$/;
const AGAIN = 'run sync again later: it carries on where this run stopped';

describe('sync when GitHub fails', () => {
  it('retries HTTP 500s and finishes when GitHub recovers', async (context) => {
    await faulted(
      context,
      'HTTP 500 on the issue list and on a create, twice each, then answers',
      {
        code: 0,
        stderr:
          'warning: 2026-05-01-many/item-1: GitHub answered 500 Internal Server Error; trying again\nwarning: 2026-05-01-many/item-1: GitHub answered 500 Internal Server Error; trying again\n',
      },
      { faults: [SERVER_ERROR(500, 2, 'GET', ISSUES), SERVER_ERROR(500, 2, 'POST', ISSUES)] },
    );
  });

  it('stops with one line when every request gets HTTP 500', async (context) => {
    await faulted(
      context,
      'HTTP 500 on every request',
      {
        code: 1,
        stderr: `incidents: cannot read the issues of ${REPO}: GitHub answered 500 Internal Server Error, 4 times in a row: GitHub is having trouble (https://www.githubstatus.com); ${AGAIN}\n`,
      },
      { faults: [SERVER_ERROR(500, Infinity)] },
    );
  });

  it('stops, saying what was applied, when writes keep failing after the first issue', async (context) => {
    server.on('write', (_request, count) => {
      // Write 1 is the follow-up label, write 2 the first issue.
      if (count === 2) server.faults.add(SERVER_ERROR(503, Infinity, 'POST', ISSUES));
    });
    const run = await faulted(context, 'HTTP 503 on every create after the first', {
      code: 1,
      stderr: `${'warning: 2026-05-01-many/item-2: GitHub answered 503 Service Unavailable; trying again\n'.repeat(3)}incidents: sync stopped at create 2026-05-01-many/item-2 (1 of 3 operations applied): GitHub answered 503 Service Unavailable, 4 times in a row: GitHub is having trouble (https://www.githubstatus.com); ${AGAIN}\n`,
    });
    expect(run.stdout).toContain('1 operations were not attempted; run sync again to finish.');
  });

  it('gives up on a request GitHub never answers, in bounded time', async (context) => {
    const run = await faulted(
      context,
      'timeout: GitHub never answers any request',
      {
        code: 1,
        stderr: `incidents: cannot read the issues of ${REPO}: no answer from GitHub: no response within 30000 ms, 4 times in a row: GitHub or the network is having trouble; ${AGAIN}\n`,
      },
      { faults: [{ times: Infinity, kind: { type: 'hang' } }] },
    );
    // Four tries of 30 s and waits of 1, 4 and 9 s between them: 134 s at GitHub's pace, about 4 s on the fast clock.
    expect(server.requests.filter((r) => r.fault === 'hang')).toHaveLength(4);
    expect(run.ms).toBeGreaterThan(4 * 1000);
  });

  it('files a create that never answered once, and only once', async (context) => {
    await faulted(
      context,
      'timeout: one create never answers',
      {
        code: 0,
        stderr: 'warning: 2026-05-01-many/item-1: no answer from GitHub: no response within 30000 ms; trying again\n',
      },
      { faults: [{ method: 'POST', path: ISSUES, kind: { type: 'hang' } }] },
    );
  });

  it('finds a create that landed though its answer was cut off, instead of filing it again', async (context) => {
    await faulted(
      context,
      'connection reset mid-response on a create that landed',
      {
        code: 0,
        stderr:
          'warning: 2026-05-01-many/item-1: no answer from GitHub: the connection was closed before the response was complete; it was filed after all, as #1\n',
      },
      { faults: [{ method: 'POST', path: ISSUES, kind: { type: 'reset-mid-response' } }] },
    );
  });

  it('reads the issue list again when its answer is cut off, and files nothing twice', async (context) => {
    await faulted(
      context,
      'connection reset mid-response on the issue list, on a re-run',
      { code: 0, stderr: '' },
      {
        arrange: (cwd) => cleanRun(server, cwd),
        faults: [{ method: 'GET', path: ISSUES, kind: { type: 'reset-mid-response' } }],
      },
    );
    // Before the fix, the cut-off list read as "no issues" and every follow-up was filed again:
    // now the only writes are the first run's label and three issues.
    expect(server.requests.filter((r) => r.method === 'POST' && isWrite(r.method, r.path)).map((r) => r.path)).toEqual([
      `/repos/${REPO}/labels`,
      ...KEYS.map(() => `/repos/${REPO}/issues`),
    ]);
    expect(server.requests.filter((r) => r.fault === 'reset-mid-response')).toHaveLength(1);
  });

  it('stops with one line when every connection is reset', async (context) => {
    await faulted(
      context,
      'connection reset on every request',
      {
        code: 1,
        stderr: `incidents: cannot read the issues of ${REPO}: no answer from GitHub: the connection was reset, 4 times in a row: GitHub or the network is having trouble; ${AGAIN}\n`,
      },
      { faults: [{ times: Infinity, kind: { type: 'reset' } }] },
    );
  });

  it('waits out a secondary rate limit for as long as GitHub asks', async (context) => {
    const run = await faulted(
      context,
      '403 secondary rate limit (retry-after: 60) on a create',
      {
        code: 0,
        stderr:
          "warning: GitHub's secondary rate limit hit on POST /repos/{owner}/{repo}/issues; waiting 60s (retry 1 of 3)\n",
      },
      { faults: [{ method: 'POST', path: ISSUES, kind: { type: 'secondary-rate-limit', retryAfter: 60 } }] },
    );
    // 60 s at GitHub's pace is 60 ms on the fast clock.
    expect(run.ms).toBeGreaterThan(60);
  });

  it('stops with one line when the secondary rate limit does not lift', async (context) => {
    await faulted(
      context,
      '403 secondary rate limit on every create',
      {
        code: 1,
        stderr: [
          ...[1, 2, 3].map(
            (n) =>
              `warning: GitHub's secondary rate limit hit on POST /repos/{owner}/{repo}/issues; waiting 5s (retry ${n} of 3)`,
          ),
          `incidents: sync stopped at create 2026-05-01-many/item-1 (0 of 3 operations applied): GitHub's secondary rate limit, still in force after 3 waits: too many requests in a short time; ${AGAIN}`,
          '',
        ].join('\n'),
      },
      {
        faults: [
          { method: 'POST', path: ISSUES, times: Infinity, kind: { type: 'secondary-rate-limit', retryAfter: 5 } },
        ],
      },
    );
  });

  it('stops with one line when the repository was deleted', async (context) => {
    await faulted(
      context,
      '404: the repository was deleted',
      {
        code: 1,
        stderr:
          'incidents: cannot read the issues of acme/deleted: GitHub answered 404 Not Found: the repository acme/deleted does not exist (deleted or renamed?) or the token cannot see it; check --repo or GITHUB_REPOSITORY\n',
      },
      { env: { GITHUB_REPOSITORY: 'acme/deleted' } },
    );
  });

  it('stops with one line, and never prints the token, when the token is revoked', async (context) => {
    await faulted(
      context,
      '401: the token was revoked',
      {
        code: 1,
        stderr: `incidents: cannot read the issues of ${REPO}: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN)\n`,
      },
      { env: { GITHUB_TOKEN: 'ghp_revokedToken0NeverPrinted' } },
    );
  });
});

describe('the Action when GitHub refuses', () => {
  it('fails the step with one line naming the token input when the token is revoked', async (context) => {
    const revoked = 'ghs_revokedActionToken0NeverPrinted';
    const workspace = repoWithFollowUps(FOLLOW_UPS);
    const before = snapshotFiles(workspace);
    const payload = webhookExample('push', (e) => e.ref === 'refs/heads/master');
    const run = await runAction(
      workspace,
      { ...DEFAULT_INPUTS, command: 'sync', token: revoked },
      {
        event: 'push',
        payload,
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: REPO, NODE_OPTIONS: `--import=${FAST_CLOCK}` },
      },
    );
    const message = `cannot read the issues of ${REPO}: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check the 'token' input`;
    expect(run.status).toBe(1);
    expect(annotations(run.stdout)).toEqual([`::error::${message}`]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stdout.split('\n').filter((line) => line.includes(revoked))).toEqual([`::add-mask::${revoked}`]);
    const atEnd = await expectOneIssuePerFollowUp(workspace);
    expect(changedFiles(before, snapshotFiles(workspace))).toEqual([]);
    recordOutcome(context, {
      table: 'Faults',
      cells: {
        fault: '401: the token was revoked (the Action)',
        'exit code': '1',
        message: `::error::${message}`,
        'issues at end': atEnd,
        'files changed': 'none',
      },
    });
  });
});

describe('a sync killed (SIGKILL) half-way', () => {
  const COUNT = 20;
  /** Kill runs side by side, each on its own server: process start-up, not sync, is most of their time. */
  const PARALLEL = 4;

  async function killedAfterWrite(
    n: number,
    cwd: string,
  ): Promise<{ filed: number; issues: number; duplicates: number }> {
    const own = await freshServer();
    try {
      // The label exists already, so every write is a create: write n is issue n.
      own.state.addLabel(REPO, { name: 'follow-up' });
      let child: ChildProcess | undefined;
      own.on('write', (_request, count) => {
        if (count === n) child?.kill('SIGKILL');
      });
      const killed = await sync(own, cwd, {}, (c) => (child = c));
      expect(killed.signal, `kill after write ${n}`).toBe('SIGKILL');
      expectComposed(killed);
      const filed = own.state.repo(REPO)!.issues.length;
      await cleanRun(own, cwd);
      const issues = own.state.repo(REPO)!.issues.length;
      const duplicates = [...openIssuesByKey(own).values()].filter((numbers) => numbers.length !== 1).length;
      expect(openIssuesByKey(own).size, `kill after write ${n}`).toBe(COUNT);
      return { filed, issues, duplicates };
    } finally {
      await own.close();
    }
  }

  it(`leaves exactly one issue per follow-up, and the files as they were, whichever of the ${COUNT} writes it dies after`, async (context) => {
    const cwd = repoWithFollowUps(COUNT);
    const before = snapshotFiles(cwd);
    const outcomes: Awaited<ReturnType<typeof killedAfterWrite>>[] = [];
    const pending = Array.from({ length: COUNT }, (_, i) => i + 1);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let n = pending.shift(); n !== undefined; n = pending.shift())
          outcomes[n - 1] = await killedAfterWrite(n, cwd);
      }),
    );
    for (const [index, outcome] of outcomes.entries()) {
      const n = index + 1;
      expect(outcome.filed, `issues filed before the kill after write ${n}`).toBe(n);
      expect([outcome.issues, outcome.duplicates], `issues and duplicates after the kill after write ${n}`).toEqual([
        COUNT,
        0,
      ]);
    }
    expect(changedFiles(before, snapshotFiles(cwd))).toEqual([]);
    recordOutcome(context, {
      table: 'Faults',
      cells: {
        fault: `process killed (SIGKILL) right after write N of ${COUNT}, for every N from 1 to ${COUNT}`,
        'exit code': 'killed; the next run 0',
        message: '(none: killed)',
        'issues at end': `${COUNT} of ${COUNT}, for every N`,
        'files changed': 'none',
      },
    });
  }, 60_000);
});
