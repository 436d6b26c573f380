// Shared by the organisations-*.test.ts files: the server, the tokens, and
// how each scenario is measured and recorded.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, type TestContext } from 'vitest';
import { runCli } from '../../src/cli/program';
import { readMarker } from '../../src/sync/markers';
import { startGitHubServer, type GitHubServer } from '../github-server/index';
import { captureIo } from '../helpers';
import { TEST_TIMING } from '../sync-helpers';
import { recordOutcome } from './record';

export const APP_TOKEN = 'ghs_appInstallationToken0NeverPrinted0001';
export const APP_LOGIN = 'acme-incidents[bot]';
export const PAT = 'ghp_personalAccessToken0NeverPrinted00001';
export const SOURCE = 'acme/web';
export const KEYS = (count: number) => Array.from({ length: count }, (_, i) => `2026-05-01-many/item-${i + 1}`);

/** The server of the test that is running. */
export let server: GitHubServer;

/** A fresh server per test, with the source repository (an organisation's). */
export function useServer(): void {
  beforeEach(async () => {
    server = await startGitHubServer({ tokens: { [APP_TOKEN]: APP_LOGIN, [PAT]: 'alice' } });
    server.state.addRepo(SOURCE, { assignable: ['alice'], defaultLabels: false, ownerType: 'Organization' });
  });
  afterEach(() => server.close());
}

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** `incidents sync` in-process, as a user runs it, with the token in the environment. */
export async function cliSync(cwd: string, env: Record<string, string> = {}, args: string[] = []): Promise<Run> {
  const io = captureIo(cwd, {
    env: { GITHUB_TOKEN: APP_TOKEN, GITHUB_REPOSITORY: SOURCE, GITHUB_API_URL: server.url, ...env },
    githubTiming: TEST_TIMING,
  });
  const code = await runCli(['sync', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Issues per follow-up (open or closed: a closed copy is a duplicate too), by the marker's key and source. */
export function issuesPerFollowUp(repo: string, keys: readonly string[], source = SOURCE): number[] {
  const issues = server.state.repo(repo)!.issues.filter((i) => !server.state.repo(repo)!.pulls.has(i.number));
  return keys.map(
    (key) =>
      issues.filter((i) => {
        const marker = readMarker(i.body);
        return marker?.key === key && marker.source?.toLowerCase() === source.toLowerCase();
      }).length,
  );
}

/** Issues of follow-ups that are open in the files, closed anyway. */
export function wrongCloses(repo: string): number {
  return server.state.repo(repo)!.issues.filter((i) => i.state === 'closed').length;
}

export function expectNoSecret(...outputs: string[]): void {
  for (const output of outputs) {
    for (const secret of [APP_TOKEN, PAT]) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/gh[pousr]_[A-Za-z0-9]{16,}/);
  }
}

export function row(
  context: TestContext,
  scenario: string,
  cells: { runs: string; perFollowUp: string; requests: number | string; closes?: number },
): void {
  recordOutcome(context, {
    table: 'Real organisations',
    cells: {
      scenario,
      runs: cells.runs,
      'issues per follow-up': cells.perFollowUp,
      'requests sent': String(cells.requests),
      'wrong closes': String(cells.closes ?? 0),
      'secret in output': 'none',
    },
  });
}

export function config(cwd: string, text: string): void {
  writeFileSync(path.join(cwd, '.incidents.yml'), text);
}
