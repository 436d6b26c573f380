import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { ROOT } from './helpers';
import { openIssuesByKey, REPO, repoWithFollowUps } from './sync-helpers';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(REPO, { assignable: ['alice'], defaultLabels: false });
});
afterEach(() => server.close());

/** Runs a sync in its own process; with `killAtWrite`, SIGKILLs it the moment the server has done that many writes. */
function syncProcess(cwd: string, killAtWrite?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'sync-child.ts'), cwd, server.url, REPO], { cwd: ROOT, stdio: 'ignore' });
  if (killAtWrite !== undefined) {
    server.on('write', (_request, count) => {
      if (count === killAtWrite) child.kill('SIGKILL');
    });
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

describe('a sync killed half-way', () => {
  // Write 1 creates the follow-up label; writes 2..21 are the 20 creates.
  it.each([2, 6, 13, 21])('leaves exactly one issue per follow-up once a later run completes (killed at write %i)', async (killAt) => {
    const cwd = repoWithFollowUps(20);
    const killed = await syncProcess(cwd, killAt);
    expect(killed.signal).toBe('SIGKILL');
    const filedBeforeKill = server.state.repo(REPO)!.issues.length;
    expect(filedBeforeKill).toBeGreaterThanOrEqual(killAt - 1);
    expect(filedBeforeKill).toBeLessThan(20 + 1);

    const rerun = await syncProcess(cwd);
    expect(rerun.code).toBe(0);
    const open = openIssuesByKey(server);
    expect(open.size).toBe(20);
    expect([...open.values()].every((numbers) => numbers.length === 1)).toBe(true);
    expect(server.state.repo(REPO)!.issues).toHaveLength(20);
  });
});
