import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from './reliability/cli-run';

/*
 * Bounded time on any input (issue 15): a hostile id_pattern (which a pull
 * request can change) and a named pipe where a file was expected. Each runs
 * the built CLI as a user does; a run that hangs is killed after 20 s and
 * the test fails on its missing exit code, not on a measured time.
 */

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iac-bounded-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

const killAfter = (ms: number) => (child: ChildProcess) => {
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  child.on('close', () => clearTimeout(timer));
};

const validate = (...args: string[]) => runCliProcess(repo, ['validate', ...args], {}, killAfter(20_000));

function incident(id: string): string {
  return `---\nid: "${id}"\ntitle: Checkout errors\nstatus: investigating\nseverity: SEV2\nstarted_at: 2026-03-04T09:12:00Z\n---\n# Summary\n`;
}

describe('bounded time on hostile input', () => {
  it('checks ids against an id_pattern with nested quantifiers in linear time', async () => {
    write('.incidents.yml', 'id_pattern: "^(a+)+$"\n');
    // 28 a's and a '!' took 44 s with a backtracking engine, doubling with each a; 100,000 would never end.
    const ids = [`${'a'.repeat(28)}!`, `${'a'.repeat(100_000)}!`, 'aaaa'];
    ids.forEach((id, i) => write(`incidents/${i === 2 ? id : `hostile-${i}`}.md`, incident(id)));
    const run = await validate('--format', 'json');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { file: string; rule: string }[] }).findings;
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'incidents/hostile-0.md id-format',
      'incidents/hostile-1.md id-format',
    ]);
  }, 30_000);

  it('refuses an id_pattern the linear-time engine cannot run, at the config, with why', async () => {
    write('.incidents.yml', 'id_pattern: "^(\\\\d{4})-\\\\1$"\n');
    write('incidents/x.md', incident('2026-2026'));
    const run = await validate();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "1:13  error    id_pattern '^(\\d{4})-\\1$' cannot be matched in a time bounded by the id's length: invalid escape sequence: `\\1`  field-format",
    );
  }, 30_000);

  it('names a named pipe given as a file instead of waiting on it', async () => {
    write('incidents/2026-03-04-ok.md', incident('2026-03-04-ok'));
    execFileSync('mkfifo', [path.join(repo, 'incidents', 'fifo.md')]);
    const run = await validate('incidents/fifo.md');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'incidents/fifo.md\n  1:1  error    the file is a named pipe, not a regular file, so it was not read  file-not-text\n',
    );
    // A whole validate walks past it: only regular files are incident files.
    const whole = await validate();
    expect(whole.code).toBe(0);
  }, 30_000);

  it('refuses a config that is a named pipe', async () => {
    execFileSync('mkfifo', [path.join(repo, '.incidents.yml')]);
    write('incidents/2026-03-04-ok.md', incident('2026-03-04-ok'));
    const run = await validate();
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'incidents: .incidents.yml is a named pipe, not a regular file; the config must be a file (it was not read)\n',
    );
  }, 30_000);
});
