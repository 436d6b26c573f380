import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { captureIo, FIXTURES } from './helpers';
import { TEST_TIMING } from './sync-helpers';

const REPO = 'acme/reliability';
let server: GitHubServer;
const FORM =
  '### Severity\n\nSEV3\n\n### When did impact start?\n\n2026-11-20T09:12Z\n\n### Services affected\n\nsearch\n\n### Incident commander\n\n_No response_\n\n### What is happening?\n\nSearch is slow.';

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(REPO, { defaultLabels: false });
});
afterEach(() => server.close());

function io() {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-declare-cli-'));
  cpSync(path.join(FIXTURES, 'sync', 'basic', '.incidents.yml'), path.join(dir, '.incidents.yml'));
  return captureIo(dir, {
    env: { GITHUB_TOKEN: 'test-token', GITHUB_REPOSITORY: REPO, GITHUB_API_URL: server.url },
    githubTiming: TEST_TIMING,
  });
}

describe('incidents declare', () => {
  it("turns the issue's form into a pull request, once", async () => {
    server.state.seedIssue(REPO, {
      title: '[Incident]: Search slow',
      body: FORM,
      labels: ['incident'],
      author: 'alice',
      created_at: '2026-11-20T09:42:00Z',
    });
    const first = io();
    expect(await runCli(['declare', '--issue', '1'], first)).toBe(0);
    expect(first.out.join('')).toBe(
      'Opened pull request #2 (https://github.com/acme/reliability/pull/2) adding incidents/2026/2026-11-20-search-slow.md\n',
    );
    const second = io();
    expect(await runCli(['declare', '--issue', '1'], second)).toBe(0);
    expect(second.out.join('')).toBe(
      'Already open: pull request #2 (https://github.com/acme/reliability/pull/2) adding incidents/2026/2026-11-20-search-slow.md\n',
    );
    expect(server.state.pulls(REPO)).toHaveLength(1);
  });

  it('exits 1 and comments when answers need fixing, and 2 without a token', async () => {
    server.state.seedIssue(REPO, {
      title: '[Incident]: Search slow',
      body: FORM.replace('SEV3', 'bad'),
      labels: ['incident'],
      author: 'alice',
      created_at: '2026-11-20T09:42:00Z',
    });
    const run = io();
    expect(await runCli(['declare', '--issue', '1'], run)).toBe(1);
    expect(run.out.join('')).toBe('Issue #1 has 1 answer(s) to fix; see the comment on the issue.\n');
    const noToken = captureIo(run.cwd, { env: { GITHUB_REPOSITORY: REPO } });
    expect(await runCli(['declare', '--issue', '1'], noToken)).toBe(2);
    expect(noToken.err.join('')).toBe(
      'incidents: declare needs GITHUB_TOKEN (contents, pull-requests and issues write)\n',
    );
  });
});
