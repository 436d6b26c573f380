import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { FactsShare, ReviewFactsTask } from '../src/review/read-facts';
import { ROOT } from './helpers';
import { changedFiles, snapshotFiles } from './reliability/cli-run';

// dist/ as vitest's global setup (or CI) built it from the current sources.
const DIST = path.join(ROOT, 'dist');
const files = snapshotFiles(DIST);
const text = (file: string) => files.get(file)!.toString('utf8');

/** Ajv's schema compiler, as it shows in a bundle: its functions, its errors, the files esbuild names. */
const COMPILER_SIGNS = [
  'compileSchema',
  'Ajv2020',
  'ajv implementation error',
  '// node_modules/ajv/dist/core.js',
  '// node_modules/ajv/dist/compile/',
];
/** Where the build put the validators it compiled (scripts/build.mjs), and Ajv's standalone code for one. */
const PRECOMPILED = '// precompiled:schema-compiler\n';
const STANDALONE_VALIDATOR = /^function validate\d+\(data, \{ instancePath = "",/m;

const scratch = mkdtempSync(path.join(tmpdir(), 'iac-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('dist/', () => {
  it('carries no JSON Schema compiler: the validators were compiled at build time', async () => {
    const carrying = [...files.keys()].filter((file) => COMPILER_SIGNS.some((sign) => text(file).includes(sign)));
    expect(carrying).toEqual([]);
    // The signs are real: the module the build swaps out, bundled as it is, shows every one of them.
    const unswapped = await build({
      entryPoints: [path.join(ROOT, 'src/schema/compiler.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    for (const sign of COMPILER_SIGNS) expect(unswapped.outputFiles[0]!.text).toContain(sign);
  });

  it('holds the precompiled validators once in the Action, once in the CLI and once in the markdownlint rules', () => {
    const holding = [...files.keys()].filter((file) => text(file).includes(PRECOMPILED)).sort();
    expect(holding.filter((file) => file === 'index.js')).toHaveLength(1);
    expect(holding.filter((file) => file === 'markdownlint.js')).toHaveLength(1);
    expect(holding.filter((file) => file !== 'index.js' && file !== 'markdownlint.js')).toHaveLength(1);
    for (const file of holding) expect(text(file)).toMatch(STANDALONE_VALIDATOR);
  });

  it('bundles the Action in one file, and names every file for the import graph, never for its content', () => {
    expect(text('index.js')).not.toMatch(/(?:from|import\()\s*"\.\//);
    const names = [...files.keys()].sort();
    expect(
      names.filter(
        (file) =>
          !/^(?:cli\.js|index\.js|markdownlint\.js|THIRD-PARTY-LICENSES\.txt|chunks\/[a-z]+(?:\+[a-z]+)*\.js)$/.test(
            file,
          ),
      ),
    ).toEqual([]);
    expect(names).toContain('chunks/validate.js');
  });

  it('ships the license of every package the bundles carry, with its text', () => {
    const notices = text('THIRD-PARTY-LICENSES.txt');
    // Every module esbuild bundled from node_modules says where it came from in a comment like this one.
    const bundled = new Set(
      ['index.js', ...[...files.keys()].filter((file) => file.startsWith('chunks/') || file === 'cli.js')].flatMap(
        (file) =>
          [...text(file).matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)].map((match) => match[1]!),
      ),
    );
    expect(bundled.size).toBeGreaterThan(50);
    const listed = new Set(
      [...notices.matchAll(/^- ((?:@[^/\n]+\/)?[^@\n]+)@[^:]+: \S+$/gm)].map((match) => match[1]!),
    );
    expect([...bundled].filter((name) => !listed.has(name))).toEqual([]);
    expect(notices).toContain(
      'ajv@8.20.0 (MIT)\n' + '-'.repeat(72) + '\n\nThe MIT License (MIT)\n\nCopyright (c) 2015-2021 Evgeny Poberezkin',
    );
  });

  it('is what a second build of the same sources writes, byte for byte', () => {
    const again = path.join(scratch, 'dist');
    execFileSync(process.execPath, ['scripts/build.mjs', again], { cwd: ROOT, stdio: 'pipe' });
    expect(changedFiles(files, snapshotFiles(again))).toEqual([]);
  });

  // A worker that fails costs the review time, not data (read-facts.ts reads its share itself), so only this shows one broken.
  it.each(['index.js', 'cli.js'])('runs %s as the worker thread of a large review', async (entry) => {
    const file = 'incidents/2025/2025-01-09-cart-sessions-lost.md';
    const task: ReviewFactsTask = {
      task: 'review-facts',
      cwd: ROOT,
      configPath: undefined,
      now: '2026-11-23T12:00:00Z',
      entries: [{ absolute: path.join(ROOT, file), file, symlink: false }],
    };
    const worker = new Worker(path.join(DIST, entry), { workerData: task });
    const share = await new Promise<FactsShare>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(share.unreadable).toEqual([]);
    expect(share.files.map((read) => [read.file, read.facts?.id])).toEqual([[file, '2025-01-09-cart-sessions-lost']]);
  });
});
