import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate';
import { runCli } from '../src/cli/program';
import { CACHE_MIN_FILES } from '../src/incidents/load';
import { captureIo } from './helpers';
import { git } from './pull-request-repository';

/*
 * Checking one file of a large git repository takes the other files' ids
 * from a cache keyed by git blob id, under .git. The cache may make it
 * faster, never different: a file changed in the working tree, staged or
 * committed since is read again, and a cache written by anything else is
 * not used.
 */
const repo = mkdtempSync(path.join(tmpdir(), 'iac-keys-cache-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const CACHE = path.join(repo, '.git', 'incidents-as-code', 'keys.json');

generate(repo, CACHE_MIN_FILES + 50, 'clean', 3);
git(repo, 'init', '--quiet', '--initial-branch=main');
git(repo, 'add', '.');
git(repo, 'commit', '--quiet', '-m', 'incidents');
const folder = path.join(repo, 'incidents', '2026');
const [target, other] = readdirSync(folder)
  .sort()
  .slice(-2)
  .map((name) => `incidents/2026/${name}`) as [string, string];
const targetId = path.basename(target, '.md');

async function validateTarget(): Promise<{ code: number; findings: string[] }> {
  const io = captureIo(repo);
  const code = await runCli(['validate', '--format', 'json', target], io);
  const { findings } = JSON.parse(io.out.join('')) as { findings: { file: string; rule: string; message: string }[] };
  return { code, findings: findings.map((f) => `${f.file} ${f.rule} ${f.message}`) };
}

/** The other file, with the target's id: a duplicate the cache must not hide. */
function duplicateTheTarget(): void {
  const text = readFileSync(path.join(repo, other), 'utf8');
  writeFileSync(path.join(repo, other), text.replace(/^id: .*$/m, `id: ${targetId}`));
}

const DUPLICATE = `${target} id-duplicate id '${targetId}' is also used by ${other}`;

describe('the ids of the other files, from the cache under .git', () => {
  it('is written on the first run and gives the same answer on the next', async () => {
    expect(await validateTarget()).toEqual({ code: 0, findings: [] });
    expect(existsSync(CACHE)).toBe(true);
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cached.entries)).toHaveLength(CACHE_MIN_FILES + 49);
    expect(await validateTarget()).toEqual({ code: 0, findings: [] });
  });

  it('reads a file changed in the working tree, staged, or committed, not its cached ids', async () => {
    duplicateTheTarget();
    expect((await validateTarget()).findings).toEqual([DUPLICATE]);
    git(repo, 'add', other);
    expect((await validateTarget()).findings).toEqual([DUPLICATE]);
    git(repo, 'commit', '--quiet', '-m', 'duplicate');
    expect((await validateTarget()).findings).toEqual([DUPLICATE]);
    git(repo, 'revert', '--no-edit', 'HEAD');
    expect((await validateTarget()).findings).toEqual([]);
  });

  it('uses no cache written by anything else, and runs without one it cannot read', async () => {
    duplicateTheTarget();
    git(repo, 'commit', '--quiet', '-am', 'duplicate again');
    // A cache that says the other file has another id: of another format, it is not believed.
    const blob = git(repo, 'rev-parse', `HEAD:${other}`).toString().trim();
    writeFileSync(CACHE, JSON.stringify({ format: 'something else', entries: { [blob]: { id: 'elsewhere' } } }));
    expect((await validateTarget()).findings).toEqual([DUPLICATE]);
    writeFileSync(CACHE, '{ not json');
    expect((await validateTarget()).findings).toEqual([DUPLICATE]);
  });
});
