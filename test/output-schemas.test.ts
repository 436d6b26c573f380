import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { captureIo, FIXTURES, ROOT } from './helpers';
import { copyFixture, REPO, TEST_TIMING, TOKEN } from './sync-helpers';

/* Every JSON the CLI prints for a program to read matches the schema in schemas/ that documents it. */

function validator(name: string) {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object);
}

async function jsonOf(argv: string[], io: ReturnType<typeof captureIo>): Promise<unknown> {
  await runCli(argv, io);
  return JSON.parse(io.out.join(''));
}

describe('incidents validate --format json', () => {
  const valid = validator('validate-report');

  it.each([
    ['with errors and warnings', path.join(FIXTURES, 'validate', 'four-findings')],
    ['with findings of every area', path.join(FIXTURES, 'validate', 'timestamps')],
    ['on the example dataset', ROOT],
  ])('matches schemas/validate-report.schema.json %s', async (_, repo) => {
    const report = await jsonOf(['validate', '--format', 'json'], captureIo(repo));
    expect(valid(report), JSON.stringify(valid.errors)).toBe(true);
  });

  it('is a schema that can fail: a finding without its position does not match', async () => {
    const report = (await jsonOf(
      ['validate', '--format', 'json'],
      captureIo(path.join(FIXTURES, 'validate', 'four-findings')),
    )) as {
      findings: Record<string, unknown>[];
    };
    expect(report.findings.length).toBeGreaterThan(0);
    delete report.findings[0]!.line;
    expect(valid(report)).toBe(false);
  });
});

describe('incidents sync --format json', () => {
  const valid = validator('sync-report');
  let server: GitHubServer;
  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.addRepo(REPO, { assignable: ['alice', 'bob', 'carol'], defaultLabels: false });
  });
  afterEach(() => server.close());
  const env = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: server.url });

  it('matches schemas/sync-report.schema.json: a plan without a token, what was applied, and a plan that updates and closes', async () => {
    const repo = copyFixture('basic');
    const modes: unknown[] = [];
    const check = async (argv: string[], withToken: boolean) => {
      const report = (await jsonOf(
        ['sync', '--format', 'json', ...argv],
        captureIo(repo, { env: withToken ? env() : {}, githubTiming: TEST_TIMING }),
      )) as {
        mode: string;
        operations: { kind: string }[];
      };
      expect(valid(report), JSON.stringify(valid.errors)).toBe(true);
      modes.push([report.mode, report.operations.map((op) => op.kind)]);
    };
    await check(['--dry-run'], false);
    await check([], true);
    const file = path.join(repo, 'incidents', '2026', '2026-04-02-search-slow.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/title: Load test search before promotions/, 'title: Load test search before every promotion'),
    );
    const checkout = path.join(repo, 'incidents', '2026', '2026-03-04-checkout-errors.md');
    writeFileSync(checkout, readFileSync(checkout, 'utf8').replace(/\n {2}- id: checkout-alert\n(?: {4}.*\n)+/, '\n'));
    await check(['--dry-run'], true);
    expect(modes).toEqual([
      ['no-token', ['create', 'create', 'create', 'create']],
      ['applied', ['create', 'create', 'create', 'create']],
      ['dry-run', ['update', 'close']],
    ]);
  });
});
