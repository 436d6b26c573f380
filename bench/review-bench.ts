// The batch review of 100,000 generated incidents against the floor of just
// reading them and parsing their frontmatter, in the same run.
import path from 'node:path';
import { generate } from './generate';
import { measure, median, type Measurement } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ReviewMeasurements {
  readonly floor: Measurement;
  readonly review: Measurement;
}

/** Median of `runs` of the frontmatter floor and of `incidents review --period 2025` on `count` generated incidents. */
export function measureReview(
  count: number,
  runs: number,
  cli = path.join(ROOT, 'dist', 'cli.js'),
): ReviewMeasurements {
  const dir = generate(path.join(ROOT, 'bench', '.data', String(count)), count);
  const floor = median(runs, () =>
    measure(process.execPath, [path.join(ROOT, 'bench', 'floor-frontmatter.mjs'), path.join(dir, 'incidents')], dir, {
      check: (output) => {
        if (output.trim() !== String(count))
          throw new Error(`floor-frontmatter parsed ${output.trim()} of ${count} files`);
      },
    }),
  );
  const review = median(runs, () =>
    measure(
      process.execPath,
      [cli, 'review', '--period', '2025', '--format', 'json', '--out', path.join(dir, 'review.json')],
      dir,
    ),
  );
  return { floor, review };
}

export function benchReview(count: number, runs: number): string[] {
  const { floor, review } = measureReview(count, runs);
  return [
    `| case (${count.toLocaleString('en')} incidents, median of ${runs}) | time | peak memory | vs floor |`,
    '|---|---|---|---|',
    `| floor: read + parse frontmatter (js-yaml) | ${floor.seconds.toFixed(2)} s | ${floor.peakMiB.toFixed(0)} MiB | 1.00 × |`,
    `| \`incidents review --period 2025\` | ${review.seconds.toFixed(2)} s | ${review.peakMiB.toFixed(0)} MiB | ${(review.seconds / floor.seconds).toFixed(2)} × |`,
  ];
}
