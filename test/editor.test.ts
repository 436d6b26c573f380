import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main as markdownlint } from 'markdownlint-cli2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { captureIo, ROOT } from './helpers';

/*
 * Editor support as `incidents init` sets it up: markdownlint, which editors
 * run on Markdown as you type (VS Code's markdownlint extension runs
 * markdownlint-cli2 and its config files, as this test does), with the
 * package's rule module (incidents-as-code/markdownlint, dist/markdownlint.js),
 * resolved from the repository's node_modules as after `npm i -D incidents-as-code`.
 */

const INCIDENT = [
  '---',
  'id: 2026-11-20-checkout-errors',
  'title: Checkout errors',
  'status: investigating',
  'serverity: SEV2',
  'started_at: 2026-11-20T09:12:00',
  '---',
  '# Summary',
  '',
].join('\n');
const FILE = 'incidents/2026/2026-11-20-checkout-errors.md';

let repo: string;
beforeEach(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'iac-editor-'));
  execFileSync('git', ['init', '-q', repo]);
  await runCli(['init', '--yes'], captureIo(repo));
  mkdirSync(path.join(repo, 'node_modules'));
  symlinkSync(ROOT, path.join(repo, 'node_modules', 'incidents-as-code'), 'dir');
  mkdirSync(path.join(repo, 'incidents', '2026'));
  writeFileSync(path.join(repo, FILE), INCIDENT);
  writeFileSync(path.join(repo, 'README.md'), '# A readme\n\nwith: no frontmatter\n');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function lint(
  argv: string[],
  fileContents?: Record<string, string>,
): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const code = await markdownlint({
    directory: repo,
    argv,
    logMessage: () => undefined,
    logError: (line: string) => errors.push(line),
    ...(fileContents ? { fileContents } : {}),
  });
  return { code, errors };
}

describe('incident files in an editor, through markdownlint', () => {
  it('shows what incidents validate finds, at the same line and column, with its fix', async () => {
    const io = captureIo(repo);
    expect(await runCli(['validate', '--format', 'json'], io)).toBe(1);
    const findings = JSON.parse(io.out.join('')).findings as {
      line: number;
      column: number;
      rule: string;
      message: string;
      hint: string;
    }[];
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '5:1 unknown-field',
      '6:13 timestamp-zone',
    ]);
    const { code, errors } = await lint(['incidents/**/*.md']);
    expect(code).toBe(1);
    expect(errors).toEqual(
      findings.map(
        (f) =>
          `${FILE}:${f.line}:${f.column} error incidents-as-code incident file errors (incidents validate) [${f.message} [${f.rule}]; fix: ${f.hint}]`,
      ),
    );
    expect(errors[0]).toBe(
      `${FILE}:5:1 error incidents-as-code incident file errors (incidents validate) [unknown field 'serverity'; did you mean 'severity'? [unknown-field]; fix: rename it to 'severity']`,
    );
  });

  it('checks the text being edited, not what is saved: fixing it in the editor clears the errors', async () => {
    const fixed = INCIDENT.replace('serverity', 'severity').replace('09:12:00', '09:12:00Z');
    const { code, errors } = await lint([FILE], { [FILE]: fixed });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports warnings under their own rule, which the config marks as warnings', async () => {
    const mitigated = INCIDENT.replace('serverity', 'severity')
      .replace('09:12:00', '09:12:00Z')
      .replace('status: investigating', 'status: mitigated\nmitigated_at: 2026-11-20T09:40:00Z');
    const { code, errors } = await lint([FILE], { [FILE]: mitigated });
    expect(errors).toEqual([
      `${FILE}:7:13 warning incidents-as-code-warnings incident file warnings (incidents validate) [no detected_at: time to detect cannot be measured for this mitigated incident [detected-at-missing]; fix: add detected_at: the time the first alert fired or the first person noticed, with a time zone]`,
    ]);
    expect(code).toBe(0);
  });

  it('shows a config that cannot be used at the top of the file, since nothing else can be checked', async () => {
    writeFileSync(path.join(repo, '.incidents.yml'), 'severites: []\n');
    const { code, errors } = await lint([FILE]);
    expect(code).toBe(1);
    expect(errors).toEqual([
      `${FILE}:1:1 error incidents-as-code incident file errors (incidents validate) [.incidents.yml has errors: .incidents.yml:1:1: unknown field 'severites'; did you mean 'severities'? [unknown-field]; fix: nothing in this file can be checked until the config is fixed; 'incidents validate' says the same]`,
    ]);
  });

  it('leaves Markdown outside the incidents folder alone', async () => {
    const { code, errors } = await lint(['README.md']);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
  });
});
