import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initCommand, ACTION_REF } from '../src/cli/init';
import type { InitPrompts } from '../src/cli/init-prompts';
import { runCli } from '../src/cli/program';
import { loadConfig } from '../src/config/load';
import { planDeclaration } from '../src/declare/plan';
import { load as parseYaml } from 'js-yaml';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { captureIo, FIXTURES, NOW } from './helpers';
import { REPO, TEST_TIMING, TOKEN } from './sync-helpers';

/*
 * test/fixtures/init/expected/ holds the exact files `incidents init --yes`
 * writes. UPDATE_EXPECTED=1 rewrites them: read the diff before committing.
 */
const EXPECTED = path.join(FIXTURES, 'init', 'expected');
const update = process.env.UPDATE_EXPECTED === '1';

const FILES = [
  '.incidents.yml',
  '.github/workflows/incidents-check.yml',
  '.github/workflows/incidents-sync.yml',
  '.github/workflows/incidents-review.yml',
  '.github/workflows/incidents-declare.yml',
  '.github/ISSUE_TEMPLATE/declare-incident.yml',
  'incidents/.markdownlint-cli2.jsonc',
  '.vscode/extensions.json',
  '.gitignore',
];

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iac-init-'));
  execFileSync('git', ['init', '-q', repo]);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === '.git'
      ? []
      : entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
  );
}

describe('incidents init --yes in an empty repository', () => {
  it('writes the config, one workflow per event, the declare form and the editor settings, and says what to do next', async () => {
    const io = captureIo(repo);
    expect(await runCli(['init', '--yes'], io)).toBe(0);
    expect(filesUnder(repo).sort()).toEqual([...FILES].sort());
    for (const file of FILES) {
      const expected = path.join(EXPECTED, file.replace(/\//g, '__'));
      if (update) writeFileSync(expected, read(file));
      expect(read(file), file).toBe(readFileSync(expected, 'utf8'));
    }
    const out = io.out.join('');
    expect(out).toContain(
      '  wrote .github/workflows/incidents-check.yml         pull requests: check, and one comment\n',
    );
    expect(out).toContain('\n9 file(s) written.\n');
    expect(out).toContain('  1. Record an incident:   npx incidents new\n');
    expect(out).toContain(
      '  1. Create the \'incident\' label: the declare form sets it, and GitHub drops a label that does not exist:\n     gh label create incident --color B60205 --description "Declared with the incident form"\n',
    );
    expect(io.err).toEqual([]);
  });

  it('writes a config that loads without a finding, with the defaults the rest of the tool uses', async () => {
    await runCli(['init', '--yes'], captureIo(repo));
    const { config, findings } = loadConfig(repo, undefined);
    expect(findings).toEqual([]);
    expect(config.severities.map((s) => s.id)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(config.incidentsDir).toBe('incidents');
    expect(config.services).toEqual([]);
  });

  it("writes a declare form whose answers the Action's declare turns into an incident file", async () => {
    await runCli(['init', '--yes'], captureIo(repo));
    const form = parseYaml(read('.github/ISSUE_TEMPLATE/declare-incident.yml')) as {
      labels: string[];
      body: { type: string; attributes: { label?: string; options?: string[] } }[];
    };
    const questions = form.body.filter((field) => field.type !== 'markdown').map((field) => field.attributes.label);
    expect(questions).toEqual([
      'Severity',
      'When did impact start?',
      'Services affected',
      'Incident commander',
      'What is happening?',
    ]);
    expect(form.body[1]!.attributes.options).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    // The body GitHub renders from this form: "### <label>" then the answer.
    const answers = ['SEV2', '2026-11-23T10:05Z', 'checkout', '@alice', 'Card payments fail.'];
    const body = questions.map((question, i) => `### ${question}\n\n${answers[i]}`).join('\n\n');
    const plan = planDeclaration(
      {
        number: 7,
        title: '[Incident]: Checkout failing',
        body,
        labels: form.labels,
        author: 'alice',
        createdAt: '2026-11-23T10:06:00Z',
      },
      loadConfig(repo, undefined).config,
      NOW,
    );
    expect(plan.kind).toBe('file');
  });

  it('names the Action by the major-version tag the release workflow moves', async () => {
    await runCli(['init', '--yes'], captureIo(repo));
    expect(ACTION_REF).toBe('incidents-as-code/incidents-as-code@v0');
    for (const file of FILES.filter((f) => f.startsWith('.github/workflows/')))
      expect(read(file)).toContain(`      - uses: ${ACTION_REF}\n`);
  });

  it('leaves a repository where new, then validate, pass: the first incident is checked', async () => {
    await runCli(['init', '--yes'], captureIo(repo));
    const created = captureIo(repo);
    expect(
      await runCli(
        ['new', '--yes', '--title', 'Checkout failing', '--severity', 'SEV2', '--started', '30m ago'],
        created,
      ),
    ).toBe(0);
    const checked = captureIo(repo);
    expect(await runCli(['validate'], checked)).toBe(0);
    expect(checked.out.join('')).toBe('✔ 1 file checked: 0 errors, 0 warnings\n');
  });
});

describe('incidents init again, or over files that are there', () => {
  it('changes nothing on a second run, keeping edits people made, and exits 0 saying so', async () => {
    await runCli(['init', '--yes'], captureIo(repo));
    writeFileSync(path.join(repo, '.incidents.yml'), 'incidents_dir: records\n');
    const before = FILES.map(read);
    const io = captureIo(repo);
    expect(await runCli(['init', '--yes', '--severities', 'P1,P2'], io)).toBe(0);
    expect(FILES.map(read)).toEqual(before);
    expect(io.out.join('')).toContain(
      '  kept  .incidents.yml                                (already there: not changed)\n',
    );
    expect(io.out.join('')).toContain('\nEvery file was already there: nothing was changed.\n');
  });

  it('writes only the files that are missing, and never touches a .gitignore that is there', async () => {
    writeFileSync(path.join(repo, '.gitignore'), 'dist/\n');
    mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(repo, '.github', 'workflows', 'incidents-check.yml'), 'name: mine\n');
    const io = captureIo(repo);
    expect(await runCli(['init', '--yes'], io)).toBe(0);
    expect(read('.github/workflows/incidents-check.yml')).toBe('name: mine\n');
    expect(read('.gitignore')).toBe('dist/\n');
    expect(io.out.join('')).toContain('\n7 file(s) written, 2 kept as they were.\n');
  });

  it('warns when run outside the root of a git repository', async () => {
    const folder = path.join(repo, 'sub');
    mkdirSync(folder);
    const io = captureIo(folder);
    expect(await runCli(['init', '--yes'], io)).toBe(0);
    expect(io.err.join('')).toBe(
      'incidents init: warning: this is not the root of a git repository; GitHub runs the workflows only from .github/ at the root\n',
    );
  });
});

describe('incidents init with flags or answers', () => {
  it('takes severities, categories, services and the branch from flags', async () => {
    const io = captureIo(repo, { env: { GITHUB_REPOSITORY: 'acme/shop' } });
    const flags = ['--severities', 'P1,P2', '--categories', 'deploy,vendor', '--services', 'checkout, search'];
    expect(await runCli(['init', '--yes', ...flags, '--branch', 'trunk'], io)).toBe(0);
    const { config, findings } = loadConfig(repo, undefined);
    expect(findings).toEqual([]);
    expect(config.severities.map((s) => [s.id, s.reviewWithinDays])).toEqual([
      ['P1', 5],
      ['P2', 10],
    ]);
    expect(config.categories.map((c) => c.id)).toEqual(['deploy', 'vendor']);
    expect(config.services.map((s) => s.id)).toEqual(['checkout', 'search']);
    expect(read('.incidents.yml')).toContain(
      '    description: "TODO: say when an incident is P1, so a responder can choose under stress."\n',
    );
    expect(read('.github/workflows/incidents-sync.yml')).toContain('    branches: [trunk]\n');
    expect(read('.github/ISSUE_TEMPLATE/declare-incident.yml')).toContain('      options: [P1, P2]\n');
    expect(io.out.join('')).toContain(
      '     gh label create incident --repo acme/shop --color B60205 --description "Declared with the incident form"\n',
    );
    expect(io.out.join('')).toContain('in https://github.com/acme/shop/settings/actions,\n');
  });

  it('exits 2 on a bad flag, naming it, and writes nothing', async () => {
    const io = captureIo(repo);
    expect(await runCli(['init', '--yes', '--severities', 'SEV1,sev1', '--branch', 'a b'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      [
        "incidents init: --severities: severity 'sev1' is listed twice",
        "incidents init: --branch: 'a b' is not a branch name a workflow can filter on",
        '',
      ].join('\n'),
    );
    expect(filesUnder(repo)).toEqual([]);
  });

  it('asks on a terminal, starting from the flags, and writes what was answered', async () => {
    const asked: unknown[] = [];
    const prompts: InitPrompts = {
      available: () => true,
      ask: async (defaults) => {
        asked.push(defaults);
        return { ...defaults, services: ['checkout'] };
      },
    };
    const io = captureIo(repo, { stdoutIsTty: true });
    expect(await initCommand({ severities: 'SEV1,SEV2' }, io, prompts)).toBe(0);
    expect(asked).toEqual([
      { severities: ['SEV1', 'SEV2'], categories: expect.any(Array), services: [], branch: 'main' },
    ]);
    expect(loadConfig(repo, undefined).config.services.map((s) => s.id)).toEqual(['checkout']);
  });

  it('never asks with --yes, even on a terminal', async () => {
    const prompts: InitPrompts = {
      available: () => true,
      ask: () => Promise.reject(new Error('asked')),
    };
    expect(await initCommand({ yes: true }, captureIo(repo, { stdoutIsTty: true }), prompts)).toBe(0);
  });
});

describe('incidents init --github: what files cannot do, made on GitHub', () => {
  let server: GitHubServer;
  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.addRepo(REPO, { defaultLabels: true });
  });
  afterEach(() => server.close());
  const env = (token = TOKEN) => ({ GITHUB_TOKEN: token, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: server.url });
  const labels = () => [...server.state.repo(REPO)!.labels.values()].map((label) => label.name);

  it("makes the 'incident' label once, and leaves it out of the settings still to make", async () => {
    const io = captureIo(repo, { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['init', '--yes', '--github'], io)).toBe(0);
    expect(labels()).toContain('incident');
    const out = io.out.join('');
    expect(out).toContain("  made  the 'incident' label on acme/reliability\n");
    expect(out).toContain('Once, on GitHub (files cannot do this):\n  1. Let workflows open pull requests');
    const again = captureIo(repo, { env: env(), githubTiming: TEST_TIMING });
    expect(await runCli(['init', '--yes', '--github'], again)).toBe(0);
    expect(again.out.join('')).toContain("  kept  the 'incident' label on acme/reliability (already there)\n");
    expect(labels().filter((name) => name === 'incident')).toHaveLength(1);
  });

  it('exits 2 before writing anything when there is no token to do it with', async () => {
    const io = captureIo(repo, { env: { GITHUB_REPOSITORY: REPO } });
    expect(await runCli(['init', '--yes', '--github'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      'incidents: --github makes the settings on GitHub, and needs a token that can write issues: set GITHUB_TOKEN (or GH_TOKEN), or leave out --github\n',
    );
    expect(filesUnder(repo)).toEqual([]);
  });

  it('writes the files, then exits 1 saying why when GitHub refuses the token', async () => {
    const io = captureIo(repo, { env: env('ghp_revoked'), githubTiming: TEST_TIMING });
    expect(await runCli(['init', '--yes', '--github'], io)).toBe(1);
    expect(filesUnder(repo)).toHaveLength(FILES.length);
    expect(io.err.join('')).toBe(
      "incidents init: could not make the 'incident' label on acme/reliability: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN): it needs issues write on the repository\n",
    );
    expect(io.out.join('')).toContain("  1. Create the 'incident' label");
  });
});
