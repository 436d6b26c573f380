/**
 * Pairwise precision and recall of recurring-remediation grouping on the
 * labelled follow-ups (bench/recurring/labelled-follow-ups.yml):
 *
 *   npm run recurring-quality            # the figures
 *   npm run recurring-quality -- --pairs # and every pair it gets wrong
 *   npm run recurring-quality -- --sweep # and the figures at other similarity thresholds
 *
 * A pair of follow-ups is a true positive when the grouping puts them in
 * one theme and the labels do too; precision = TP / (TP + FP), recall =
 * TP / (TP + FN). Targets: precision >= 0.9, recall >= 0.8 (test/recurring-quality.test.ts holds them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { groupFollowUps, type RecurringOptions } from '../../src/review/recurring/group';

export const LABELLED = path.join(path.dirname(fileURLToPath(import.meta.url)), 'labelled-follow-ups.yml');

interface Labelled {
  organisations: {
    name: string;
    names?: string[];
    follow_ups: { incident: string; title: string; group?: string }[];
  }[];
}

export interface Quality {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly followUps: number;
  readonly wrong: readonly string[];
}

/** Groups each organisation's follow-ups as the review would and scores every pair against the labels. */
export function measureQuality(options: Pick<RecurringOptions, 'stem' | 'threshold'> = {}): Quality {
  const data = yaml.load(readFileSync(LABELLED, 'utf8')) as Labelled;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let followUps = 0;
  const wrong: string[] = [];
  for (const org of data.organisations) {
    const items = org.follow_ups.map((f, i) => ({
      incidentId: f.incident,
      followUpId: String(i).padStart(4, '0'),
      title: f.title,
      done: false,
    }));
    followUps += items.length;
    const groupOf = new Map<string, number>();
    groupFollowUps(items, { ignoreWords: org.names ?? [], ...options }).forEach((g, k) =>
      g.members.forEach((m) => groupOf.set(m.key, k)),
    );
    const key = (i: number) => `${items[i]!.incidentId}/${items[i]!.followUpId}`;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const labelled =
          org.follow_ups[i]!.group !== undefined && org.follow_ups[i]!.group === org.follow_ups[j]!.group;
        const grouped = groupOf.has(key(i)) && groupOf.get(key(i)) === groupOf.get(key(j));
        if (labelled && grouped) tp++;
        else if (grouped) {
          fp++;
          wrong.push(`grouped, labelled apart:  ${items[i]!.title}  |  ${items[j]!.title}`);
        } else if (labelled) {
          fn++;
          wrong.push(`labelled together, apart: ${items[i]!.title}  |  ${items[j]!.title}`);
        }
      }
    }
  }
  return {
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    followUps,
    wrong,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const q = measureQuality();
  const unstemmed = measureQuality({ stem: (w) => w });
  const line = (name: string, r: Quality) =>
    `${name.padEnd(22)} precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (TP ${r.truePositives}, FP ${r.falsePositives}, FN ${r.falseNegatives})`;
  console.log(`${q.followUps} labelled follow-ups in ${LABELLED}`);
  console.log(line('grouping (stemmer)', q));
  console.log(line('same, without stems', unstemmed));
  console.log('targets: precision >= 0.9, recall >= 0.8');
  if (process.argv.includes('--sweep'))
    for (const threshold of [0.26, 0.28, 0.3, 0.32, 0.34, 0.36])
      console.log(line(`threshold ${threshold.toFixed(2)}`, measureQuality({ threshold })));
  if (process.argv.includes('--pairs')) for (const w of q.wrong) console.log(w);
}
