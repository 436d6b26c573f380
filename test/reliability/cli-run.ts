import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';

/** Preloaded into the process under test: GitHub's pacing and retry waits, on a faster clock (see the file). */
export const FAST_CLOCK = path.join(ROOT, 'test', 'reliability', 'fast-clock.mjs');

let bundle: string | undefined;

/**
 * dist/cli.js, copied once per test file: a rebuild of dist/ at the same
 * time (npm run build in another terminal) must not pull the CLI out from
 * under a run. The copy is what vitest's global setup built.
 */
function cliBundle(): string {
  if (bundle) return bundle;
  const dist = path.join(ROOT, 'dist');
  for (let waited = 0; !existsSync(path.join(dist, 'cli.js')) && waited < 20_000; waited += 100)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  const copy = mkdtempSync(path.join(tmpdir(), 'iac-dist-'));
  cpSync(dist, copy, { recursive: true });
  bundle = path.join(copy, 'cli.js');
  return bundle;
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock milliseconds from spawn to exit. */
  readonly ms: number;
}

/**
 * `node dist/cli.js <args>` in `cwd`, as a user runs it, with only the given
 * environment (plus PATH). `started` sees the child, so a test can kill it.
 */
export function runCliProcess(
  cwd: string,
  args: readonly string[],
  env: Record<string, string>,
  started?: (child: ChildProcess) => void,
): Promise<CliRun> {
  const begin = Date.now();
  const child = spawn(process.execPath, ['--import', FAST_CLOCK, cliBundle(), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - begin })),
  );
}

/** Every file under `dir` (relative path -> bytes), to show a run changed none of them. */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full));
  }
  return files;
}

/** Files added, removed or changed between two snapshots. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((name) => {
      const [was, is] = [before.get(name), after.get(name)];
      return !was || !is || !was.equals(is);
    })
    .sort();
}

/** A line of a V8 stack trace ("    at fn (file.js:1:2)"). */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
