import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { captureIo, FIXTURES } from './helpers';

function repository(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-import-'));
  cpSync(path.join(FIXTURES, 'import', 'statuspage'), path.join(dir, 'statuspage'), { recursive: true });
  cpSync(path.join(FIXTURES, 'import', 'csv'), path.join(dir, 'csv'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function run(dir: string, args: string[]) {
  const io = captureIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const frontmatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5).replace(/ {2}digest: .*\n/, '');
const files = (dir: string, year: string) => readdirSync(path.join(dir, 'incidents', year)).sort();

describe('incidents import: a Statuspage history (the shape of /api/v2/incidents.json)', () => {
  it('maps name, impact, started_at, monitoring_at and resolved_at, components and updates, and records unknown what the page does not give', async () => {
    const dir = repository();
    const result = await run(dir, ['import', 'statuspage/incidents.json']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`incidents import: 6 incidents from statuspage/incidents.json (statuspage)

  imported    6  new files written
  updated     0  files an earlier import wrote, rewritten from the source
  unchanged   0  already as the source says
  left alone  0  edited since they were imported (--force rewrites them)
  skipped     0  not imported; each reason below

read: 16 timeline times with date, time and zone; phase times 16 exact, 0 to the day, 7 unknown
      0 action items (0 done or not planned); 0 records name values they could not map under source.unmapped

notes:
  incident f0c4j6b2e9kq: no monitoring_at: mitigated_at unknown

wrote 6 files; next: npx incidents validate
`);
    expect(
      read(dir, 'incidents/2024/2024-09-17-invoice-emails-delayed.md').replace(/digest: .*/, 'digest: …'),
    ).toBe(`---
id: 2024-09-17-invoice-emails-delayed
title: Invoice emails delayed
status: resolved
historical: true
severity: SEV3
started_at: 2024-09-17T06:30:00.000Z
detected_at: unknown
mitigated_at: 2024-09-17T08:15:02.118Z
resolved_at: 2024-09-17T09:02:31.601Z
services:
  - Email delivery
source:
  format: statuspage
  id: k9d2q1x7m3bn
  url: https://stspg.io/k9d2q1x7
  digest: …
---

# Invoice emails delayed

Impact on the status page: minor.

## Timeline

As posted on the status page.

- 2024-09-17T06:48:10.311Z **investigating**: Invoice emails are being delivered with delays of up to an hour. We are investigating.
- 2024-09-17T08:15:02.101Z **monitoring**: Our email provider has lifted the throttling. Delayed emails are being delivered now and we are monitoring.
- 2024-09-17T09:02:31.598Z **resolved**: Emails have been delivered normally for 45 minutes. This incident has been resolved.
`);
  });

  it('keeps an incident with no monitoring_at (mitigated unknown), one still open (mitigated), and critical/none impacts as SEV1/SEV4', async () => {
    const dir = repository();
    await run(dir, ['import', 'statuspage/incidents.json']);
    expect(read(dir, 'incidents/2023/2023-01-11-slow-dashboard-loading.md')).toContain(
      'started_at: 2023-01-11T01:58:20.000Z\ndetected_at: unknown\nmitigated_at: unknown\nresolved_at: 2023-01-11T04:01:44.000Z\nservices:\n  - Reporting\n',
    );
    expect(frontmatter(read(dir, 'incidents/2024/2024-09-18-elevated-error-rates-for-file-uploads.md'))).toContain(
      'status: mitigated\nhistorical: true\nseverity: SEV3\nstarted_at: 2024-09-18T08:25:00.000Z\ndetected_at: unknown\nmitigated_at: 2024-09-18T09:10:00.000Z\nservices:',
    );
    expect(read(dir, 'incidents/2024/2024-06-03-api-unavailable.md')).toContain('severity: SEV1\n');
    expect(read(dir, 'incidents/2023/2023-10-29-scheduled-reminders-delayed.md')).toContain('severity: SEV4\n');
    const validate = await run(dir, ['validate']);
    expect(validate.out).toBe('✔ 6 files checked: 0 errors, 0 warnings\n');
  });

  it('maps impact through import.severities in the config, and names an impact it cannot map', async () => {
    const dir = repository({
      '.incidents.yml':
        'severities:\n  - id: P1\n  - id: P2\n  - id: P3\nimport:\n  severities:\n    critical: P1\n    major: P2\n',
    });
    const result = await run(dir, ['import', 'statuspage/incidents.json']);
    expect(result.out).toContain('4 records name values they could not map under source.unmapped');
    expect(read(dir, 'incidents/2024/2024-06-03-api-unavailable.md')).toContain('severity: P1\n');
    expect(read(dir, 'incidents/2024/2024-09-17-invoice-emails-delayed.md')).toContain('severity: unknown\n');
    expect(read(dir, 'incidents/2024/2024-09-17-invoice-emails-delayed.md')).toContain(
      '  unmapped:\n    severity: minor\n',
    );
    expect((await run(dir, ['validate'])).code).toBe(0);
  });

  it('changes nothing on a second import', async () => {
    const dir = repository();
    await run(dir, ['import', 'statuspage/incidents.json']);
    const before = files(dir, '2024').map((f) => read(dir, `incidents/2024/${f}`));
    const again = await run(dir, ['import', 'statuspage/incidents.json']);
    expect(again.out).toContain('  unchanged   6  already as the source says\n');
    expect(files(dir, '2024').map((f) => read(dir, `incidents/2024/${f}`))).toEqual(before);
  });

  it('refuses a file that is not JSON, or JSON that is not an incidents document, with exit 2 and nothing written', async () => {
    const dir = repository({ 'broken.json': '{"incidents": [', 'page.json': '{"page": {"id": "x"}}' });
    expect(await run(dir, ['import', 'broken.json'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: cannot import 'broken.json' as statuspage: not JSON: Unexpected end of JSON input\n",
    });
    expect(await run(dir, ['import', 'page.json'])).toEqual({
      code: 2,
      out: '',
      err: 'incidents: cannot import \'page.json\' as statuspage: not a Statuspage incidents document: expected { "incidents": [...] } or a list of incidents\n',
    });
  });
});

describe('incidents import: a CSV export with a column mapping', () => {
  const CONFIG = 'import:\n  severities:\n    "Sev 0": SEV1\n';

  it('reads the rows through a mapping file, in the zone given, and skips what it cannot place in time, saying why', async () => {
    const dir = repository({ '.incidents.yml': CONFIG });
    const result = await run(dir, [
      'import',
      'csv/incidents.csv',
      '--mapping',
      'csv/mapping.yml',
      '--zone',
      'Europe/Berlin',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`incidents import: 8 rows from csv/incidents.csv (csv)

  imported    6  new files written
  updated     0  files an earlier import wrote, rewritten from the source
  unchanged   0  already as the source says
  left alone  0  edited since they were imported (--force rewrites them)
  skipped     2  not imported; each reason below

read: 15 timeline times with date, time and zone; phase times 14 exact, 1 to the day, 9 unknown
      0 action items (0 done or not planned); 2 records name values they could not map under source.unmapped

skipped:
  incidents.csv line 6 (INC-1060): no date: an incident needs at least the day it started (started_at), and the source gives none
  incidents.csv line 10: an empty row

notes:
  incidents.csv line 9 (INC-1091): status 'Won't fix' not known: recorded as resolved

wrote 6 files; next: npx incidents validate
`);
    expect(frontmatter(read(dir, 'incidents/2022/2022-07-21-payments-provider-outage.md'))).toBe(`---
id: 2022-07-21-payments-provider-outage
title: Payments provider outage
status: resolved
historical: true
severity: SEV1
started_at: 2022-07-21T16:05:00+02:00
detected_at: unknown
mitigated_at: 2022-07-21T16:50:00+02:00
resolved_at: 2022-07-21T17:20:00+02:00
services:
  - payments
roles:
  incident_commander: "@amelie-d"
source:
  format: csv
  path: incidents.csv
  id: INC-1051
---
`);
    // A name that is not a handle, and a day alone, as the row gave them.
    expect(read(dir, 'incidents/2022/2022-05-03-exports-of-more-than-5k-rows-time-out.md')).toContain(
      '  unmapped:\n    roles.incident_commander: Jonas\n',
    );
    expect(read(dir, 'incidents/2022/2022-11-15-search-results-missing-new-invoices.md')).toContain(
      'started_at: 2022-11-15\ndetected_at: unknown\nmitigated_at: unknown\nresolved_at: unknown\n',
    );
    // Every cell is kept in the body, a multi-line one on one table row.
    expect(read(dir, 'incidents/2022/2022-04-12-checkout-page-blank-for-safari-users.md')).toContain(
      '| Notes | A polyfill removed in the 5.1 bundle broke Safari 14.<br>About 8% of sessions affected. |\n',
    );
    expect((await run(dir, ['validate'])).code).toBe(0);
    const again = await run(dir, [
      'import',
      'csv/incidents.csv',
      '--mapping',
      'csv/mapping.yml',
      '--zone',
      'Europe/Berlin',
    ]);
    expect(again.out).toContain('  unchanged   6  already as the source says\n');
  });

  it('takes --map flags over the mapping file, and without --zone keeps times without a zone to the day', async () => {
    const dir = repository({ '.incidents.yml': CONFIG });
    await run(dir, ['import', 'csv/incidents.csv', '--mapping', 'csv/mapping.yml', '--map', 'mitigated_at=Resolved']);
    expect(read(dir, 'incidents/2022/2022-07-21-payments-provider-outage.md')).toContain(
      'started_at: 2022-07-21\ndetected_at: unknown\nmitigated_at: 2022-07-21\nresolved_at: 2022-07-21\n',
    );
  });

  it('finds columns by their usual names when no mapping is given', async () => {
    const dir = repository({ '.incidents.yml': CONFIG });
    const result = await run(dir, ['import', 'csv/incidents.csv', '--zone', 'UTC']);
    expect(result.code).toBe(0);
    // Name, Opened, Mitigated, Resolved, Sev, State, Commander and Notes are found; "Incident #" and "Service(s)" are not.
    expect(frontmatter(read(dir, 'incidents/2022/2022-07-21-payments-provider-outage.md'))).toBe(`---
id: 2022-07-21-payments-provider-outage
title: Payments provider outage
status: resolved
historical: true
severity: SEV1
started_at: 2022-07-21T16:05:00Z
detected_at: unknown
mitigated_at: 2022-07-21T16:50:00Z
resolved_at: 2022-07-21T17:20:00Z
roles:
  incident_commander: "@amelie-d"
source:
  format: csv
  path: incidents.csv
  id: line 5
---
`);
  });

  it('says which column is missing, or which field is not one, with exit 2', async () => {
    const dir = repository({ 'odd.csv': 'Headline,When\nCheckout down,2024-01-01\n' });
    expect(await run(dir, ['import', 'odd.csv'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: cannot import 'odd.csv' as csv: no column for the title: map one with --map title=<column>; the columns are 'Headline', 'When'\n",
    });
    expect(await run(dir, ['import', 'odd.csv', '--map', 'title=Name'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: cannot import 'odd.csv' as csv: no column 'Name' for title; the columns are 'Headline', 'When'\n",
    });
    expect(await run(dir, ['import', 'odd.csv', '--map', 'headline=Headline'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: --map: 'headline' is not a field an import fills; use one of id, title, started_at, detected_at, mitigated_at, resolved_at, severity, status, services, commander, description, url\n",
    });
    const mapped = await run(dir, ['import', 'odd.csv', '--map', 'title=Headline', '--map', 'started_at=When']);
    expect(mapped.code).toBe(0);
    expect(read(dir, 'incidents/2024/2024-01-01-checkout-down.md')).toContain('started_at: 2024-01-01\n');
  });

  it('refuses CSV that stops being CSV, saying where', async () => {
    const dir = repository({ 'broken.csv': 'Name,Opened\n"Checkout down,2024-01-01\n' });
    expect(await run(dir, ['import', 'broken.csv'])).toEqual({
      code: 2,
      out: '',
      err: "incidents: cannot import 'broken.csv' as csv: not CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2\n",
    });
  });
});
