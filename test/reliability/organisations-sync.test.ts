// Sync as real organisations set it up, against the test GitHub server over
// HTTP: GitHub App installation tokens, one tracker shared by several
// repositories, people editing what sync filed, labels GitHub compares
// without case, ids with '/', answers that must not be retried, and answers
// that echo the token. Each scenario ends with one issue per follow-up, no
// wrong close and no secret in any output; its row in RELIABILITY.md says
// how many runs it took and how many requests they sent.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client';
import { managedBody } from '../../src/sync/issue-body';
import { upsertStickyComment } from '../../src/github/sticky-comment';
import { publishBatchReview, batchReview } from '../../src/app/batch-review';
import { isWrite } from '../github-server/index';
import { FIXTURES, NOW } from '../helpers';
import { repoWithFollowUps, TEST_TIMING } from '../sync-helpers';
import {
  APP_LOGIN,
  APP_TOKEN,
  cliSync,
  config,
  expectNoSecret,
  issuesPerFollowUp,
  KEYS,
  row,
  server,
  SOURCE,
  useServer,
  wrongCloses,
  type Run,
} from './organisations';

useServer();

describe('sync with a GitHub App installation token', () => {
  it('knows its own issues (GraphQL viewer, not GET /user): three runs file each follow-up once', async (context) => {
    const cwd = repoWithFollowUps(3);
    const runs = [await cliSync(cwd), await cliSync(cwd), await cliSync(cwd)];
    for (const run of runs) expect([run.code, run.err]).toEqual([0, '']);
    expect(runs[2]!.out).toBe('Synced follow-ups with acme/web: created 0, updated 0, closed 0\n');
    expect(issuesPerFollowUp(SOURCE, KEYS(3))).toEqual([1, 1, 1]);
    expect(server.state.repo(SOURCE)!.issues.map((i) => i.author)).toEqual([APP_LOGIN, APP_LOGIN, APP_LOGIN]);
    // The App's token cannot read GET /user, and sync no longer asks it.
    expect(server.requests.filter((r) => r.path === '/user')).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/graphql')).toHaveLength(3);
    expectNoSecret(...runs.flatMap((r) => [r.out, r.err]));
    row(context, 'GitHub App installation token (acme-incidents[bot]), 3 follow-ups', {
      runs: '3',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });

  it('keeps one comment on a pull request and one review issue, run after run', async (context) => {
    const client = createClient({
      token: APP_TOKEN,
      baseUrl: server.url,
      log: { info: () => undefined, warn: () => undefined },
      timing: TEST_TIMING,
    });
    const pull = server.state.seedIssue(SOURCE, { title: 'A pull request', author: 'alice' });
    for (let push = 1; push <= 3; push++)
      await upsertStickyComment(
        client,
        { owner: 'acme', repo: 'web' },
        pull.number,
        '<!-- marker -->',
        `<!-- marker -->\npush ${push}`,
      );
    const comments = [...server.state.repo(SOURCE)!.comments.values()];
    expect(comments.map((c) => [c.author, c.body])).toEqual([[APP_LOGIN, '<!-- marker -->\npush 3']]);

    const review = await batchReview({ cwd: path.join(FIXTURES, 'review', 'basic'), now: NOW, period: '2026-Q1' });
    const target = {
      output: 'issue' as const,
      token: APP_TOKEN,
      apiUrl: server.url,
      repo: { owner: 'acme', repo: 'web' },
      log: { info: () => undefined, warn: () => undefined },
    };
    const lines = [];
    for (let run = 1; run <= 3; run++) lines.push((await publishBatchReview(target, review)).line);
    expect(lines.map((l) => l.replace(/:.*/, ''))).toEqual([
      'Issue #2 opened',
      'Issue #2 unchanged',
      'Issue #2 unchanged',
    ]);
    expect(server.state.repo(SOURCE)!.issues.filter((i) => i.labels.includes('incident-review'))).toHaveLength(1);
    row(context, 'GitHub App token: the pull request comment on 3 pushes, and review-output: issue on 3 runs', {
      runs: '3 + 3',
      perFollowUp: '1 comment, 1 review issue',
      requests: server.requests.length,
    });
  });
});

describe('one tracker shared by several repositories', () => {
  const TRACKER = 'acme/tracker';

  it("never closes or takes another repository's follow-ups, even with the same incident ids", async (context) => {
    server.state.addRepo(TRACKER, { defaultLabels: false, ownerType: 'Organization' });
    const web = repoWithFollowUps(3);
    const api = repoWithFollowUps(3);
    for (const cwd of [web, api]) config(cwd, `follow_ups:\n  repo: ${TRACKER}\n`);
    const runs: Run[] = [];
    for (let round = 0; round < 2; round++) {
      runs.push(await cliSync(web, { GITHUB_REPOSITORY: 'acme/web' }));
      runs.push(await cliSync(api, { GITHUB_REPOSITORY: 'acme/api' }));
    }
    for (const run of runs) expect([run.code, run.err]).toEqual([0, '']);
    expect(issuesPerFollowUp(TRACKER, KEYS(3), 'acme/web')).toEqual([1, 1, 1]);
    expect(issuesPerFollowUp(TRACKER, KEYS(3), 'acme/api')).toEqual([1, 1, 1]);
    expect(wrongCloses(TRACKER)).toBe(0);
    expectNoSecret(...runs.flatMap((r) => [r.out, r.err]));
    row(context, 'two repositories (same incident ids) filing into one tracker (follow_ups.repo)', {
      runs: '4 (2 each, taking turns)',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });

  it('recognises markers written before they named the repository, where they were written', async (context) => {
    server.state.addRepo(TRACKER, { defaultLabels: false, ownerType: 'Organization' });
    const cwd = repoWithFollowUps(2);
    config(cwd, `follow_ups:\n  repo: ${TRACKER}\n`);
    // Issues filed by an earlier version: marker without "from", a link into acme/web beside it.
    for (const [index, key] of KEYS(2).entries()) {
      const body = managedBody({
        key,
        incidentId: '2026-05-01-many',
        incidentTitle: 'An incident with many follow-ups',
        incidentUrl: `https://github.com/${SOURCE}/blob/main/incidents/2026-05-01-many.md`,
        file: 'incidents/2026-05-01-many.md',
        severity: 'SEV3',
        type: undefined,
        priority: undefined,
        due: undefined,
        owner: '@alice',
        followUpTitle: `Follow-up number ${index + 1}`,
        impactSummary: undefined,
      });
      expect(body).toContain(`<!-- incidents-as-code:follow-up ${key} -->`);
      server.state.seedIssue(TRACKER, { title: `old ${index}`, body, labels: ['follow-up'], author: APP_LOGIN });
    }
    const first = await cliSync(cwd);
    const second = await cliSync(cwd);
    expect([first.code, first.err, second.code, second.out]).toEqual([
      0,
      '',
      0,
      'Synced follow-ups with acme/tracker: created 0, updated 0, closed 0\n',
    ]);
    // Updated in place: the title and the marker, which now names acme/web.
    expect(server.state.repo(TRACKER)!.issues).toHaveLength(2);
    expect(issuesPerFollowUp(TRACKER, KEYS(2))).toEqual([1, 1]);
    row(context, 'issues filed before markers named their repository, in a separate tracker', {
      runs: '2',
      perFollowUp: '1 (the old issue, updated)',
      requests: server.requests.length,
    });
  });
});

describe('labels', () => {
  it('refuses a comma in follow_ups.label before asking GitHub anything', async (context) => {
    const cwd = repoWithFollowUps(2);
    config(cwd, 'follow_ups:\n  label: "team, follow-up"\n');
    const refused = await cliSync(cwd);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      "incidents: .incidents.yml has errors\n.incidents.yml\n  2:10  error    follow_ups.label 'team, follow-up' contains a comma, which GitHub's issue filter reads as two labels that must both be present  config-label-comma\n                 fix: name one label without a comma, like 'team-follow-up'\n\n✖ 1 file checked: 1 error, 0 warnings\nrun 'incidents explain <rule>' for more on any rule above\n",
    );
    expect(server.requests).toEqual([]);
    config(cwd, 'follow_ups:\n  label: team-follow-up\n');
    const runs = [await cliSync(cwd), await cliSync(cwd)];
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(issuesPerFollowUp(SOURCE, KEYS(2))).toEqual([1, 1]);
    row(context, "follow_ups.label 'team, follow-up' (refused, exit 2, no request), then fixed", {
      runs: '1 refused + 2',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });

  it("compares labels without case: an existing 'Follow-Up' label makes no update, and closes still run", async (context) => {
    server.state.addLabel(SOURCE, { name: 'Follow-Up' });
    const cwd = repoWithFollowUps(3);
    await cliSync(cwd);
    expect(server.state.repo(SOURCE)!.issues[0]!.labels).toEqual(['Follow-Up']);
    const writesBefore = server.requests.filter((r) => isWrite(r.method, r.path)).length;
    const file = path.join(cwd, 'incidents', '2026-05-01-many.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  - id: item-3\n    title: Follow-up number 3\n    owner: "@alice"\n', ''),
    );
    const second = await cliSync(cwd, {}, ['--max-operations', '1']);
    expect(second.out).toBe(
      'Synced follow-ups with acme/web: created 0, updated 0, closed 1\n  close   #3 (removed from its incident file)    [2026-05-01-many/item-3]\n',
    );
    // The close and its comment; no label "update" on every run.
    expect(server.requests.filter((r) => isWrite(r.method, r.path)).length - writesBefore).toBe(2);
    const third = await cliSync(cwd);
    expect(third.out).toBe('Synced follow-ups with acme/web: created 0, updated 0, closed 0\n');
    expect(issuesPerFollowUp(SOURCE, KEYS(2))).toEqual([1, 1]);
    expect(wrongCloses(SOURCE)).toBe(1); // item-3, removed from the file: a right close
    row(context, "a label 'Follow-Up' where the config says 'follow-up', with max-operations 1", {
      runs: '3',
      perFollowUp: '1',
      requests: server.requests.length,
    });
  });
});
