// Requests a sync makes, counted on the project's GitHub test server:
// a no-op sync of 1,000 follow-ups (goal: at most one list request per 100
// issues, no writes) and a first sync of 100 (goal: 100 creates plus at most
// 3 reads and the label set-up).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syncFollowUps } from '../src/app/sync-follow-ups';
import { startGitHubServer, type GitHubServer } from '../test/github-server/index';

const REPO = 'acme/reliability';
const TIMING = {
  writeIntervalMs: 0,
  notifyingWriteIntervalMs: 0,
  retryAfterUnitMs: 1,
  requestTimeoutMs: 10_000,
  retries: 3,
  maxRateLimitWaitSeconds: 60,
};

function repoWith(followUps: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-bench-sync-'));
  mkdirSync(path.join(dir, 'incidents'));
  const perIncident = 10;
  for (let i = 0; i < followUps / perIncident; i++) {
    const id = `2026-01-${String((i % 28) + 1).padStart(2, '0')}-incident-${i}`;
    const items = Array.from(
      { length: perIncident },
      (_, k) =>
        `  - id: fix-${k}\n    title: Fix number ${k} of incident ${i}\n    owner: "@alice"\n    type: prevent\n    priority: P2\n`,
    ).join('');
    writeFileSync(
      path.join(dir, 'incidents', `${id}.md`),
      `---\nid: ${id}\ntitle: Incident ${i}\nstatus: investigating\nseverity: SEV3\nstarted_at: 2026-01-01T00:00:00Z\nfollow_ups:\n${items}---\n# Summary\n`,
    );
  }
  return dir;
}

async function sync(server: GitHubServer, cwd: string) {
  const started = performance.now();
  const report = await syncFollowUps({
    cwd,
    now: new Date(),
    token: 'test-token',
    apiUrl: server.url,
    serverUrl: 'https://github.com',
    repo: REPO,
    defaultBranch: 'main',
    dryRun: false,
    maxOperations: 10_000,
    log: { info: () => undefined, warn: () => undefined },
    timing: TIMING,
  });
  return { report, ms: performance.now() - started };
}

function tally(server: GitHubServer, from: number) {
  const requests = server.requests.slice(from);
  const reads = requests.filter((r) => r.method === 'GET');
  return {
    total: requests.length,
    reads: reads.length,
    listIssues: reads.filter((r) => /\/issues$/.test(r.path.split('?')[0]!)).length,
    creates: requests.filter((r) => r.method === 'POST' && /\/issues$/.test(r.path)).length,
    labelWrites: requests.filter((r) => r.method === 'POST' && /\/labels$/.test(r.path)).length,
    otherWrites: requests.filter((r) => r.method !== 'GET' && !/\/(issues|labels)$/.test(r.path)).length,
  };
}

export async function benchSyncRequests(): Promise<string[]> {
  const rows: string[] = [];
  {
    const server = await startGitHubServer();
    server.state.addRepo(REPO, { assignable: ['alice'], defaultLabels: false });
    const { ms } = await sync(server, repoWith(100));
    const t = tally(server, 0);
    rows.push(
      `| first sync, 100 follow-ups | ${t.total} | ${t.reads} (${t.listIssues} issue lists) | ${t.creates} creates, ${t.labelWrites} labels, ${t.otherWrites} other | ${ms.toFixed(0)} ms (pacing off) |`,
    );
    await server.close();
  }
  {
    const server = await startGitHubServer();
    server.state.addRepo(REPO, { assignable: ['alice'], defaultLabels: false });
    const cwd = repoWith(1000);
    await sync(server, cwd);
    const before = server.requests.length;
    const { ms, report } = await sync(server, cwd);
    const t = tally(server, before);
    if (report.plan.operations.length !== 0) throw new Error('the no-op sync planned operations');
    rows.push(
      `| no-op sync, 1,000 follow-ups | ${t.total} | ${t.reads} (${t.listIssues} issue lists) | ${t.creates + t.labelWrites + t.otherWrites} | ${ms.toFixed(0)} ms |`,
    );
    await server.close();
  }
  return ['| case | requests | reads | writes | time |', '|---|---|---|---|---|', ...rows];
}
