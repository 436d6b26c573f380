import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic } from '../src/incidents/write-file';
import { runCliProcess } from './reliability/cli-run';
import { FIXTURES } from './helpers';
import { cpSync } from 'node:fs';

describe('writing a file safely', () => {
  it('never replaces a file with exclusive, and leaves no temporary file behind', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iac-write-'));
    const file = path.join(folder, 'a.md');
    writeFileAtomic(file, 'first\n', { exclusive: true });
    expect(() => writeFileAtomic(file, 'second\n', { exclusive: true })).toThrow(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    expect(readdirSync(folder)).toEqual(['a.md']);
  });

  it('uses a new, unpredictable temporary name on every write', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iac-write-'));
    writeFileSync(path.join(folder, `.a.md.${process.pid}.tmp`), 'planted\n');
    writeFileAtomic(path.join(folder, 'a.md'), 'written\n');
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe('written\n');
    expect(readFileSync(path.join(folder, `.a.md.${process.pid}.tmp`), 'utf8')).toBe('planted\n');
  });
});

describe('incidents new, twice at once for the same incident', () => {
  it('creates the file once: the other run says it exists and exits 1', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'iac-new-race-'));
    cpSync(path.join(FIXTURES, 'new', 'repo'), repo, { recursive: true });
    const args = ['new', '--title', 'Checkout failing', '--severity', 'SEV2', '--started', '2026-03-04T09:12Z'];
    const runs = await Promise.all([
      runCliProcess(repo, [...args, '--commander', '@alice'], {}),
      runCliProcess(repo, [...args, '--commander', '@bob'], {}),
    ]);
    expect(runs.map((run) => run.code).sort()).toEqual([0, 1]);
    const winner = runs.find((run) => run.code === 0)!;
    const loser = runs.find((run) => run.code === 1)!;
    expect(loser.stderr).toBe(
      'incidents new: incidents/2026/2026-03-04-checkout-failing.md already exists; nothing was written\n  fix: open it to update that incident, or choose another --title or --id for a new one\n',
    );
    const written = readFileSync(path.join(repo, 'incidents/2026/2026-03-04-checkout-failing.md'), 'utf8');
    expect(winner.stdout).toContain('✔ Created incidents/2026/2026-03-04-checkout-failing.md');
    expect(written).toContain(winner === runs[0] ? '"@alice"' : '"@bob"');
    expect(readdirSync(path.join(repo, 'incidents/2026'))).toEqual(['2026-03-04-checkout-failing.md']);
  });

  it('says so, with exit 2, when the incidents folder cannot be made because a file is in the way', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'iac-new-dir-'));
    writeFileSync(path.join(repo, 'records'), 'a file\n');
    const run = await runCliProcess(
      repo,
      [
        'new',
        '--title',
        'Checkout failing',
        '--severity',
        'SEV2',
        '--started',
        '2026-03-04T09:12Z',
        '--dir',
        'records',
      ],
      {},
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "incidents: cannot write 'records/2026/2026-03-04-checkout-failing.md': its folder 'records/2026' cannot be made (a file is in the way)\n",
    );
  });
});
