import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syncFollowUps, type SyncOptions } from '../src/app/sync-follow-ups';
import { type SyncReport } from '../src/sync/report';
import type { Timing } from '../src/github/timing';
import { FIXTURES, NOW } from './helpers';
import { isWrite, type GitHubServer } from './github-server/index';

export const REPO = 'acme/reliability';
export const TOKEN = 'test-token';

/** GitHub's pacing, shrunk: the same code paths, milliseconds instead of seconds. */
export const TEST_TIMING: Timing = {
  writeIntervalMs: 0,
  notifyingWriteIntervalMs: 0,
  retryAfterUnitMs: 5,
  requestTimeoutMs: 1500,
  retries: 3,
  maxRateLimitWaitSeconds: 60,
};

/** A fresh copy of a fixture repository, free to edit. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-sync-'));
  cpSync(path.join(FIXTURES, 'sync', name), dir, { recursive: true });
  return dir;
}

/** A repository with `count` follow-ups in one incident. */
export function repoWithFollowUps(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-sync-'));
  mkdirSync(path.join(dir, 'incidents'));
  const followUps = Array.from(
    { length: count },
    (_, i) => `  - id: item-${i + 1}\n    title: Follow-up number ${i + 1}\n    owner: "@alice"\n`,
  ).join('');
  writeFileSync(
    path.join(dir, 'incidents', '2026-05-01-many.md'),
    `---
id: 2026-05-01-many
title: An incident with many follow-ups
status: investigating
severity: SEV3
started_at: 2026-05-01T10:00:00Z
follow_ups:
${followUps}---
# Summary
`,
  );
  return dir;
}

export interface Captured {
  readonly warnings: string[];
}

export async function sync(
  server: GitHubServer,
  cwd: string,
  extra: Partial<SyncOptions> = {},
): Promise<SyncReport & Captured> {
  const warnings: string[] = [];
  const report = await syncFollowUps({
    cwd,
    now: NOW,
    token: TOKEN,
    apiUrl: server.url,
    serverUrl: 'https://github.com',
    repo: REPO,
    defaultBranch: 'main',
    dryRun: false,
    maxOperations: 50,
    log: { info: () => undefined, warn: (m) => warnings.push(m) },
    timing: TEST_TIMING,
    ...extra,
  });
  return { ...report, warnings: [...warnings, ...report.warnings] };
}

export function writes(server: GitHubServer): number {
  return server.requests.filter((r) => isWrite(r.method, r.path) && r.status > 0 && r.status < 400).length;
}

/** Open issues per follow-up marker: must be exactly one each. */
export function openIssuesByKey(server: GitHubServer, repo = REPO): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const issue of server.state.repo(repo)?.issues ?? []) {
    const key = /<!-- incidents-as-code:follow-up (\S+)(?: from \S+)? -->/.exec(issue.body ?? '')?.[1];
    if (!key || issue.state !== 'open') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), issue.number]);
  }
  return byKey;
}
