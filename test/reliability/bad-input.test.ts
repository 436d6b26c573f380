import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { loadConfig } from '../../src/config/load';
import { ConfigError } from '../../src/core/errors';
import type { Finding } from '../../src/core/finding';
import { ruleById, ruleDocsUrl } from '../../src/validate/registry';
import { captureIo, FIXTURES, ROOT } from '../helpers';
import { GENERATORS } from './bad-input-generators';
import { recordOutcome } from './record';

/*
 * The bad-input corpus: each folder under test/fixtures/bad-input is one
 * repository a user might have (or one that case.json's "generate" builds
 * at test time, for inputs too large or too odd to commit). Each runs
 * `incidents validate --format json` the way test/cli.test.ts does, and
 * must give exactly what expected.json says: the exit code and every
 * finding (file, line, column, rule, message, hint), in time. A config
 * the tool cannot use exits 2 and prints its findings on stderr; for
 * those expected.json holds that text and the findings themselves.
 *
 * The generated cases (the large and hostile inputs) and those marked
 * "process" in case.json also run as a real process, `node cli.js`, which
 * must print the same, with no stack trace: a stack overflow or an
 * uncaught error shows there, not in-process. One process per case would
 * take minutes on a small machine; these are the ones where a process can
 * fail differently.
 *
 * UPDATE_EXPECTED=1 rewrites the expected.json files: read every finding
 * in the diff as a user would before committing it.
 */

const CASES = path.join(FIXTURES, 'bad-input');
const update = process.env.UPDATE_EXPECTED === '1';
/** No case may take longer: an alias bomb or deep nesting that is expanded or recursed into would. */
const TIME_LIMIT_MS = 20_000;
const MAX_CELL = 120;
/** A line of a stack trace ("    at fn (file.js:1:2)"): a user must never see one. */
const STACK_LINE = /^\s+at /m;

type Area = 'YAML' | 'Files' | 'Content' | 'Config';

interface CaseInfo {
  readonly area: Area;
  readonly case: string;
  /** A generator in bad-input-generators.ts that builds the repository at test time. */
  readonly generate?: string;
  /** Also run as a real process (generated cases always are). */
  readonly process?: boolean;
  /** Also check that no prototype was touched by the run. */
  readonly checkPrototype?: boolean;
}

interface Expected {
  readonly exitCode: number;
  readonly files?: number;
  readonly errors?: number;
  readonly warnings?: number;
  readonly findings: readonly Finding[];
  /** For a config the tool cannot use (exit 2): what the user reads on stderr. */
  readonly stderr?: string;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

const ARGS = ['validate', '--format', 'json'];
const scratch = mkdtempSync(path.join(tmpdir(), 'iac-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * dist/ (built by vitest's global setup), copied before the first test: a
 * rebuild of dist/ at the same time (npm run build in another terminal)
 * must not pull the CLI out from under a run.
 */
let bundle = '';
beforeAll(() => {
  const dist = path.join(ROOT, 'dist');
  for (let waited = 0; !existsSync(path.join(dist, 'cli.js')) && waited < 20_000; waited += 100)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  cpSync(dist, path.join(scratch, 'dist'), { recursive: true });
  bundle = path.join(scratch, 'dist', 'cli.js');
});

function runProcess(cwd: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle, ...ARGS],
      { cwd, timeout: TIME_LIMIT_MS, maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

async function runInProcess(cwd: string): Promise<Run> {
  const started = Date.now();
  const io = captureIo(cwd);
  const code = await runCli(ARGS, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), ms: Date.now() - started };
}

/** The findings of a config the tool refuses, from the code the CLI runs (every command loads the config first). */
function refusedConfigFindings(cwd: string): readonly Finding[] {
  try {
    loadConfig(cwd, undefined);
  } catch (error) {
    if (error instanceof ConfigError) return error.findings;
    throw error;
  }
  return [];
}

function observed(run: Run, cwd: string): Expected {
  if (run.code === 2) return { exitCode: 2, stderr: run.stderr, findings: refusedConfigFindings(cwd) };
  const json = JSON.parse(run.stdout) as {
    files: number;
    errors: number;
    warnings: number;
    findings: (Finding & { docs: string })[];
  };
  const findings = json.findings.map(({ docs, ...finding }) => {
    expect(docs).toBe(ruleDocsUrl(finding.rule));
    return finding;
  });
  return { exitCode: run.code ?? -1, files: json.files, errors: json.errors, warnings: json.warnings, findings };
}

/** "exit 1: file:line:col rule message", cut to fit a table cell. */
function whatTheUserSees(result: Expected): string {
  const first = result.findings[0];
  const detail = first
    ? `${first.file}:${first.line}:${first.column} ${first.rule} ${first.message}`
    : result.stderr?.split('\n')[0]?.replace(/^incidents: /, '') || 'no findings';
  const text = `exit ${result.exitCode}: ${detail}`.replace(/\s+/g, ' ');
  const cut = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
  return cut.replace(/\|/g, '\\|');
}

function repositoryFor(name: string, info: CaseInfo): string {
  if (!info.generate) return path.join(CASES, name);
  const generate = GENERATORS[info.generate];
  if (!generate) throw new Error(`case ${name}: no generator '${info.generate}'`);
  const root = path.join(scratch, name);
  const repo = path.join(root, 'repo');
  mkdirSync(repo, { recursive: true });
  generate(repo, path.join(root, 'outside'));
  return repo;
}

const names = readdirSync(CASES)
  .filter((name) => existsSync(path.join(CASES, name, 'case.json')))
  .sort();
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

describe.concurrent('bad input: what a user sees', () => {
  for (const name of names) {
    const info = readJson<CaseInfo>(path.join(CASES, name, 'case.json'));
    it(`${info.area}: ${info.case} (${name})`, async (context) => {
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
      const cwd = repositoryFor(name, info);
      const run = await runInProcess(cwd);
      context.expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
      context.expect(run.stderr).not.toMatch(STACK_LINE);

      const actual = observed(run, cwd);
      const expectedFile = path.join(CASES, name, 'expected.json');
      if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      context.expect(actual).toEqual(readJson<Expected>(expectedFile));
      for (const finding of actual.findings)
        context.expect(ruleById(finding.rule), `rule ${finding.rule} is documented`).toBeDefined();

      if (info.checkPrototype) {
        context.expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
        context.expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        context.expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }

      if (info.generate || info.process) {
        const real = await runProcess(cwd);
        context.expect(real.code, `the CLI was killed after ${real.ms} ms, or crashed:\n${real.stderr}`).toBe(run.code);
        context.expect(real.stderr).not.toMatch(STACK_LINE);
        context.expect(real.stderr).toBe(run.stderr);
        context.expect(real.stdout).toBe(run.stdout);
      }

      recordOutcome(context, {
        table: 'Bad input',
        cells: { area: info.area, case: info.case, 'what the user sees': whatTheUserSees(actual) },
      });
    });
  }
});

describe('the bad-input corpus', () => {
  it('has at least 60 cases a user must fix (exit code 1), in every area', () => {
    const expected = names.map((name) => ({
      info: readJson<CaseInfo>(path.join(CASES, name, 'case.json')),
      result: readJson<Expected>(path.join(CASES, name, 'expected.json')),
    }));
    const failing = expected.filter(({ result }) => result.exitCode === 1);
    expect(failing.length).toBeGreaterThanOrEqual(60);
    for (const { result } of failing)
      expect(result.findings.some((finding) => finding.severity === 'error')).toBe(true);
    expect(new Set(failing.map(({ info }) => info.area))).toEqual(new Set(['YAML', 'Files', 'Content', 'Config']));
  });
});
