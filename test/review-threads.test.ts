import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate';
import { batchReview } from '../src/app/batch-review';
import { PARALLEL_MIN_FILES } from '../src/incidents/load';
import { renderReviewJson } from '../src/review/render/json';
import { ROOT } from './helpers';

/*
 * A large repository is read on two threads by the built CLI (the entry
 * file doubles as the worker). The review must be the one a single thread
 * makes, broken files in the worker's half included.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review of a large repository on two threads', () => {
  it('gives exactly the single-thread review, and names the same skipped files', async () => {
    const count = PARALLEL_MIN_FILES + 100;
    generate(dir, count, 'clean', 7);
    // Sorted last, so they fall in the worker's half: unreadable, an error in the file, a reference to nothing.
    const year = path.join(dir, 'incidents', '2026');
    writeFileSync(path.join(year, 'zz-broken.md'), '---\nid: [unclosed\n---\n');
    const sound = readFileSync(
      path.join(dir, 'incidents', '2025', readdirSync(path.join(dir, 'incidents', '2025')).sort()[0]!),
      'utf8',
    );
    const withId = (id: string) => sound.replace(/^id: .*$/m, `id: ${id}`);
    writeFileSync(
      path.join(year, 'zz-bad-severity.md'),
      withId('zz-bad-severity').replace(/^severity: .*$/m, 'severity: SEV9'),
    );
    writeFileSync(
      path.join(year, 'zz-bad-reference.md'),
      withId('zz-bad-reference').replace(/^id: .*$/m, (line) => `${line}\nrelated: [no-such-incident]`),
    );
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli.js'), 'review', '--period', '2025', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' },
      },
    );
    expect(cli.status).toBe(0);
    expect(cli.stderr).toBe(
      'note: 3 incident file(s) that cannot be read or have errors in their frontmatter are left out of the review: incidents/2026/zz-bad-reference.md, incidents/2026/zz-bad-severity.md, incidents/2026/zz-broken.md\n',
    );

    // The same clock as the CLI's run, so ages in days agree.
    const fromCli = JSON.parse(cli.stdout) as { generated_at: string };
    const single = await batchReview({ cwd: dir, now: new Date(fromCli.generated_at), period: '2025' });
    expect(single.skipped).toEqual([
      'incidents/2026/zz-bad-reference.md',
      'incidents/2026/zz-bad-severity.md',
      'incidents/2026/zz-broken.md',
    ]);
    expect(fromCli).toEqual(JSON.parse(renderReviewJson(single.report)));
  });
});
