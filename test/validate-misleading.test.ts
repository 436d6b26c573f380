import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { ConfigError } from '../src/core/errors';
import type { Finding } from '../src/core/finding';
import { newCommand } from '../src/cli/new';
import { captureIo, NOW } from './helpers';

/*
 * Issue 15: the messages a new user trusted and was misled by. Each test
 * is one case from the issue, with the exact words a user now sees.
 */

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-misleading-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const FILE = 'incidents/2026/2026-03-04-checkout-errors.md';

function incident(fields: string, body = '# Summary\n\nCheckout failed for 8% of customers.\n'): string {
  return `---\nid: 2026-03-04-checkout-errors\ntitle: Checkout errors\n${fields}---\n${body}`;
}

const RESOLVED_TIMES = [
  'started_at: 2026-03-04T09:12:00Z',
  'detected_at: 2026-03-04T09:20:00Z',
  'mitigated_at: 2026-03-04T09:51:00Z',
  'resolved_at: 2026-03-04T11:02:00Z',
].join('\n');

const REVIEWED = (severity: string) =>
  `status: reviewed\nseverity: ${severity}\n${RESOLVED_TIMES}\nreview:\n  date: 2026-03-10\nno_follow_ups_reason: The vendor fixed it.\n`;

const findingsOf = async (files: Record<string, string>): Promise<Finding[]> => [
  ...(await validateIncidents({ cwd: repoWith(files), paths: [], now: NOW })).findings,
];

const brief = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message} | fix: ${f.hint}`;

describe('no message that misleads (issue 15)', () => {
  it('an unfilled template is not a reviewed record: sections holding only guidance comments are empty', async () => {
    const body = [
      '# Summary',
      '',
      '<!-- What is happening, in two or three sentences someone joining now would understand. -->',
      '',
      '## Follow-ups',
      '',
      '<!-- Work that makes a repeat less likely',
      'or less bad. -->',
      '',
    ].join('\n');
    const config = 'severities:\n  - id: SEV3\n    review_sections: [Summary, Follow-ups]\n';
    expect(
      (await findingsOf({ '.incidents.yml': config, [FILE]: incident(REVIEWED('SEV3'), body) })).map(brief),
    ).toEqual([
      "14:1 warning review-section-empty: section 'Summary' is empty: it holds only a comment, which readers never see | fix: write what belongs under 'Summary', or 'None.' if there really is nothing",
      "18:1 warning review-section-empty: section 'Follow-ups' is empty: it holds only a comment, which readers never see | fix: write what belongs under 'Follow-ups', or 'None.' if there really is nothing",
    ]);
  });

  it('a file from incidents new marked reviewed without filling in its sections warns for each one', async () => {
    const cwd = repoWith({});
    const flags = {
      title: 'Checkout failing',
      severity: 'SEV3',
      started: '2026-03-04T09:12Z',
      detected: '2026-03-04T09:20Z',
      yes: true,
    };
    expect(await newCommand({ ...flags, commander: '@alice' }, captureIo(cwd))).toBe(0);
    const file = path.join(cwd, 'incidents/2026/2026-03-04-checkout-failing.md');
    const written = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      written.replace(
        'status: investigating',
        `status: reviewed\nmitigated_at: 2026-03-04T09:51:00Z\nresolved_at: 2026-03-04T11:02:00Z\nreview:\n  date: 2026-03-10\nno_follow_ups_reason: The vendor fixed it.`,
      ),
    );
    const result = await validateIncidents({ cwd, paths: [], now: NOW });
    expect(result.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      "review-section-empty: section 'Summary' is empty: it holds only a comment, which readers never see",
      "review-section-empty: section 'Follow-ups' is empty: it holds only a comment, which readers never see",
    ]);
    expect(result.warnings).toBe(2);
  });

  it('a heading one typo from a required section is named right there, with the rename as the fix', async () => {
    const body = '# Summary\n\nIt broke.\n\n## Timline\n\n- 09:12 deploy\n';
    const config = 'severities:\n  - id: SEV3\n    review_sections: [Summary, Timeline]\n';
    expect(
      (await findingsOf({ '.incidents.yml': config, [FILE]: incident(REVIEWED('SEV3'), body) })).map(brief),
    ).toEqual([
      "18:1 error review-section-missing: missing section 'Timeline': a reviewed SEV3 incident needs it; did you mean the heading 'Timline' (line 18)? | fix: rename '## Timline' to '## Timeline'",
    ]);
  });

  it('a misspelt required field is one finding, not a missing field and an unknown one', async () => {
    const text = incident('status: investigating\nserverity: SEV2\nstarted_at: 2026-03-04T09:12:00Z\n');
    expect((await findingsOf({ [FILE]: text })).map(brief)).toEqual([
      "5:1 error unknown-field: unknown field 'serverity'; did you mean 'severity'? | fix: rename it to 'severity'",
    ]);
  });

  it('a misspelt field beside the right one is not offered a rename into a duplicate key', async () => {
    const text = incident('status: investigating\nseverity: SEV2\nserverity: SEV2\nstarted_at: 2026-03-04T09:12:00Z\n');
    expect((await findingsOf({ [FILE]: text })).map(brief)).toEqual([
      "6:1 error unknown-field: unknown field 'serverity'; did you mean 'severity'? | fix: remove it: 'severity' is given already",
    ]);
  });

  it('an unknown severity still checks the sections every severity requires, and says which depend on it', async () => {
    const config = [
      'severities:',
      '  - id: SEV1',
      '    review_sections: [Summary, Impact, Timeline]',
      '  - id: SEV2',
      '    review_sections: [Summary, Timeline]',
      '',
    ].join('\n');
    const body = '# Impact\n\n1,200 customers could not pay.\n';
    expect(
      (await findingsOf({ '.incidents.yml': config, [FILE]: incident(REVIEWED('SEV5'), body) })).map(brief),
    ).toEqual([
      "5:11 error severity-value: severity 'SEV5' is not in the severities of .incidents.yml (SEV1, SEV2) | fix: use one of SEV1, SEV2, or add a new severity to 'severities' in .incidents.yml; the other review sections depend on the severity: SEV1 also needs Impact",
      "14:1 error review-section-missing: missing section 'Summary': a reviewed incident needs it, whatever its severity | fix: add a '## Summary' heading in the Markdown body below the frontmatter, and what belongs under it; every severity's review needs Summary, Timeline",
      "14:1 error review-section-missing: missing section 'Timeline': a reviewed incident needs it, whatever its severity | fix: add a '## Timeline' heading in the Markdown body below the frontmatter, and what belongs under it; every severity's review needs Summary, Timeline",
    ]);
  });

  it("a status's missing time is offered with the file's own latest time, not a fixed date before it", async () => {
    const text = incident(
      'status: mitigated\nseverity: SEV2\nstarted_at: 2026-03-05T14:00:00Z\ndetected_at: 2026-03-05T14:38:00Z\n',
    );
    expect((await findingsOf({ [FILE]: text })).map(brief)).toEqual([
      "4:9 error required-by-status: missing 'mitigated_at': an incident with status 'mitigated' needs it | fix: add mitigated_at: 2026-03-05T14:38:00Z, set to when user impact stopped (detected_at is the earliest it can be), or unknown if nobody recorded it; or, if the incident has not reached 'mitigated' yet, set status back",
    ]);
  });

  it('a name where a handle belongs gets a handle that is one', async () => {
    const text = incident(
      'status: investigating\nseverity: SEV2\nstarted_at: 2026-03-04T09:12:00Z\nroles:\n  incident_commander: "Alice Smith"\n  responders: [carol]\n',
    );
    expect((await findingsOf({ [FILE]: text })).map(brief)).toEqual([
      '8:23 error handle-format: roles.incident_commander must be a GitHub handle like "@alice" or "@org/team" (got \'Alice Smith\') | fix: write their GitHub handle in double quotes, like "@Alice-Smith" if that is theirs',
      '9:16 error handle-format: roles.responders[0] must be a GitHub handle like "@alice" or "@org/team" (got \'carol\') | fix: write it as "@carol", in double quotes',
    ]);
  });

  it('a config duration or goal target in words is offered in the form the config reads', async () => {
    const config = [
      'severities:',
      '  - id: SEV1',
      '    review_within: 5 days',
      'goals:',
      '  - name: Fast mitigation',
      '    metric: time_to_mitigate',
      '    target: at most 30 minutes',
      '',
    ].join('\n');
    let error: unknown;
    try {
      await findingsOf({
        '.incidents.yml': config,
        [FILE]: incident('status: investigating\nseverity: SEV1\nstarted_at: 2026-03-04T09:12:00Z\n'),
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).findings.map(brief)).toEqual([
      '3:20 error field-format: severities[0].review_within must look like "30m", "4h", "5d" or "2w" (got \'5 days\') | fix: write it as 5d',
      '7:13 error field-format: goals[0].target must look like "<= 2", "<= 30m" or ">= 80%" (got \'at most 30 minutes\') | fix: write it as "<= 30m"',
    ]);
  });

  it("a time without a zone is offered in the zone of the file's other times", async () => {
    const text = incident(
      'status: investigating\nseverity: SEV2\nstarted_at: 2026-03-04T09:12:00\ndetected_at: 2026-03-04T09:20:00+01:00\n',
    );
    expect((await findingsOf({ [FILE]: text })).map(brief)).toEqual([
      "6:13 error timestamp-zone: started_at has no time zone (got '2026-03-04T09:12:00') | fix: add the zone the file's other times are written in (2026-03-04T09:12:00+01:00), or Z for UTC",
    ]);
  });
});
