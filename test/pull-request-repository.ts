import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers';

export const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, stdio: 'pipe' },
  );

/**
 * A repository whose main branch holds test/fixtures/changed/base, and a
 * branch "change" checked out on top: the pull-request folder's files
 * written over it (one changed, one added, the README) and one incident
 * deleted that another still names.
 */
export function pullRequestRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-changed-'));
  cpSync(path.join(FIXTURES, 'changed', 'base'), dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  git(dir, 'checkout', '--quiet', '-b', 'change');
  cpSync(path.join(FIXTURES, 'changed', 'pull-request'), dir, { recursive: true });
  rmSync(path.join(dir, 'incidents', '2026', '2026-01-10-db-failover.md'));
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'change');
  return dir;
}
