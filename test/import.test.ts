import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { captureIo, FIXTURES } from './helpers';

const POSTMORTEMS = path.join(FIXTURES, 'import', 'postmortems');

/** A repository with the forty postmortems copied in under postmortems/, and nothing imported yet. */
function repository(config = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-import-'));
  cpSync(POSTMORTEMS, path.join(dir, 'postmortems'), { recursive: true });
  if (config) writeFileSync(path.join(dir, '.incidents.yml'), config);
  return dir;
}

async function run(dir: string, args: string[], overrides = {}) {
  const io = captureIo(dir, overrides);
  const code = await runCli(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function written(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(path.join(dir, 'incidents'))) walk(path.join(dir, 'incidents'));
  return files;
}

const frontmatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);

const SUMMARY = `incidents import: 41 documents from postmortems (markdown)

  imported    40  new files written
  updated      0  files an earlier import wrote, rewritten from the source
  unchanged    0  already as the source says
  left alone   0  edited since they were imported (--force rewrites them)
  skipped      1  not imported; each reason below

read: 185 timeline times with date, time and zone; phase times 143 exact, 8 to the day, 9 unknown
      99 action items (21 done or not planned); 3 records name values they could not map under source.unmapped

skipped:
  wiki/README.md: no date: an incident needs at least the day it started (started_at), and the source gives none

notes:
  wiki/wiki-2023-11-20-zoneless-times.md: 5 timeline times state no zone: recorded to the day (give --zone)

ignored: 1 file that is not Markdown (.png 1)

wrote 40 files; next: npx incidents validate
`;

describe('incidents import: a folder of forty postmortems in mixed template styles', () => {
  it('writes one incident file per postmortem, ends with the summary table, and skips what is not one, saying why', async () => {
    const dir = repository();
    const result = await run(dir, ['import', 'postmortems']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(SUMMARY);
    expect(result.err).toBe('');
    expect(written(dir).size).toBe(40);
  });

  it('writes files that validate (warnings allowed), and a batch review over them runs and counts them all', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const validate = await run(dir, ['validate', '--format', 'json']);
    const report = JSON.parse(validate.out) as { files: number; errors: number; findings: { rule: string }[] };
    expect(validate.code).toBe(0);
    expect(report.files).toBe(40);
    expect(report.errors).toBe(0);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['review-section-missing']));
    const review = await run(dir, ['review', '--from', '2020-01-01', '--to', '2024-12-31', '--format', 'json']);
    expect(review.code).toBe(0);
    const json = JSON.parse(review.out) as {
      incidents: { total: number };
      durations: { time_to_mitigate: { count: number }; missing: { time_to_mitigate: number } };
      reviews: { past_deadline: unknown[]; historical: number };
    };
    expect(json.incidents.total).toBe(40);
    // Six records know only the day impact started, or not when it was mitigated: they are not in the n.
    expect(json.durations.time_to_mitigate.count).toBe(34);
    expect(json.durations.missing.time_to_mitigate).toBe(6);
    expect(json.reviews.past_deadline).toEqual([]);
    expect(json.reviews.historical).toBe(40);
  });

  it('changes nothing on a second import: every file unchanged, byte for byte', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const before = written(dir);
    const again = await run(dir, ['import', 'postmortems']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('  imported     0  new files written\n  updated      0');
    expect(again.out).toContain('  unchanged   40  already as the source says\n');
    expect(again.out).toContain('nothing to write\n');
    expect(written(dir)).toEqual(before);
  });

  it('reads the Google SRE book style: lead-in fields, OUTAGE BEGINS/MITIGATED/ENDS in UTC across midnight, an action item table with links and types', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const file = written(dir).get('incidents/2022/2022-01-18-webhook-delivery-backlog.md')!;
    expect(frontmatter(file)).toBe(`---
id: 2022-01-18-webhook-delivery-backlog
title: Webhook Delivery Backlog
status: reviewed
historical: true
severity: unknown
started_at: 2022-01-18T22:52:00Z
detected_at: 2022-01-18T23:52:00Z
mitigated_at: 2022-01-19T00:25:00Z
resolved_at: 2022-01-19T02:50:00Z
detection:
  method: alert
follow_ups:
  - id: restore-the-connection-pool-and-add-a
    title: Restore the connection pool and add a test that fails without it
    type: repair
    owner: "@rafael-m"
    ticket: https://tracker.brightwell.example/browse/INT-77
  - id: compare-throughput-before-and-after-in
    title: Compare throughput before and after in every worker canary
    type: prevent
    owner: "@ines-b"
    ticket: https://tracker.brightwell.example/browse/INT-78
  - id: page-on-queue-age-at-10-minutes-instead
    title: Page on queue age at 10 minutes instead of 60
    type: detect
    owner: "@ines-b"
    ticket: https://tracker.brightwell.example/browse/INT-79
  - id: document-the-manual-reconciliation-for
    title: Document the manual reconciliation for order syncs
    type: process
    owner: "@rafael-m"
    ticket: INT-80
source:
  format: markdown
  path: sre/2022-01-18-webhook-backlog.md
  digest: sha256:c5f9d7ca6c724c64dde1a9fe2c1b6bd9a2048d4620cc097846eb7160ccc194d3
---
`);
    // The narrative stays as the source wrote it.
    const source = readFileSync(path.join(POSTMORTEMS, 'sre', '2022-01-18-webhook-backlog.md'), 'utf8');
    expect(file.slice(frontmatter(file).length)).toBe(`\n${source}`);
  });

  it('writes times in the zone the document states: Pacific in October is -07:00, CET +01:00, and the day a midnight-spanning timeline reaches', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const files = written(dir);
    const times = (name: string) =>
      files
        .get(name)!
        .split('\n')
        .filter((line) => /^(started|detected|mitigated|resolved)_at:/.test(line));
    expect(times('incidents/2021/2021-10-04-public-api-5xx-after-deploy.md')).toEqual([
      'started_at: 2021-10-04T10:06:00-07:00',
      'detected_at: 2021-10-04T10:09:00-07:00',
      'mitigated_at: 2021-10-04T10:28:00-07:00',
      'resolved_at: 2021-10-04T11:15:00-07:00',
    ]);
    expect(times('incidents/2021/2021-02-02-csv-exports-timing-out.md')).toEqual([
      'started_at: 2021-02-02T10:05:00+01:00',
      'detected_at: 2021-02-02T10:50:00+01:00',
      'mitigated_at: 2021-02-02T12:40:00+01:00',
      'resolved_at: 2021-02-02T13:00:00+01:00',
    ]);
    expect(times('incidents/2024/2024-04-09-night-migration-ran-into-business-hours-in-apac.md')).toEqual([
      'started_at: 2024-04-09T23:40:00Z',
      'detected_at: 2024-04-10T01:15:00Z',
      'mitigated_at: 2024-04-10T03:10:00Z',
      'resolved_at: 2024-04-10T03:30:00Z',
    ]);
  });

  it('invents nothing: a document with no times records its day and unknown; times without a zone are kept to the day unless --zone says which', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const noTimes = written(dir).get('incidents/2023/2023-12-04-scheduled-report-emails-not-sent.md')!;
    expect(noTimes).toContain(
      'severity: SEV4\nstarted_at: 2023-12-04\ndetected_at: unknown\nmitigated_at: unknown\nresolved_at: unknown\n',
    );
    const zoneless = written(dir).get('incidents/2023/2023-11-20-mobile-app-crashed-on-launch-for-android-14.md')!;
    expect(zoneless).toContain(
      'started_at: 2023-11-20\ndetected_at: unknown\nmitigated_at: 2023-11-20\nresolved_at: 2023-11-20\n',
    );

    const zoned = repository();
    await run(zoned, ['import', 'postmortems', '--zone', 'Europe/Berlin']);
    expect(written(zoned).get('incidents/2023/2023-11-20-mobile-app-crashed-on-launch-for-android-14.md')).toContain(
      'mitigated_at: 2023-11-20T12:40:00+01:00\nresolved_at: 2023-11-20T18:00:00+01:00\n',
    );
  });

  it('reads action items as checklists (ticked: done), struck through (done, or not planned when it says so), with owners and links', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const files = written(dir);
    expect(files.get('incidents/2022/2022-08-23-mobile-push-notifications-not-delivered.md')).toContain(
      `  - id: move-key-management-to-the-secrets
    title: "Move key management to the secrets manager (won't do: Apple keys cannot be rotated automatically)"
    status: not-planned
`,
    );
    expect(files.get('incidents/2021/2021-10-04-public-api-5xx-after-deploy.md')).toContain(
      `  - id: add-the-unit-to-every-duration-in-the
    title: Add the unit to every duration in the gateway config
    owner: "@li-wei"
    status: done
`,
    );
    // A name that is not a GitHub handle is named as unmapped, not turned into an owner.
    expect(files.get('incidents/2022/2022-03-04-invoice-numbers-skipped.md')).toContain(
      `  unmapped:
    severity: P1
    roles.incident_commander: Priya Raman
`,
    );
  });

  it('writes nothing with --dry-run and says what it would do', async () => {
    const dir = repository();
    const result = await run(dir, ['import', 'postmortems', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('  imported    40  new files would be written\n');
    expect(result.out.endsWith('dry run: nothing written (40 files would be)\n')).toBe(true);
    expect(written(dir).size).toBe(0);
  });

  it('updates a file nobody edited when its source changed, leaves an edited one alone, and rewrites it only with --force', async () => {
    const dir = repository();
    await run(dir, ['import', 'postmortems']);
    const sourceFile = path.join(dir, 'postmortems', 'sre', '2023-04-14-dns-change.md');
    writeFileSync(
      sourceFile,
      readFileSync(sourceFile, 'utf8').replace('**Authors:** lucia', '**Authors:** lucia, ben'),
    );
    const edited = path.join(dir, 'incidents', '2022', '2022-01-18-webhook-delivery-backlog.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('severity: unknown', 'severity: SEV2'));
    writeFileSync(
      path.join(dir, 'postmortems', 'sre', '2022-01-18-webhook-backlog.md'),
      `${readFileSync(path.join(dir, 'postmortems', 'sre', '2022-01-18-webhook-backlog.md'), 'utf8')}\nAddendum.\n`,
    );

    const again = await run(dir, ['import', 'postmortems']);
    expect(again.out).toContain('  updated      1  files an earlier import wrote, rewritten from the source\n');
    expect(again.out).toContain('  left alone   1  edited since they were imported (--force rewrites them)\n');
    expect(again.out).toContain(
      'left alone (edited since imported):\n  incidents/2022/2022-01-18-webhook-delivery-backlog.md (from sre/2022-01-18-webhook-backlog.md)\n',
    );
    expect(
      readFileSync(path.join(dir, 'incidents', '2023', '2023-04-14-mail-dns-misconfiguration.md'), 'utf8'),
    ).toContain('**Authors:** lucia, ben');
    expect(readFileSync(edited, 'utf8')).toContain('severity: SEV2');
    expect(readFileSync(edited, 'utf8')).not.toContain('Addendum.');

    const forced = await run(dir, ['import', 'postmortems', '--force']);
    expect(forced.out).toContain('  updated      1  files an earlier import wrote, rewritten from the source\n');
    expect(readFileSync(edited, 'utf8')).toContain('severity: unknown');
    expect(readFileSync(edited, 'utf8')).toContain('Addendum.');
  });

  it('never takes the id of an incident already recorded by hand: the imported one gets the next free id', async () => {
    const dir = repository();
    const own = path.join(dir, 'incidents', '2023', '2023-05-16-search-unavailable-after-cluster-upgrade.md');
    cpSync(path.join(FIXTURES, 'import', 'hand-written.md'), own, { recursive: true });
    await run(dir, ['import', 'postmortems']);
    expect(readFileSync(own, 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'import', 'hand-written.md'), 'utf8'));
    const imported = written(dir).get('incidents/2023/2023-05-16-search-unavailable-after-cluster-upgrade-2.md');
    expect(imported).toContain('id: 2023-05-16-search-unavailable-after-cluster-upgrade-2\n');
    const validate = await run(dir, ['validate']);
    expect(validate.code).toBe(0);
  });

  it('shows a progress bar on standard error only when it is a terminal', async () => {
    const onTerminal = await run(repository(), ['import', 'postmortems', '--dry-run'], { stderrIsTty: true });
    expect(onTerminal.err).toContain('\r[########################] 41/41 read');
    expect(onTerminal.err.endsWith('\r\u001b[2K')).toBe(true);
    const piped = await run(repository(), ['import', 'postmortems', '--dry-run'], { stderrIsTty: false });
    expect(piped.err).toBe('');
  });

  it('refuses a source that does not exist, a folder with no Markdown, and a zone it does not know, with exit 2', async () => {
    const dir = repository();
    expect(await run(dir, ['import', 'nowhere'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: source 'nowhere' does not exist\n",
    });
    expect(await run(dir, ['import', 'postmortems/wiki/attachments'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: found no Markdown documents (*.md) in 'postmortems/wiki/attachments'; nothing to import\n",
    });
    expect(await run(dir, ['import', 'postmortems', '--zone', 'Mars/Olympus'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: --zone 'Mars/Olympus' is not a time zone: give UTC, an offset like +02:00, or a name like Europe/Berlin\n",
    });
    expect(written(dir).size).toBe(0);
  });

  it('exits 1 when nothing in the source could be imported', async () => {
    const dir = repository();
    const result = await run(dir, ['import', 'postmortems/wiki/README.md']);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'skipped:\n  README.md: no date: an incident needs at least the day it started (started_at), and the source gives none\n',
    );
  });
});
