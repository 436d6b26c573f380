import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { captureIo, FIXTURES, ROOT } from './helpers';

const fixture = (name: string) => path.join(FIXTURES, 'validate', name);

describe('incidents --version', () => {
  it('prints the version from package.json and exits 0', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out.join('')).toBe('0.1.0\n');
  });
});

describe('incidents validate', () => {
  it('refuses an incidents_dir that names a file, with exit 2, instead of checking nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iac-dir-'));
    writeFileSync(path.join(dir, '.incidents.yml'), 'incidents_dir: README.md\n');
    writeFileSync(path.join(dir, 'README.md'), '# Incidents\n');
    const io = captureIo(dir);
    expect(await runCli(['validate'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      "incidents: the incidents folder 'README.md' is a file, not a folder: point incidents_dir in .incidents.yml at the folder that holds the incident files\n",
    );
  });

  it('refuses it the same way for every command that reads the incidents: review too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iac-dir-'));
    writeFileSync(path.join(dir, '.incidents.yml'), 'incidents_dir: README.md\n');
    writeFileSync(path.join(dir, 'README.md'), '# Incidents\n');
    const io = captureIo(dir);
    expect(await runCli(['review', '--period', '2026-Q1'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      "incidents: the incidents folder 'README.md' is a file, not a folder: point incidents_dir in .incidents.yml at the folder that holds the incident files\n",
    );
  });

  describe('with no incident files to check: exit 2 naming the folder, never a green that checked nothing', () => {
    const NONE_UNDER_DEFAULT =
      "incidents: no incident files (*.md) under 'incidents', the default incidents_dir (there is no .incidents.yml here): nothing was checked\n" +
      "  fix: run from the repository's root, point incidents_dir at the folder that holds them, or record the first one with 'incidents new'\n";

    it.each([['validate'], ['status'], ['sync', '--dry-run'], ['review', '--period', '2026-Q1']])(
      '%s in a repository without an incidents folder',
      async (...argv) => {
        const io = captureIo(mkdtempSync(path.join(tmpdir(), 'iac-none-')));
        expect(await runCli(argv, io)).toBe(2);
        expect(io.out).toEqual([]);
        expect(io.err.join('')).toBe(NONE_UNDER_DEFAULT);
      },
    );

    it('validate with a configured folder that holds no *.md, naming the setting', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'iac-none-'));
      writeFileSync(path.join(dir, '.incidents.yml'), 'incidents_dir: docs/incidents\n');
      mkdirSync(path.join(dir, 'docs', 'incidents'), { recursive: true });
      writeFileSync(path.join(dir, 'docs', 'incidents', 'notes.txt'), 'not an incident\n');
      const io = captureIo(dir);
      expect(await runCli(['validate'], io)).toBe(2);
      expect(io.err.join('')).toMatch(
        /^incidents: no incident files \(\*\.md\) under 'docs\/incidents', the incidents_dir of \.incidents\.yml: nothing was checked\n/,
      );
    });

    it('validate run from a subfolder of the repository, as a pre-commit hook might', async () => {
      const io = captureIo(path.join(fixture('valid'), 'incidents'));
      expect(await runCli(['validate'], io)).toBe(2);
      expect(io.err.join('')).toBe(NONE_UNDER_DEFAULT);
    });

    it('validate given a folder that holds no *.md', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'iac-none-'));
      mkdirSync(path.join(dir, 'empty'));
      const io = captureIo(dir);
      expect(await runCli(['validate', 'empty'], io)).toBe(2);
      expect(io.err.join('')).toBe("incidents: no incident files (*.md) under 'empty': nothing was checked\n");
    });
  });

  it('exits 0 with one summary line when every file is valid', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['validate'], io)).toBe(0);
    expect(io.out.join('')).toBe('✔ 2 files checked: 0 errors, 0 warnings\n');
  });

  it('groups findings by file with their fix, without colour when not on a terminal, and exits 1', async () => {
    const io = captureIo(fixture('four-findings'));
    expect(await runCli(['validate'], io)).toBe(1);
    expect(io.out.join('')).toBe(
      [
        'incidents/2026/2026-03-04-checkout-errors.md',
        "  5:1    error    unknown field 'serverity'; did you mean 'severity'?  unknown-field",
        "                  fix: remove it: 'severity' is given already",
        "  8:13   error    started_at has no time zone (got '2026-03-04T09:12:00')  timestamp-zone",
        '                  fix: add Z for UTC (2026-03-04T09:12:00Z) or an offset such as +01:00',
        "  13:11  error    detection.method must be one of alert, customer, employee, automated-test, other (got 'pager')  allowed-values",
        '                  fix: pick one of alert, customer, employee, automated-test or other',
        "  52:1   error    missing section 'Timeline': a reviewed SEV1 incident needs it  review-section-missing",
        "                  fix: add a '## Timeline' heading before the 'Contributing Factors' section (line 52), and what belongs under it; SEV1 reviews need Summary, Impact, Timeline, Contributing factors, Follow-ups",
        '',
        '✖ 2 files checked: 4 errors, 0 warnings',
        "run 'incidents explain <rule>' for more on any rule above",
        '',
      ].join('\n'),
    );
  });

  it('colours the output on a terminal, and not when NO_COLOR is set', async () => {
    const tty = captureIo(fixture('four-findings'), { stdoutIsTty: true });
    await runCli(['validate'], tty);
    expect(tty.out.join('')).toContain('\u001b[31merror  \u001b[39m');
    const noColor = captureIo(fixture('four-findings'), { stdoutIsTty: true, env: { NO_COLOR: '1' } });
    await runCli(['validate'], noColor);
    expect(noColor.out.join('')).not.toContain('\u001b[');
  });

  it('prints JSON with --format json', async () => {
    const io = captureIo(fixture('naming'));
    expect(await runCli(['validate', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out.join(''))).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      findings: [
        {
          file: 'incidents/checkout-outage.md',
          line: 2,
          column: 5,
          rule: 'id-format',
          severity: 'error',
          message: "id 'Checkout Outage' does not match the id pattern ^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$",
          hint: 'use the start date and a short lowercase slug, like 2026-06-01-checkout-outage',
          docs: 'https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md#id-format',
        },
      ],
    });
  });

  it('prints GitHub annotations with --format github', async () => {
    const io = captureIo(fixture('naming'));
    await runCli(['validate', '--format', 'github'], io);
    expect(io.out.join('')).toBe(
      "::error file=incidents/checkout-outage.md,line=2,col=5,title=id-format::id 'Checkout Outage' does not match the id pattern ^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$%0AFix: use the start date and a short lowercase slug, like 2026-06-01-checkout-outage%0AMore: incidents explain id-format\n",
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const io = captureIo(fixture('status'));
    expect(await runCli(['validate', 'incidents/2026-01-08-mitigated.md'], io)).toBe(0);
    expect(io.out.join('')).toContain('⚠ 1 file checked: 0 errors, 1 warning');
  });

  it('exits 2 with a message for an unknown format', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['validate', '--format', 'xml'], io)).toBe(2);
    expect(io.err.join('')).toContain(
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.",
    );
  });

  it('exits 2 for a path that does not exist', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['validate', 'incidents/nope.md'], io)).toBe(2);
    expect(io.err.join('')).toBe("incidents: path 'incidents/nope.md' does not exist\n");
  });

  it('exits 2 for a config with errors and says where they are', async () => {
    const io = captureIo(fixture('config-error'));
    expect(await runCli(['validate'], io)).toBe(2);
    const err = io.err.join('');
    expect(err).toContain('incidents: .incidents.yml has errors\n');
    expect(err).toContain("  1:1   error    unknown field 'severites'; did you mean 'severities'?  unknown-field");
    expect(err).toContain(
      '  6:13  error    goals[0].target must look like "<= 2", "<= 30m" or ">= 80%" (got \'at most 2\')  field-format',
    );
  });

  it('exits 2 when --config names a file that does not exist', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['validate', '--config', 'missing.yml'], io)).toBe(2);
    expect(io.err.join('')).toBe("incidents: config file 'missing.yml' does not exist\n");
  });

  it('exits 2 for an unknown command', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['valdate'], io)).toBe(2);
    expect(io.err.join('')).toContain("error: unknown command 'valdate'");
  });
});

describe('usage errors', () => {
  it("point at the subcommand's own help for its flags, and at the program's for an unknown command", async () => {
    const bad = captureIo(fixture('valid'));
    expect(await runCli(['validate', '--format', 'xml'], bad)).toBe(2);
    expect(bad.err.join('')).toBe(
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.\n(run incidents validate --help for usage)\n",
    );
    const missing = captureIo(fixture('valid'));
    expect(await runCli(['declare'], missing)).toBe(2);
    expect(missing.err.join('')).toBe(
      "error: required option '-i, --issue <number>' not specified\n(run incidents declare --help for usage)\n",
    );
    const unknown = captureIo(fixture('valid'));
    expect(await runCli(['bogus'], unknown)).toBe(2);
    expect(unknown.err.join('')).toBe("error: unknown command 'bogus'\n(run incidents --help for usage)\n");
  });
});

describe('incidents status', () => {
  it('prints the overview as JSON in the shape schemas/status-report.schema.json documents', async () => {
    const io = captureIo(fixture('valid'));
    expect(await runCli(['status', '--format', 'json'], io)).toBe(0);
    const output = JSON.parse(io.out.join('')) as unknown;
    expect(output).toEqual({
      incidents: 2,
      first_started: '2026-02-01',
      last_started: '2026-03-04',
      near_misses: 0,
      by_status: { investigating: 1, mitigated: 0, resolved: 0, reviewed: 1 },
      by_severity: { SEV1: 1, SEV2: 1 },
      open: ['2026-02-01-checkout-slow'],
      awaiting_review: [],
      follow_ups: { total: 1, open: 1, overdue: 1 },
    });
    const odd = captureIo(fixture('status'));
    expect(await runCli(['status', '--format', 'json'], odd)).toBe(0);
    const oddOutput = JSON.parse(odd.out.join('')) as { by_status: object; awaiting_review: object[] };
    expect(oddOutput.by_status).toEqual({ investigating: 0, mitigated: 1, resolved: 1, reviewed: 1, '(not given)': 1 });

    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'status-report.schema.json'), 'utf8')) as object,
    );
    for (const checked of [output, oddOutput]) expect(validate(checked), JSON.stringify(validate.errors)).toBe(true);
    // The schema holds the output to its shape: a count that is not a number would not pass.
    expect(validate({ ...(output as object), near_misses: 'none' })).toBe(false);
  });
});
