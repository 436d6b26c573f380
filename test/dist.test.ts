import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateTask } from '../src/app/validate-incidents';
import type { LoadWork, Share } from '../src/incidents/load';
import { ALL_CLAIMED, type ChunkResult } from '../src/incidents/threads';
import type { ReviewFactsTask } from '../src/review/read-facts';
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

  // A worker that fails costs time, not data (the first thread reads what it did not hand back), so only this shows one broken.
  const file = 'incidents/2025/2025-01-09-cart-sessions-lost.md';
  // Its frontmatter is a list: no document, a finding.
  const broken = 'test/fixtures/validate/garbage/incidents/list.md';
  const work = (task: ValidateTask | ReviewFactsTask): LoadWork => ({
    ...task,
    items: [
      { absolute: path.join(ROOT, file), file, symlink: false },
      { absolute: path.join(ROOT, broken), file: broken, symlink: false },
    ],
    next: new Int32Array(new SharedArrayBuffer(4)),
  });
  /** Every chunk the worker posts, until it says it claimed them all. */
  const share = async (entry: string, data: LoadWork) => {
    const worker = new Worker(path.join(DIST, entry), { workerData: data });
    const chunks: ChunkResult<Share<unknown>>[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: (typeof chunks)[number] | typeof ALL_CLAIMED) => {
        if (message === ALL_CLAIMED) resolve();
        else chunks.push(message);
      });
      worker.once('error', reject);
    });
    await worker.terminate();
    return chunks;
  };

  it.each(['index.js', 'cli.js'])('runs %s as the second thread of a large validate', async (entry) => {
    const chunks = await share(
      entry,
      work({ task: 'validate-files', cwd: ROOT, configPath: undefined, now: '2026-11-23T12:00:00Z' }),
    );
    expect(chunks.map((chunk) => chunk.chunk)).toEqual([0]);
    // A file without findings keeps no result, only its id and references; the broken one gives a finding.
    expect(chunks[0]!.result.targets).toEqual([]);
    expect(chunks[0]!.result.records).toEqual([{ file, data: { id: '2025-01-09-cart-sessions-lost', related: [] } }]);
    expect(chunks[0]!.result.findings.map((finding) => [finding.file, finding.rule])).toEqual([
      [broken, 'frontmatter-not-mapping'],
    ]);
    expect(chunks[0]!.result.unread).toEqual([broken]);
  });

  it.each(['index.js', 'cli.js'])('runs %s as the second thread of a large review', async (entry) => {
    const chunks = await share(
      entry,
      work({ task: 'review-facts', cwd: ROOT, configPath: undefined, now: '2026-11-23T12:00:00Z' }),
    );
    expect(chunks[0]!.result.targets.map((target) => [target.file, (target.result as { id: string }).id])).toEqual([
      [file, '2025-01-09-cart-sessions-lost'],
    ]);
    expect(chunks[0]!.result.unread).toEqual([broken]);
  });
});
