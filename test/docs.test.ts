import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/*
 * Every shell command the README and docs/ show (```sh blocks) is run here,
 * in order, as a reader would, in a repository of its own, so the docs
 * cannot drift. The package is the packed tarball, installed as the README
 * says (`npm i -D incidents-as-code` installs the tarball instead: the test
 * has no registry). A command that cannot run offline is listed below with
 * why, and CI runs it instead. A line ending in `# exits N` must exit N.
 */
const NOT_RUN_HERE: readonly [RegExp, string][] = [
  [/^npm ci && npm start\b/, 'reinstalls this repository: .ci/run runs it, with no token'],
  [/^npm test\b/, 'the suite this test is part of'],
];

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

interface Command {
  readonly doc: string;
  readonly line: number;
  readonly text: string;
}

function commandsOf(doc: string): Command[] {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');
  return [...text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)].flatMap((block) => {
    const first = text.slice(0, block.index).split('\n').length + 1;
    return block[1]!
      .split('\n')
      .map((command, i) => ({ doc, line: first + i, text: command.trim() }))
      .filter((command) => command.text && !command.text.startsWith('#'));
  });
}

let tarball: string;
const scratch = mkdtempSync(path.join(tmpdir(), 'iac-docs-'));
beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  tarball = path.join(scratch, packed.trim().split('\n').pop()!);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A repository of one's own: empty for the README (it starts from nothing), the example dataset for the reference. */
function sandbox(doc: string): string {
  const dir = mkdtempSync(path.join(scratch, 'repo-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['-C', dir, 'config', 'user.email', 'reader@example.com']);
  execFileSync('git', ['-C', dir, 'config', 'user.name', 'A reader']);
  if (doc !== 'README.md') {
    cpSync(path.join(ROOT, 'incidents'), path.join(dir, 'incidents'), { recursive: true });
    cpSync(path.join(ROOT, '.incidents.yml'), path.join(dir, '.incidents.yml'));
    run(dir, `npm i -D ${tarball}`);
  }
  return dir;
}

function run(cwd: string, command: string): { status: number; output: string } {
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
      HOME: process.env.HOME ?? scratch,
      // Nothing reaches a registry: the tarball is the package, and it has no dependencies.
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const expectedExit = (text: string) => Number(/#\s*exits (\d+)\s*$/.exec(text)?.[1] ?? 0);
const asRun = (text: string) => text.replace(/^npm i -D incidents-as-code\b/, () => `npm i -D ${tarball}`);

describe.each(DOCS.map((doc) => [doc, commandsOf(doc)] as const))('the commands %s shows', (doc, commands) => {
  const runnable = commands.filter((c) => !NOT_RUN_HERE.some(([pattern]) => pattern.test(c.text)));
  let cwd: string;
  beforeAll(() => {
    if (runnable.length) cwd = sandbox(doc);
  }, 60_000);

  it.each(runnable.map((c) => [`${c.doc}:${c.line}: ${c.text}`, c] as const))(
    '%s',
    (_, command) => {
      const { status, output } = run(cwd, asRun(command.text));
      expect({ status, output }).toMatchObject({ status: expectedExit(command.text) });
    },
    60_000,
  );

  it('runs every command it shows, or says why not', () => {
    for (const command of commands.filter((c) => !runnable.includes(c)))
      expect(NOT_RUN_HERE.find(([pattern]) => pattern.test(command.text))?.[1]).toBeTruthy();
  });
});

describe('the README, followed from an empty repository', () => {
  it('installs one package, with nothing else, and leaves a commit holding a checked incident', () => {
    const cwd = sandbox('README.md');
    for (const command of commandsOf('README.md').filter((c) => !NOT_RUN_HERE.some(([p]) => p.test(c.text))))
      expect(run(cwd, asRun(command.text)).status, command.text).toBe(expectedExit(command.text));
    const installed = readdirSync(path.join(cwd, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['incidents-as-code']);
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(run(cwd, 'npx incidents --version')).toEqual({ status: 0, output: `${version}\n` });
    // The installed CLI runs on the Node that runs this test (CI: 24, 20, and 22 for this file alone).
    expect(run(cwd, 'node -p process.version').output.trim()).toBe(process.version);
    const committed = execFileSync('git', ['-C', cwd, 'show', '--name-only', '--format=%s', 'HEAD'], {
      encoding: 'utf8',
    });
    expect(committed).toMatch(/^Incident: checkout failing for EU customers\n/);
    expect(committed).toMatch(/\nincidents\/\d{4}\/\d{4}-\d{2}-\d{2}-checkout-failing-for-eu-customers\.md\n/);
    expect(committed).toContain('\n.github/workflows/incidents-check.yml\n');
    expect(committed).not.toContain('node_modules');
  }, 120_000);
});
