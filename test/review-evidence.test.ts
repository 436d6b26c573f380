import { describe, expect, it } from 'vitest';
import { batchReview } from '../src/app/batch-review';
import { renderReviewMarkdown } from '../src/review/render/markdown';
import { NOW, ROOT } from './helpers';
import { reviewRepo } from './review-repo';

const EXAMPLE_NOW = new Date('2026-11-29T12:00:00Z');

describe('inferred repeats need evidence', () => {
  it('does not link incidents on a service and a factor most incidents share (the example set)', async () => {
    const { report } = await batchReview({ cwd: ROOT, now: EXAMPLE_NOW, period: '2025' });
    // 'monitoring' is a contributing factor of 18 of 25 incidents in 2025: it links nothing.
    expect(report.repeats.find((x) => x.incident === '2025-04-08-orders-db-connection-exhaustion')).toBeUndefined();
    expect(report.repeats.flatMap((x) => x.evidence).filter((e) => e.includes("'monitoring'"))).toEqual([]);
    expect(report.repeat_chains.flat()).not.toContain('2025-02-27-delivery-slots-double-booked');
    expect(report.repeats.find((x) => x.incident === '2025-08-12-orders-db-failover-slow')).toEqual({
      incident: '2025-08-12-orders-db-failover-slow',
      repeat_of: '2025-04-08-orders-db-connection-exhaustion',
      inferred: true,
      strength: 'strong',
      evidence: [
        "same service 'orders', 'postgres-main'",
        "contributing factor 'database' (in 5 of 50 incidents)",
        "tags 'postgres', 'connections'",
      ],
      reason:
        "strong: same service 'orders', 'postgres-main'; contributing factor 'database' (in 5 of 50 incidents); tags 'postgres', 'connections'; 126 days earlier",
    });
    expect(report.themes[0]).toBe(
      '5 of 25 incidents repeated an earlier failure (novelty rate 80%); the longest chain is 2025-04-08-orders-db-connection-exhaustion → 2025-08-12-orders-db-failover-slow (inferred) → 2025-11-28-black-friday-checkout-queueing (inferred). Why did the earlier follow-ups not prevent them?',
    );
    expect(renderReviewMarkdown(report)).toContain('Chains (explicit and strong links only):');
  });

  it('counts a shared alert as strong evidence, and a repeat outside review.repeat_window not at all', async () => {
    const incidents = [
      {
        id: '2026-01-05-cart-errors',
        started: '2026-01-05T10:00:00Z',
        extra: 'detection: { method: alert, alert: checkout-5xx-rate }',
      },
      {
        id: '2026-03-05-payment-timeouts',
        started: '2026-03-05T10:00:00Z',
        extra: 'detection: { method: alert, alert: checkout-5xx-rate }',
      },
    ];
    const strong = await batchReview({ cwd: reviewRepo(incidents), now: NOW, period: '2026-Q1' });
    expect(strong.report.repeats).toEqual([
      {
        incident: '2026-03-05-payment-timeouts',
        repeat_of: '2026-01-05-cart-errors',
        inferred: true,
        strength: 'strong',
        evidence: ["same service 'checkout'", "same alert 'checkout-5xx-rate'"],
        reason: "strong: same service 'checkout'; same alert 'checkout-5xx-rate'; 59 days earlier",
      },
    ]);
    expect(strong.report.novelty_rate).toBe(0.5);
    const windowed = await batchReview({
      cwd: reviewRepo(incidents, 'review:\n  repeat_window: 30d\n'),
      now: NOW,
      period: '2026-Q1',
    });
    expect(windowed.report.repeats).toEqual([]);
  });
});
