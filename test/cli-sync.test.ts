import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { isWrite, startGitHubServer, type GitHubServer } from './github-server/index';
import { captureIo } from './helpers';
import { copyFixture, REPO, TEST_TIMING, TOKEN } from './sync-helpers';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(REPO, { assignable: ['alice', 'bob', 'carol'], defaultLabels: false });
});
afterEach(() => server.close());

const env = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: server.url });

describe('incidents sync', () => {
  it('prints the plan with --dry-run and writes nothing', async () => {
    const io = captureIo(copyFixture('basic'), { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['sync', '--dry-run'], io)).toBe(0);
    expect(io.out.join('')).toBe(
      [
        'Follow-up plan for acme/reliability (dry run: nothing written): 4 to create, 0 to update, 0 to close',
        '  create  [2026-03-04-checkout-errors] Add canary analysis to payment-gateway deploys    [2026-03-04-checkout-errors/canary-analysis]',
        '  create  [2026-03-04-checkout-errors] Page on checkout 5xx rate over one minute    [2026-03-04-checkout-errors/checkout-alert]',
        '  create  [2026-03-04-checkout-errors] Update the rollback runbook (then close: done in the file)    [2026-03-04-checkout-errors/rollback-runbook]',
        '  create  [2026-04-02-search-slow] Load test search before promotions    [2026-04-02-search-slow/load-test]',
        '',
      ].join('\n'),
    );
    expect(server.requests.filter((r) => isWrite(r.method, r.path))).toEqual([]);
  });

  it("applies the plan, and reports each follow-up's issue and state as JSON", async () => {
    const io = captureIo(copyFixture('basic'), { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['sync', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out.join(''));
    expect(report.mode).toBe('applied');
    expect(report.follow_ups).toEqual([
      {
        key: '2026-03-04-checkout-errors/canary-analysis',
        file: 'incidents/2026/2026-03-04-checkout-errors.md',
        issue: 1,
        url: 'https://github.com/acme/reliability/issues/1',
        state: 'open',
        state_reason: null,
        closed_at: null,
        linked: false,
      },
      {
        key: '2026-03-04-checkout-errors/checkout-alert',
        file: 'incidents/2026/2026-03-04-checkout-errors.md',
        issue: 2,
        url: 'https://github.com/acme/reliability/issues/2',
        state: 'open',
        state_reason: null,
        closed_at: null,
        linked: false,
      },
      {
        key: '2026-03-04-checkout-errors/rollback-runbook',
        file: 'incidents/2026/2026-03-04-checkout-errors.md',
        issue: 3,
        url: 'https://github.com/acme/reliability/issues/3',
        state: 'closed',
        state_reason: 'completed',
        closed_at: null,
        linked: false,
      },
      {
        key: '2026-04-02-search-slow/load-test',
        file: 'incidents/2026/2026-04-02-search-slow.md',
        issue: 4,
        url: 'https://github.com/acme/reliability/issues/4',
        state: 'open',
        state_reason: null,
        closed_at: null,
        linked: false,
      },
    ]);
    const again = captureIo(io.cwd, { env: env(), githubTiming: TEST_TIMING });
    await runCli(['sync', '--format', 'json'], again);
    const second = JSON.parse(again.out.join(''));
    expect(second.operations).toEqual([]);
    expect(second.follow_ups[2]).toMatchObject({ issue: 3, state: 'closed', state_reason: 'completed' });
    expect(second.follow_ups[2].closed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('exits 2 without a token and without --dry-run, saying what to set: a CI with a missing secret must not pass', async () => {
    const io = captureIo(copyFixture('basic'), { env: {}, githubTiming: TEST_TIMING });
    expect(await runCli(['sync'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toBe(
      'incidents: sync needs a token to file follow-up issues, and has none: set GITHUB_TOKEN (or GH_TOKEN), or ask for the plan alone with --dry-run\n',
    );
  });

  it('prints what a first sync would file with --dry-run and no token', async () => {
    const io = captureIo(copyFixture('basic'), { env: {}, githubTiming: TEST_TIMING });
    expect(await runCli(['sync', '--dry-run'], io)).toBe(0);
    expect(io.out.join('')).toContain(
      'Follow-up plan for GitHub (no token: nothing read or written): 4 to create, 0 to update, 0 to close\n',
    );
    expect(io.out.join('')).toContain(
      'note: No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.\n',
    );
  });

  it('exits 1 with one line, and no token in it, when the token is revoked', async () => {
    const io = captureIo(copyFixture('basic'), {
      env: { ...env(), GITHUB_TOKEN: 'ghp_revokedtoken' },
      githubTiming: TEST_TIMING,
    });
    expect(await runCli(['sync'], io)).toBe(1);
    expect(io.err.join('')).toBe(
      'incidents: cannot read the issues of acme/reliability: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN)\n',
    );
    expect([...io.out, ...io.err].join('')).not.toContain('ghp_revokedtoken');
  });

  it('exits 2 for a bad --max-operations or --repo', async () => {
    const io = captureIo(copyFixture('basic'), { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['sync', '--max-operations', 'lots'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      "incidents: Invalid value for '--max-operations': must be a non-negative whole number (got 'lots')\n",
    );
    const repo = captureIo(copyFixture('basic'), { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['sync', '--repo', 'not-a-repo'], repo)).toBe(2);
    expect(repo.err.join('')).toBe("incidents: repository must be owner/name (got 'not-a-repo')\n");
  });

  it('exits 1 and says what was applied when GitHub keeps failing', async () => {
    server.faults.add({ method: 'POST', path: /\/issues$/, times: 100, kind: { type: 'status', status: 500 } });
    const io = captureIo(copyFixture('basic'), { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['sync'], io)).toBe(1);
    expect(io.out.join('')).toContain(
      'Failed: create  [2026-03-04-checkout-errors] Add canary analysis to payment-gateway deploys [2026-03-04-checkout-errors/canary-analysis]: GitHub answered 500',
    );
    expect(io.out.join('')).toContain('3 operations were not attempted; run sync again to finish.');
    expect(io.err.at(-1)).toBe(
      'incidents: sync stopped at create 2026-03-04-checkout-errors/canary-analysis (0 of 4 operations applied): GitHub answered 500 Internal Server Error, 4 times in a row: GitHub is having trouble (https://www.githubstatus.com); run sync again later: it carries on where this run stopped\n',
    );
  });
});
