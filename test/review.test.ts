import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchReview } from '../src/app/batch-review';
import { percentile } from '../src/review/metrics/stats';
import { FIXTURES, NOW } from './helpers';

const cwd = path.join(FIXTURES, 'review', 'basic');
const review = async (period?: string) => (await batchReview({ cwd, now: NOW, period })).report;

/*
 * test/fixtures/review/basic: four incidents in 2026-Q1, two earlier ones
 * (2025-Q2 and 2025-Q4). Every number below is worked out by hand from
 * those files; see the comments.
 */
describe('the batch review of 2026-Q1', () => {
  it('counts incidents against the previous period and the baseline', async () => {
    const r = await review('2026-Q1');
    expect(r.period).toEqual({
      label: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03-31',
      previous: '2025-Q4',
      // The records start in 2025-Q2 (2025-06-01): 2025-Q1 holds none, so it is no part of the baseline.
      baseline: ['2025-Q2', '2025-Q3', '2025-Q4'],
      records_from: '2025-06-01',
    });
    expect(r.incidents.total).toBe(4);
    expect(r.incidents.by_severity).toEqual({ SEV1: 1, SEV2: 2, SEV3: 1 });
    // previous = 2025-Q4: the search incident only; baseline = 2 incidents over the 3 quarters with records.
    expect(r.incidents.previous).toEqual({ total: 1, by_severity: { SEV1: 0, SEV2: 0, SEV3: 1 }, near_misses: 0 });
    expect(r.incidents.baseline).toEqual({
      total: 0.67,
      by_severity: { SEV1: 0.33, SEV2: 0, SEV3: 0.33 },
      near_misses: 0,
    });
  });

  it('gives medians and 90th percentiles of each phase, with counts, and says what is missing', async () => {
    const r = await review('2026-Q1');
    // detect: 10, 20, 5, 30 -> [5, 10, 20, 30]: p50 15, p90 20 + 0.7 * 10 = 27
    expect(r.durations.time_to_detect).toEqual({ count: 4, p50_minutes: 15, p90_minutes: 27 });
    // mitigate: 40, 50, 10, 90 -> p50 45, p90 50 + 0.7 * 40 = 78
    expect(r.durations.time_to_mitigate).toEqual({ count: 4, p50_minutes: 45, p90_minutes: 78 });
    // resolve: 120, 200, 60 (the orders incident is still open) -> p50 120, p90 120 + 0.8 * 80 = 184
    expect(r.durations.time_to_resolve).toEqual({ count: 3, p50_minutes: 120, p90_minutes: 184 });
    expect(r.durations.missing).toEqual({ time_to_detect: 0, time_to_mitigate: 0, time_to_resolve: 1 });
    expect(r.durations.by_severity.SEV2!.time_to_mitigate).toEqual({ count: 2, p50_minutes: 30, p90_minutes: 46 });
    expect(r.durations.slowest.map((s) => [s.incident, s.time_to_mitigate_minutes])).toEqual([
      ['2026-03-15-orders-lag', 90],
      ['2026-02-05-search-outage', 50],
      ['2026-01-10-checkout-errors', 40],
    ]);
  });

  it('shares detection between alerts and customers', async () => {
    const r = await review('2026-Q1');
    expect(r.detection.by_method).toEqual({ alert: 2, customer: 2, employee: 0, 'automated-test': 0, other: 0 });
    expect(r.detection.shares.customer).toBe(0.5);
  });

  it('finds explicit and inferred repeats, with their evidence and strength, and the novelty rate', async () => {
    const r = await review('2026-Q1');
    expect(r.repeats).toEqual([
      {
        incident: '2026-02-05-search-outage',
        repeat_of: '2025-11-10-search-slow',
        inferred: false,
        strength: 'explicit',
        evidence: ['repeat_of in the incident file'],
        reason: 'repeat_of in the incident file',
      },
      // The same service and one factor category, nothing more: shown, never counted.
      {
        incident: '2026-02-20-checkout-slow',
        repeat_of: '2026-01-10-checkout-errors',
        inferred: true,
        strength: 'weak',
        evidence: ["same service 'checkout'", "contributing factor 'deploy' (in 2 of 6 incidents)"],
        reason: "weak: same service 'checkout'; contributing factor 'deploy' (in 2 of 6 incidents); 41 days earlier",
      },
    ]);
    // The orders incident shares orders + database with one 287 days earlier: outside the 180-day window.
    expect(r.novelty_rate).toBe(0.75);
    expect(r.repeat_chains).toEqual([['2025-11-10-search-slow', '2026-02-05-search-outage']]);
  });

  it('groups latency alerting worded differently into one theme, with its titles', async () => {
    const r = await review('2026-Q1');
    // "Alert when search p99 exceeds the SLO" shares no word with them but "alert": it stays apart.
    expect(r.recurring_follow_ups).toEqual([
      {
        theme: 'alerting: latency',
        incidents: ['2026-01-10-checkout-errors', '2026-02-20-checkout-slow'],
        follow_ups: ['2026-01-10-checkout-errors/latency-alert', '2026-02-20-checkout-slow/payments-alerting'],
        members: [
          { follow_up: '2026-01-10-checkout-errors/latency-alert', title: 'Add an alert for checkout latency' },
          { follow_up: '2026-02-20-checkout-slow/payments-alerting', title: 'Create latency alerting for payments' },
        ],
        done: 1,
        question: 'Proposed in 2 incidents, done in 1: is this remediation working?',
      },
    ]);
  });

  it('reports follow-up health from the files when there is no token', async () => {
    const r = await review('2026-Q1');
    expect(r.follow_ups).toEqual({
      source: 'files',
      total: 4,
      done: 1,
      not_planned: 1,
      open: 2,
      overdue: 1,
      completed_within_30d: 1,
      oldest_open: [
        {
          key: '2026-01-10-checkout-errors/runbook',
          title: 'Update the checkout runbook',
          incident: '2026-01-10-checkout-errors',
          age_days: 317,
        },
        {
          key: '2026-02-05-search-outage/p99-alert',
          title: 'Alert when search p99 exceeds the SLO',
          incident: '2026-02-05-search-outage',
          age_days: 291,
        },
      ],
    });
  });

  it('shows the load on incident commanders and who carries more than a third', async () => {
    const r = await review('2026-Q1');
    expect(r.responders.incident_commanders).toEqual([
      { handle: '@alice', count: 3 },
      { handle: '@bob', count: 1 },
    ]);
    expect(r.responders.responders).toEqual([
      { handle: '@dana', count: 2 },
      { handle: '@bob', count: 1 },
    ]);
    expect(r.responders.top_two_share).toBe(1);
    expect(r.responders.concentrated).toEqual(['@alice']);
  });

  it('lists reviews past their deadline and the median time to review', async () => {
    const r = await review('2026-Q1');
    expect(r.reviews.past_deadline).toEqual([
      // resolved 2026-02-05, SEV2 within 10 days -> due 2026-02-15, never reviewed: late until "now" (2026-11-23 12:00)
      {
        incident: '2026-02-05-search-outage',
        severity: 'SEV2',
        deadline: '2026-02-15',
        reviewed: null,
        days_late: 281,
      },
      {
        incident: '2026-02-20-checkout-slow',
        severity: 'SEV2',
        deadline: '2026-03-02',
        reviewed: '2026-03-05',
        days_late: 3,
      },
    ]);
    // 3 days (checkout errors) and 13 days (checkout slow)
    expect(r.reviews.median_days_to_review).toBe(8);
  });

  it('measures each goal against its target, baseline and the previous period', async () => {
    const r = await review('2026-Q1');
    expect(r.goals).toEqual([
      {
        name: 'Few SEV1s',
        metric: 'incident_count',
        unit: 'count',
        value: 1,
        target: '<= 1',
        baseline: 0.33,
        previous: 0,
        met: true,
        trend: 'worse',
      },
      // p50 of [40, 50, 10, 90]; baseline p50 of [120, 25] (72.5, shown and judged in whole minutes); previous [25]
      {
        name: 'Fast mitigation',
        metric: 'time_to_mitigate',
        unit: 'minutes',
        value: 45,
        target: '<= 30m',
        baseline: 73,
        previous: 25,
        met: false,
        trend: 'worse',
      },
      {
        name: 'Customers rarely first',
        metric: 'customer_detected_share',
        unit: 'share',
        value: 0.5,
        target: '<= 25%',
        baseline: 0,
        previous: 0,
        met: false,
        trend: 'worse',
      },
    ]);
  });

  it('opens the discussion with the biggest movements', async () => {
    const r = await review('2026-Q1');
    expect(r.themes).toEqual([
      'Incidents rose to 4 this period against a baseline of 0.67 per period. What changed, and where?',
      'Goal "Fast mitigation" was missed: 45 min against a target of <= 30m, and worse than the period before. Is reliability work going where the goals say it should?',
      'Goal "Customers rarely first" was missed: 50% against a target of <= 25%, and worse than the period before. Is reliability work going where the goals say it should?',
      '@alice was incident commander for 3 of 4 incidents. Is that load sustainable, and who else is ready to lead?',
      'Customers noticed 2 of 4 incidents before we did. Which alerts would have caught them first?',
    ]);
  });

  it('shows what grew against the baseline', async () => {
    const r = await review('2026-Q1');
    expect(r.trends.periods).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(r.trends.incidents).toEqual([1, 0, 1, 4]);
    expect(r.trends.grew).toEqual([
      { dimension: 'services', name: 'checkout', current: 2, baseline_avg: 0 },
      { dimension: 'categories', name: 'deploy', current: 2, baseline_avg: 0 },
      { dimension: 'contributing_factors', name: 'deploy', current: 2, baseline_avg: 0 },
    ]);
  });
});

describe('periods with little data', () => {
  it('says there is nothing to measure in an empty period, without failing', async () => {
    const r = await review('2025-Q3');
    expect(r.incidents.total).toBe(0);
    expect(r.durations.time_to_mitigate).toEqual({ count: 0, p50_minutes: null, p90_minutes: null });
    expect(r.novelty_rate).toBeNull();
    expect(r.goals.map((g) => [g.name, g.value, g.met])).toEqual([
      ['Few SEV1s', 0, true],
      ['Fast mitigation', null, null],
      ['Customers rarely first', null, null],
    ]);
    expect(r.themes).toEqual([
      'There were no incidents in this period. Look at near misses, at open follow-ups and at what went well: what kept things quiet?',
    ]);
    expect(r.period.note).toBe(
      'No incidents in 2025-Q3. The latest quarter with incidents is 2026-Q1: `incidents review --period 2026-Q1`.',
    );
  });

  it('says a period before the first record has nothing to review, and compares it with nothing', async () => {
    const r = await review('2024-Q1');
    expect(r.themes).toEqual(['This period ends before the first record (2025-06-01): there is nothing to review.']);
    expect(r.period).toMatchObject({ previous: null, baseline: [] });
    expect(r.incidents.previous).toBeNull();
    expect(r.incidents.baseline).toBeNull();
  });

  it("gives a single incident's durations as both median and 90th percentile", async () => {
    const r = await review('2025-Q4');
    expect(r.durations.time_to_mitigate).toEqual({ count: 1, p50_minutes: 25, p90_minutes: 25 });
  });

  it('takes months, years and explicit days', async () => {
    expect((await review('2026-02')).incidents.ids).toEqual(['2026-02-05-search-outage', '2026-02-20-checkout-slow']);
    expect((await review('2025')).incidents.total).toBe(2);
    const custom = (await batchReview({ cwd, now: NOW, from: '2026-01-10', to: '2026-02-05' })).report;
    expect(custom.period.label).toBe('2026-01-10..2026-02-05');
    expect(custom.incidents.total).toBe(2);
  });

  it('defaults to the last full quarter, or the last quarter with incidents', async () => {
    // now is 2026-11-23: the last full quarter (2026-Q3) is empty here, so 2026-Q1, and the review says why.
    const { period } = (await batchReview({ cwd, now: NOW })).report;
    expect(period.label).toBe('2026-Q1');
    expect(period.note).toBe(
      '2026-Q3, the last full quarter, has no incidents: this review covers 2026-Q1, the latest quarter with incidents.',
    );
  });
});

describe('percentiles', () => {
  it('interpolate between closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('follow-up state from GitHub', () => {
  it("reads the filed issues' states, through sync's module, when a token is given", async () => {
    const { startGitHubServer } = await import('./github-server/index');
    const { sync, REPO, TEST_TIMING } = await import('./sync-helpers');
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const server = await startGitHubServer();
    try {
      server.state.addRepo(REPO, { assignable: ['alice', 'bob', 'dana'], defaultLabels: false });
      const dir = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
      cpSync(cwd, dir, { recursive: true });
      await sync(server, dir);
      // On GitHub, someone closes the runbook follow-up as done; the file still says open.
      const runbook = server.state.repo(REPO)!.issues.find((i) => i.title.endsWith('Update the checkout runbook'))!;
      Object.assign(runbook, { state: 'closed', state_reason: 'completed', closed_at: '2026-01-25T10:00:00Z' });
      const github = {
        token: 'test-token',
        apiUrl: server.url,
        serverUrl: 'https://github.com',
        repo: REPO,
        log: { info: () => undefined, warn: () => undefined },
        timing: TEST_TIMING,
      };
      const { report } = await batchReview({ cwd: dir, now: NOW, period: '2026-Q1', github });
      // Done within 30 days: the alert (closed 2026-01-20 by the file's record, though sync closed its issue later) and the runbook.
      expect(report.follow_ups).toMatchObject({
        source: 'issues',
        total: 4,
        done: 2,
        not_planned: 1,
        open: 1,
        overdue: 0,
        completed_within_30d: 2,
      });

      const warnings: string[] = [];
      const revoked = await batchReview({
        cwd: dir,
        now: NOW,
        period: '2026-Q1',
        github: { ...github, token: 'revoked', log: { info: () => undefined, warn: (m) => warnings.push(m) } },
      });
      expect(revoked.report.follow_ups.source).toBe('files');
      expect(warnings).toEqual([
        'follow-up states could not be read from GitHub (cannot read the issues of acme/reliability: GitHub answered 401 Bad credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN (or GH_TOKEN)); using the incident files',
      ]);
    } finally {
      await server.close();
    }
  });
});
