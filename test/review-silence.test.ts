import { describe, expect, it } from 'vitest';
import { batchReview } from '../src/app/batch-review';
import { renderReviewMarkdown } from '../src/review/render/markdown';
import { NOW } from './helpers';
import { reviewRepo } from './review-repo';

/** The section of the Markdown review under `heading`, without the heading. */
const section = (markdown: string, heading: string) =>
  markdown
    .slice(markdown.indexOf(`## ${heading}\n`))
    .split('\n## ')[0]!
    .split('\n')
    .slice(2)
    .join('\n');

describe('sections say when the data cannot answer, and which field would let them', () => {
  it('names contributing_factors, follow_ups, roles.incident_commander and detection.method when none is recorded', async () => {
    const dir = reviewRepo([
      { id: '2026-02-01-checkout-down', started: '2026-02-01T10:00:00Z' },
      { id: '2026-02-10-payment-page-blank', started: '2026-02-10T10:00:00Z' },
    ]);
    const { report } = await batchReview({ cwd: dir, now: NOW, period: '2026-Q1' });
    expect(report.missing_fields).toEqual([
      'contributing_factors',
      'follow_ups',
      'roles.incident_commander',
      'detection.method',
      'review.date',
    ]);
    expect(report.novelty_rate).toBeNull();
    const md = renderReviewMarkdown(report);
    expect(section(md, 'Repeats')).toBe(
      'Novelty rate: **–** (unknown without contributing factors or `repeat_of`).\n\n_Repeats cannot be inferred: no incident in this period records `contributing_factors`. Record it and the review will show it._\n',
    );
    expect(section(md, 'Recurring remediations')).toBe(
      'Follow-ups that propose the same thing in different words, across incidents up to the end of this period.\n\n_No remediation analysis: no incident in this period records `follow_ups`. Record it and the review will show it._\n',
    );
    expect(section(md, 'People')).toBe(
      '_No load figures: no incident in this period records `roles.incident_commander`. Record it and the review will show it._\n',
    );
    expect(section(md, 'Detection')).toBe(
      '_Detection cannot be shown: no incident in this period records `detection.method`._\n\n_2 incident(s) do not record how they were detected._\n',
    );
    expect(section(md, 'Review health')).toBe(
      '_Time to review cannot be measured: no incident in this period records `review.date`. Record it and the review will show it._\n\n| Incident | Severity | Deadline | Reviewed | Days late |\n|---|---|---|---|---|\n| `2026-02-01-checkout-down` | SEV2 | 2026-02-11 | not yet | 285 |\n| `2026-02-10-payment-page-blank` | SEV2 | 2026-02-20 | not yet | 276 |\n',
    );
  });

  it('says nothing recurred only when follow-ups were recorded', async () => {
    const dir = reviewRepo([
      { id: '2026-02-01-checkout-down', started: '2026-02-01T10:00:00Z', followUps: ['Add a canary stage'] },
    ]);
    const md = renderReviewMarkdown((await batchReview({ cwd: dir, now: NOW, period: '2026-Q1' })).report);
    expect(section(md, 'Recurring remediations')).toContain('_No remediation was proposed in more than one incident._');
  });
});

describe('the category chart compares like with like', () => {
  it('draws the period and the baseline as bars side by side, and keeps a category that fell to zero', async () => {
    const dir = reviewRepo([
      { id: '2025-10-05-db-down', started: '2025-10-05T10:00:00Z', categories: ['database'] },
      { id: '2025-11-05-db-down', started: '2025-11-05T10:00:00Z', categories: ['database'] },
      { id: '2025-12-05-db-down', started: '2025-12-05T10:00:00Z', categories: ['database'] },
      { id: '2026-02-05-deploy-bad', started: '2026-02-05T10:00:00Z', categories: ['deploy'] },
    ]);
    const { report } = await batchReview({ cwd: dir, now: NOW, period: '2026-Q1' });
    expect(report.trends.fell).toEqual([
      { dimension: 'categories', name: 'database', current: 0, baseline_avg: 3 },
      { dimension: 'services', name: 'checkout', current: 1, baseline_avg: 3 },
    ]);
    expect(section(renderReviewMarkdown(report), 'Trends').split('\n').slice(0, 7).join('\n')).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Categories: 2026-Q1 against the baseline (average per period)"',
        '  x-axis ["database 2026-Q1", "database baseline", "deploy 2026-Q1", "deploy baseline"]',
        '  y-axis "Incidents" 0 --> 4',
        '  bar [0, 3, 1, 0]',
        '```',
      ].join('\n'),
    );
  });
});
