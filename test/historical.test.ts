import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { runCli } from '../src/cli/program';
import { resolveConfig } from '../src/config/resolve';
import { programStatus } from '../src/status/overview';
import { incidentFacts } from '../src/review/facts';
import { durations } from '../src/review/metrics/durations';
import { reviewHealth } from '../src/review/metrics/review-health';
import { nextStatus, describeNextStatus } from '../src/validate/next-status';
import { createLocator } from '../src/incidents/locate';
import type { SourceDocument } from '../src/incidents/document';
import { captureIo, NOW } from './helpers';

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-history-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const FILE = 'incidents/2021/2021-03-09-invoice-rendering.md';

function incidentFile(fields: string, body: string): string {
  return `---\nid: 2021-03-09-invoice-rendering\ntitle: Invoice rendering outage\n${fields}---\n${body}`;
}

async function findings(fields: string, body = '# Summary\nWritten.\n', config?: string) {
  const dir = repoWith({ [FILE]: incidentFile(fields, body), ...(config ? { '.incidents.yml': config } : {}) });
  return (await validateIncidents({ cwd: dir, paths: [], now: NOW })).findings.map(
    (f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`,
  );
}

const HISTORICAL = `status: reviewed
historical: true
severity: unknown
started_at: 2021-03-09
detected_at: unknown
mitigated_at: unknown
resolved_at: 2021-03-09T09:40:00Z
`;

describe('a historical record validates honestly', () => {
  it('needs no review date, may say its severity and times are unknown or give only the day', async () => {
    expect(await findings(`${HISTORICAL}no_follow_ups_reason: none recorded\n`)).toEqual([]);
  });

  it('gets warnings, not errors, for missing review sections and follow-ups', async () => {
    expect(await findings(HISTORICAL.replace('severity: unknown', 'severity: SEV3'), '# Summary\nWritten.\n')).toEqual([
      '4:9 warning follow-ups-required a reviewed incident needs follow-ups, or a reason why there are none (a warning: this is a historical record)',
      "12:1 warning review-section-missing missing section 'Timeline': a reviewed SEV3 incident needs it (a warning: this is a historical record)",
      "12:1 warning review-section-missing missing section 'Follow-ups': a reviewed SEV3 incident needs it (a warning: this is a historical record)",
    ]);
  });

  it('asks an incident that is not historical for its review date, a known severity, and every section', async () => {
    const live = HISTORICAL.replace('historical: true\n', '');
    expect(await findings(`${live}no_follow_ups_reason: none\n`)).toEqual([
      "4:9 error required-by-status missing 'review': an incident with status 'reviewed' needs it",
      "5:11 error severity-value severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'unknown')",
    ]);
  });

  it('still refuses a time that is neither a timestamp, a day nor unknown, and a day in the future', async () => {
    expect(
      await findings(`${HISTORICAL.replace('detected_at: unknown', 'detected_at: sometime')}no_follow_ups_reason: x\n`),
    ).toEqual([
      "8:14 error timestamp-format detected_at must be a timestamp like 2026-03-04T09:12:00Z (got 'sometime')",
    ]);
    expect(
      await findings(
        `${HISTORICAL.replace('started_at: 2021-03-09', 'started_at: 2031-03-09')}no_follow_ups_reason: x\n`,
      ),
    ).toEqual(
      // A day alone is checked against the future, not against the order of exact times.
      ['7:13 error timestamp-future started_at (2031-03-09) is in the future'],
    );
  });
});

const REVIEWED_SEV3 = `status: reviewed
severity: SEV3
started_at: 2021-03-09T06:11:00Z
detected_at: 2021-03-09T06:15:00Z
mitigated_at: 2021-03-09T07:05:00Z
resolved_at: 2021-03-09T09:40:00Z
review:
  date: 2021-03-12
no_follow_ups_reason: none
`;

describe('review sections under the names teams use', () => {
  it('counts the built-in aliases of the common templates, and a heading with a trailing (...)', async () => {
    expect(await findings(REVIEWED_SEV3, '## Overview\nx\n\n## Timeline of events\nx\n\n## Action Items\nx\n')).toEqual(
      [],
    );
    expect(
      await findings(
        REVIEWED_SEV3.replace('SEV3', 'SEV2'),
        '## Summary\nx\n## Impact\nx\n## Timeline\nx\n## Contributing Factors (findings)\nx\n## Follow-ups\nx\n',
      ),
    ).toEqual([]);
  });

  it('counts a bold lead-in as a section, on its own line or opening a list item', async () => {
    expect(
      await findings(
        REVIEWED_SEV3,
        '**Summary:** It broke.\n\n- **Timeline**: 06:11 errors start\n- **Follow-ups**: none\n',
      ),
    ).toEqual([]);
    expect(await findings(REVIEWED_SEV3, '**Summary:** It broke.\n\n**Follow-ups**\n\nNone.\n')).toEqual([
      "16:1 error review-section-missing missing section 'Timeline': a reviewed SEV3 incident needs it",
    ]);
  });

  it('counts the aliases the config adds', async () => {
    const body = '## Summary\nx\n## Chronology\nx\n## Remediations\nx\n';
    expect(await findings(REVIEWED_SEV3, body)).toEqual([
      "16:1 error review-section-missing missing section 'Follow-ups': a reviewed SEV3 incident needs it",
    ]);
    expect(await findings(REVIEWED_SEV3, body, 'section_aliases:\n  Follow-ups: [Remediations]\n')).toEqual([]);
  });
});

function document(data: Record<string, unknown>): SourceDocument {
  return {
    file: 'x.md',
    kind: 'incident',
    data,
    body: '',
    bodyLine: 1,
    frontmatterLine: 2,
    locate: createLocator('', 2),
  };
}

describe('what the review and the status make of historical records', () => {
  const config = resolveConfig({}, undefined);
  const exact = document({
    id: 'a',
    severity: 'SEV2',
    status: 'resolved',
    started_at: '2021-03-09T06:00:00Z',
    detected_at: '2021-03-09T06:10:00Z',
    mitigated_at: '2021-03-09T07:00:00Z',
    resolved_at: '2021-03-09T08:00:00Z',
  });
  const dayOnly = document({
    id: 'b',
    severity: 'SEV2',
    status: 'resolved',
    historical: true,
    started_at: '2021-04-01',
    detected_at: 'unknown',
    mitigated_at: '2021-04-01T10:00:00Z',
    resolved_at: '2021-04-01T11:00:00Z',
  });
  const unknownMitigation = document({
    id: 'c',
    severity: 'SEV2',
    status: 'resolved',
    historical: true,
    started_at: '2021-05-01T09:00:00Z',
    detected_at: 'unknown',
    mitigated_at: 'unknown',
    resolved_at: '2021-05-01T12:00:00Z',
  });
  const facts = [exact, dayOnly, unknownMitigation].map((d) => incidentFacts(d)!);

  it('places a record known only to the day in its period, and counts its durations as missing: the n shrinks, nothing is guessed', async () => {
    expect(facts.map((f) => [f.id, new Date(f.started).toISOString(), f.startedExact])).toEqual([
      ['a', '2021-03-09T06:00:00.000Z', true],
      ['b', '2021-04-01T00:00:00.000Z', false],
      ['c', '2021-05-01T09:00:00.000Z', true],
    ]);
    const d = durations(facts, ['SEV2']);
    expect([d.time_to_detect.count, d.time_to_mitigate.count, d.time_to_resolve.count]).toEqual([1, 1, 2]);
    expect(d.missing).toEqual({ time_to_detect: 2, time_to_mitigate: 2, time_to_resolve: 1 });
  });

  it('gives a historical record no review deadline, in the review and in the status', async () => {
    const health = reviewHealth(facts, config, NOW);
    expect(health.past_deadline.map((p) => p.incident)).toEqual(['a']);
    expect(health.historical).toBe(2);
    expect(programStatus([exact, dayOnly, unknownMitigation], config, NOW).awaitingReview.map((a) => a.id)).toEqual([
      'a',
    ]);
  });

  it('says a reviewed historical record needs no review date to be complete', async () => {
    const resolved = document({
      status: 'resolved',
      severity: 'SEV4',
      historical: true,
      started_at: '2021-03-09',
      detected_at: 'unknown',
      mitigated_at: 'unknown',
      resolved_at: 'unknown',
      no_follow_ups_reason: 'x',
    });
    expect(describeNextStatus(nextStatus({ ...resolved, body: '# Summary\nx\n' }, config))).toBe(
      'Ready to mark reviewed: set status: reviewed.',
    );
  });
});

describe('the review over history', () => {
  it('runs, and says historical records have no review deadline', async () => {
    const dir = repoWith({
      [FILE]: incidentFile(`${HISTORICAL}no_follow_ups_reason: none recorded\n`, '# Summary\nx\n'),
    });
    const io = captureIo(dir);
    expect(await runCli(['review', '--period', '2021-Q1'], io)).toBe(0);
    expect(io.out.join('')).toContain(
      '## Review health\n\n_No incident in this period has a review deadline._\n\n_1 historical record (recorded after the fact) has no review deadline and is not counted here._\n',
    );
  });
});

describe('sync over imported history', () => {
  it('files none of its follow-ups, and the plan says how many it leaves and why', async () => {
    const dir = repoWith({
      [FILE]: incidentFile(
        `${HISTORICAL}follow_ups:\n  - id: bound-the-font-cache\n    title: Bound the font cache\n  - id: oom-dashboard\n    title: Add OOM kills to the dashboard\n    status: done\n`,
        '# Summary\nx\n',
      ),
      'incidents/2026/2026-03-04-checkout-errors.md': `---
id: 2026-03-04-checkout-errors
title: Checkout errors
status: resolved
severity: SEV2
started_at: 2026-03-04T09:12:00Z
detected_at: 2026-03-04T09:20:00Z
mitigated_at: 2026-03-04T09:51:00Z
resolved_at: 2026-03-04T11:02:00Z
follow_ups:
  - id: canary-analysis
    title: Add canary analysis
    owner: "@alice"
  - id: runbook
    title: Update the runbook
    status: done
    closed_at: 2026-03-20
---
# Summary
`,
    });
    const io = captureIo(dir);
    expect(await runCli(['sync', '--dry-run'], io)).toBe(0);
    expect(io.out.join('')).toBe(
      [
        'Follow-up plan for GitHub (no token: nothing read or written): 1 to create, 0 to update, 0 to close',
        '  create  [2026-03-04-checkout-errors] Add canary analysis    [2026-03-04-checkout-errors/canary-analysis]',
        '  3 follow-ups left unfiled: 2 of historical records (follow_ups.file_historical: true files them); 1 already done or not planned in their files (follow_ups.file_done: true files them)',
        'note: No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.',
        '',
      ].join('\n'),
    );
  });
});
