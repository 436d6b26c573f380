import { describe, expect, it } from 'vitest';
import { measureQuality } from '../bench/recurring/quality';

/*
 * The quality figure of recurring remediations, on 303 labelled follow-ups
 * written for the purpose (bench/recurring/labelled-follow-ups.yml).
 * `npm run recurring-quality -- --pairs` prints the figures and every pair
 * the grouping gets wrong.
 */
describe('recurring remediations on the labelled follow-ups', () => {
  it('group pairs with precision at least 0.9 and recall at least 0.8', () => {
    const q = measureQuality();
    expect(q.followUps).toBeGreaterThanOrEqual(300);
    expect(q.precision).toBeGreaterThanOrEqual(0.9);
    expect(q.recall).toBeGreaterThanOrEqual(0.8);
  });
});
