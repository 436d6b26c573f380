import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/*
 * `incidents validate | head`: the reader stops early and closes the pipe.
 * The CLI must stop quietly, not print a stack trace about EPIPE.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output into a pipe that closes early', () => {
  it('ends without a word on stderr', async () => {
    mkdirSync(path.join(dir, 'incidents'));
    // 3,000 files with two findings each: far more output than a pipe holds.
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(dir, 'incidents', `bad-${i}.md`), '---\nid: x\n---\n');
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'validate'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.split('\n')[0]).toBe('incidents/bad-0.md');
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
