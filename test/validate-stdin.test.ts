import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { readStreamBounded } from '../src/incidents/read/stream';
import { captureIo, FIXTURES, ROOT } from './helpers';

/*
 * `incidents validate -`: one incident from standard input, for editors
 * (an unsaved buffer) and hooks. It is checked against the rest of the
 * repository as a named file is.
 */

const repo = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-stdin-'));
  cpSync(path.join(FIXTURES, 'validate', 'valid'), dir, { recursive: true });
  return dir;
};

const FILE = 'incidents/2026/2026-03-04-checkout-errors.md';

function withStdin(cwd: string, text: string) {
  return captureIo(cwd, { readStdin: (limit) => readStreamBounded(Readable.from([Buffer.from(text)]), limit) });
}

describe('incidents validate -', () => {
  it('checks the text on standard input as the file --stdin-name names, in place of what is on disk', async () => {
    const cwd = repo();
    const edited = readFileSync(path.join(cwd, FILE), 'utf8').replace('severity: SEV1', 'severity: SEV9');
    const io = withStdin(cwd, edited);
    expect(await runCli(['validate', '-', '--stdin-name', FILE, '--format', 'json'], io)).toBe(1);
    const result = JSON.parse(io.out.join('')) as { files: number; findings: { file: string; rule: string }[] };
    expect(result.files).toBe(1);
    expect(result.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([`${FILE} severity-value`]);
  });

  it('names it <stdin> when no name is given, and checks its references against the repository', async () => {
    const cwd = repo();
    const text = [
      '---',
      'id: 2026-03-05-checkout-again',
      'title: Checkout errors again',
      'status: investigating',
      'severity: SEV2',
      'started_at: 2026-03-05T09:12:00Z',
      'repeat_of: 2026-03-04-checkout-error',
      '---',
      '# Summary',
      '',
    ].join('\n');
    const io = withStdin(cwd, text);
    expect(await runCli(['validate', '-'], io)).toBe(1);
    expect(io.out.join('')).toBe(
      [
        '<stdin>',
        "  7:12  error    repeat_of names '2026-03-04-checkout-error', but no incident has that id  reference-unknown",
        "                 fix: did you mean '2026-03-04-checkout-errors'?",
        '',
        '✖ 1 file checked: 1 error, 0 warnings',
        "run 'incidents explain <rule>' for more on any rule above",
        '',
      ].join('\n'),
    );
  });

  it('is a usage error beside other paths, and --stdin-name without it', async () => {
    const cwd = repo();
    const both = withStdin(cwd, '');
    expect(await runCli(['validate', '-', FILE], both)).toBe(2);
    expect(both.err.join('')).toBe(
      "incidents: '-' reads one incident from standard input: give it alone, without other paths\n",
    );
    const nameOnly = withStdin(cwd, '');
    expect(await runCli(['validate', FILE, '--stdin-name', FILE], nameOnly)).toBe(2);
    expect(nameOnly.err.join('')).toBe(
      "incidents: --stdin-name names the text read from standard input: give '-' as the path\n",
    );
  });

  it('reads standard input no further than the size limit', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(64 * 1024, 'a');
      })(),
    );
    const read = await readStreamBounded(endless, 1024 * 1024);
    expect('tooLarge' in read && read.tooLarge).toBe(1024 * 1024 + 64 * 1024);
    const io = captureIo(repo(), { readStdin: () => Promise.resolve({ tooLarge: 2 * 1024 * 1024 }) });
    expect(await runCli(['validate', '-'], io)).toBe(1);
    expect(io.out.join('')).toContain(
      '  1:1  error    the text is larger than the 1.0 MiB limit for an incident file (reading stopped there)  file-too-large\n',
    );
  });

  it('reads the real standard input of the built CLI', () => {
    const cwd = repo();
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli.js'), 'validate', '-', '--stdin-name', FILE],
      {
        cwd,
        input: readFileSync(path.join(cwd, FILE)),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 1 file checked: 0 errors, 0 warnings\n');
    expect(run.status).toBe(0);
  });
});
