import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchReview } from '../src/app/batch-review';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { NOW } from './helpers';
import { copyFixture, REPO, sync } from './sync-helpers';

/*
 * One rule for which incident files are left out, the same in the batch
 * review and in sync (issue 15): a file with an error in its frontmatter,
 * or one that cannot be read, is left out of both; a file whose only error
 * is a review section in its body is kept by both.
 */

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(REPO, { assignable: ['alice', 'bob', 'carol'], defaultLabels: false });
});
afterEach(() => server.close());

const SEARCH = 'incidents/2026/2026-04-02-search-slow.md';
const CHECKOUT = 'incidents/2026/2026-03-04-checkout-errors.md';
const HUGE = 'incidents/2026/2026-04-03-huge-log.md';

describe('which incident files are left out', () => {
  it('is the same for the review and for sync: frontmatter errors and unreadable files, not a missing section', async () => {
    const cwd = copyFixture('basic');
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(path.join(cwd, file), change(readFileSync(path.join(cwd, file), 'utf8')));
    // Reviewed, with every field it needs, but no Timeline section: only its body is wrong.
    edit(SEARCH, (text) =>
      text
        .replace('status: resolved', 'status: reviewed')
        .replace('follow_ups:', 'review:\n  date: 2026-04-03\nfollow_ups:'),
    );
    // A severity the config does not define: its numbers cannot be trusted.
    edit(CHECKOUT, (text) => text.replace(/^severity: .*$/m, 'severity: SEV9'));
    // Valid frontmatter, then a pasted log past the 1 MiB limit.
    writeFileSync(
      path.join(cwd, HUGE),
      `${readFileSync(path.join(cwd, SEARCH), 'utf8').replace(/2026-04-02-search-slow/, '2026-04-03-huge-log')}\n${'log line\n'.repeat(150_000)}`,
    );

    const review = await batchReview({ cwd, configPath: undefined, now: NOW, period: '2026' });
    const synced = await sync(server, cwd, { dryRun: true });
    expect(review.skipped).toEqual([CHECKOUT, HUGE]);
    expect(synced.skipped).toEqual([CHECKOUT, HUGE]);
    expect(synced.notices[0]).toBe(
      `2 incident file(s) cannot be read or have errors in their frontmatter, and are not synced until fixed: ${CHECKOUT}, ${HUGE}`,
    );
  });
});
