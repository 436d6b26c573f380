// The speed issue's benchmark: on the same generated files and in one run,
// the floors (read + js-yaml; read + js-yaml + remark), the peers people
// would otherwise run (ajv-cli on the frontmatter, markdownlint-cli2 on the
// files) and ours (validate on clean files, on files with warnings, with
// errors and as real repositories are; one file; --changed-since; review;
// peak memory at 100,000 and at a million files), with every ratio the
// issue sets as a target, each measured side by side, round by round.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { dataset, forgetCache, gitRepository, oneFile, soloFolder } from './datasets';
import { median, paired, type Measurement, type Paired } from './measure';
import { ajv, floor, markdownlint, nodeStart, review, validate } from './tools';

/** Rounds of a side-by-side pair at 10,000 files. */
const RUNS = 5;
/** Start-up sized cases are short and noisy: more rounds cost little. */
const SHORT_RUNS = 9;
/** Rounds at 100,000 files. */
const BIG_RUNS = 3;
/** BENCH_SCALE=0.1 runs every case on a tenth of the files: a quick check that the benchmark runs, not a result. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const TEN = Math.round(10_000 * SCALE);
const HUNDRED = Math.round(100_000 * SCALE);
const MILLION = Math.round(1_000_000 * SCALE);

export interface Row {
  readonly label: string;
  readonly files: number;
  readonly m: Measurement;
}

export interface Target {
  readonly label: string;
  readonly files: number;
  /** ours / base, median of the rounds; undefined for a target that is not a ratio. */
  readonly ratio?: number;
  readonly limit?: number;
  readonly memory?: { readonly mib: number; readonly limitMiB: number };
  /** For a target that is not a ratio: whether it is met, and what was measured. */
  readonly met?: boolean;
  readonly measured?: string;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const n = (count: number) => count.toLocaleString('en');

function fileSize(file: string): number {
  return statSync(file).size;
}

export interface SpeedResults {
  readonly rows: Row[];
  readonly targets: Target[];
  readonly notes: string[];
}

export function benchSpeed(): SpeedResults {
  const rows: Row[] = [];
  const targets: Target[] = [];
  const notes: string[] = [];
  const pair = (label: string, files: number, base: string, ours: string, p: Paired) => {
    rows.push(
      { label: `${base}, median of ${label}`, files, m: p.base },
      { label: `${ours}, median of ${label}`, files, m: p.ours },
    );
    return p;
  };

  // 10,000 files: the floors and the peers on clean files; ours on every variant.
  log('10,000 files: generating (once) and measuring the floors, the peers and validate');
  const clean = dataset(TEN, 'clean');
  const warnings = dataset(TEN, 'warnings');
  const errors = dataset(TEN, 'errors');
  const real = dataset(TEN, 'real');

  const floorClean = pair(
    `${RUNS} rounds`,
    TEN,
    'floor: read + js-yaml (frontmatter), one thread, clean files',
    '**`incidents validate`**, clean files',
    paired(
      RUNS,
      () => floor('floor-frontmatter.mjs', clean, TEN),
      () => validate(clean, [], TEN, true),
    ),
  );
  const floorReal = pair(
    `${RUNS} rounds`,
    TEN,
    'floor: read + js-yaml (frontmatter), one thread, real-repository mix',
    '**`incidents validate`**, real-repository mix (60% of files with warnings, 5% with errors)',
    paired(
      RUNS,
      () => floor('floor-frontmatter.mjs', real, TEN),
      () => validate(real, [], TEN, false),
    ),
  );
  const withWarnings = pair(
    `${RUNS} rounds`,
    TEN,
    '`incidents validate`, the same files clean',
    '**`incidents validate`**, every file with at least one warning',
    paired(
      RUNS,
      () => validate(clean, [], TEN, true),
      () => validate(warnings, [], TEN, false),
    ),
  );
  const withErrors = pair(
    `${RUNS} rounds`,
    TEN,
    '`incidents validate`, the same files clean',
    '**`incidents validate`**, every file with at least one error',
    paired(
      RUNS,
      () => validate(clean, [], TEN, true),
      () => validate(errors, [], TEN, false),
    ),
  );
  const full = median(3, () => floor('floor-full.mjs', clean, TEN));
  const ajvAll = median(3, () => ajv(clean, 'frontmatter/**/*.yaml', TEN));
  const lint = median(3, () => markdownlint(clean, TEN));
  rows.push(
    { label: 'floor: read + js-yaml (frontmatter) + remark (body), one thread, median of 3', files: TEN, m: full },
    { label: '`ajv validate --spec=draft2020 -c ajv-formats` on the frontmatter, median of 3', files: TEN, m: ajvAll },
    { label: '`markdownlint-cli2` on the files, median of 3', files: TEN, m: lint },
  );
  targets.push(
    {
      label: '10,000 files each with a warning vs the same files without',
      files: TEN,
      ratio: withWarnings.ratio,
      limit: 1.3,
    },
    {
      label: '10,000 files each with an error vs the same files without',
      files: TEN,
      ratio: withErrors.ratio,
      limit: 2,
    },
    {
      label: 'full validate (real-repository mix) vs the floor: read + js-yaml on one thread',
      files: TEN,
      ratio: floorReal.ratio,
      limit: 1.5,
    },
    {
      label: 'full validate (clean files) vs the floor: read + js-yaml on one thread',
      files: TEN,
      ratio: floorClean.ratio,
      limit: 1.5,
    },
    {
      label: 'full validate (clean files) vs the floor with remark: read + js-yaml + remark on one thread',
      files: TEN,
      ratio: floorClean.ours.seconds / full.seconds,
      limit: 1,
    },
    {
      label: 'full validate (clean files) vs ajv-cli + markdownlint-cli2',
      files: TEN,
      ratio: floorClean.ours.seconds / (ajvAll.seconds + lint.seconds),
      limit: 0.25,
    },
  );

  // One file, and one changed file: what a pre-commit hook and a pull request pay.
  log('one file and one changed file in 10,000: start-up, the ids of the others, git');
  const repo = gitRepository(TEN);
  const one = oneFile(repo);
  const solo = soloFolder(clean);
  const cleanOne = oneFile(clean);
  const start = median(SHORT_RUNS, () => nodeStart(solo.dir));
  const alone = median(SHORT_RUNS, () => validate(solo.dir, [solo.markdown], 1, true));
  const oneWarm = paired(
    SHORT_RUNS,
    () => ajv(clean, cleanOne.frontmatter, 1),
    () => validate(repo, [one.markdown], 1, true),
  );
  const oneCold = median(SHORT_RUNS, () => {
    forgetCache(repo);
    return validate(repo, [one.markdown], 1, true);
  });
  const changedWarm = paired(
    SHORT_RUNS,
    () => validate(repo, [], TEN, true),
    () => validate(repo, ['--changed-since', 'bench-base'], undefined, true),
  );
  const changedCold = median(SHORT_RUNS, () => {
    forgetCache(repo);
    return validate(repo, ['--changed-since', 'bench-base'], undefined, true);
  });
  rows.push(
    { label: `\`node -e 0\` (starting Node), median of ${SHORT_RUNS}`, files: 0, m: start },
    { label: `\`ajv validate\` of one file's frontmatter, median of ${SHORT_RUNS}`, files: 1, m: oneWarm.base },
    {
      label: `**\`incidents validate <one file>\`** in a folder with only that incident (start-up alone), median of ${SHORT_RUNS}`,
      files: 1,
      m: alone,
    },
    {
      label: `**\`incidents validate <one file>\`** in a 10,000-file git repository, ids of the others from the cache, median of ${SHORT_RUNS}`,
      files: 1,
      m: oneWarm.ours,
    },
    {
      label: `**\`incidents validate <one file>\`** in the same repository, no cache (first run), median of ${SHORT_RUNS}`,
      files: 1,
      m: oneCold,
    },
    {
      label: `\`incidents validate\`, all 10,000 files of that repository, median of ${SHORT_RUNS}`,
      files: TEN,
      m: changedWarm.base,
    },
    {
      label: `**\`incidents validate --changed-since bench-base\`**, one changed file, ids of the others from the cache, median of ${SHORT_RUNS}`,
      files: 1,
      m: changedWarm.ours,
    },
    {
      label: `**\`incidents validate --changed-since bench-base\`**, no cache (first run), median of ${SHORT_RUNS}`,
      files: 1,
      m: changedCold,
    },
  );
  targets.push(
    {
      label: '`--changed-since`, one changed file in 10,000, vs the full validate',
      files: TEN,
      ratio: changedWarm.ratio,
      limit: 0.1,
    },
    {
      label: 'one file validated inside the 10,000-file folder vs ajv-cli on that one file',
      files: 1,
      ratio: oneWarm.ratio,
      limit: 1,
    },
    {
      label: 'one file validated alone (start-up) vs ajv-cli on that one file',
      files: 1,
      ratio: alone.seconds / oneWarm.base.seconds,
      limit: 1,
    },
  );

  // 100,000 files: memory, and the review.
  log('100,000 files: generating (once), validate and review against the floor');
  const big = dataset(HUNDRED, 'real');
  const bigValidate = pair(
    `${BIG_RUNS} rounds`,
    HUNDRED,
    'floor: read + js-yaml (frontmatter), one thread',
    '**`incidents validate`**, real-repository mix',
    paired(
      BIG_RUNS,
      () => floor('floor-frontmatter.mjs', big, HUNDRED),
      () => validate(big, [], HUNDRED, false),
    ),
  );
  const bigReview = paired(
    BIG_RUNS,
    () => floor('floor-frontmatter.mjs', big, HUNDRED),
    () => review(big, 'review.json'),
  );
  rows.push({
    label: `**\`incidents review --period 2025 --format json\`**, median of ${BIG_RUNS} rounds`,
    files: HUNDRED,
    m: bigReview.ours,
  });
  const tenReview = review(real, 'review.json');
  const perFileKiB = ((bigValidate.ours.peakMiB - floorReal.ours.peakMiB) * 1024) / (HUNDRED - TEN);
  targets.push(
    {
      label: `full validate vs the floor: read + js-yaml on one thread`,
      files: HUNDRED,
      ratio: bigValidate.ratio,
      limit: 1.5,
    },
    {
      label: `peak memory of validate (10,000 files: ${floorReal.ours.peakMiB.toFixed(0)} MiB; ${perFileKiB.toFixed(2)} KiB more per file)`,
      files: HUNDRED,
      memory: { mib: bigValidate.ours.peakMiB, limitMiB: 400 },
      met: bigValidate.ours.peakMiB < 400,
      measured: `${bigValidate.ours.peakMiB.toFixed(0)} MiB`,
    },
    {
      label: 'review vs the frontmatter floor; peak memory < 1 GiB',
      files: HUNDRED,
      ratio: bigReview.ratio,
      limit: 1.5,
      memory: { mib: bigReview.ours.peakMiB, limitMiB: 1024 },
    },
  );
  // The review's JSON: its recurring themes must list a few members each, whatever the repository's size.
  const reviewJson = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, 'review.json'), 'utf8')) as {
      recurring_follow_ups: { incidents: unknown[]; follow_ups: unknown[] }[];
      repeats: unknown[];
      repeat_chains: unknown[];
    };
  const mib = (value: unknown) => (JSON.stringify(value).length / 2 ** 20).toFixed(2);
  const bigJson = reviewJson(big);
  const listed = Math.max(0, ...bigJson.recurring_follow_ups.flatMap((t) => [t.incidents.length, t.follow_ups.length]));
  targets.push({
    label: `review JSON: recurring themes list their first members only (10,000 incidents: ${(fileSize(path.join(real, 'review.json')) / 2 ** 20).toFixed(2)} MiB in all)`,
    files: HUNDRED,
    met: listed <= 10,
    measured: `${(fileSize(path.join(big, 'review.json')) / 2 ** 20).toFixed(2)} MiB in all: themes ${mib(bigJson.recurring_follow_ups)} MiB (at most ${listed} members listed per theme), the period's repeats ${mib(bigJson.repeats)} MiB and repeat chains ${mib(bigJson.repeat_chains)} MiB`,
  });
  rows.push({
    label: '`incidents review` at 10,000 files (for the size of its JSON), one run',
    files: TEN,
    m: tenReview,
  });

  // A million incidents, with the default heap: once each, they take minutes.
  log('1,000,000 files: generating (once; minutes, about 7 GB of disk), validate and review once each');
  const million = dataset(MILLION, 'real');
  const heapMiB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  // Either may run out of memory: that is a result to record (a miss), not the end of the benchmark.
  const millionValidate = validate(million, [], MILLION, false, [], true);
  const millionReview = review(million, 'review.json', [], true);
  const outcome = (m: Measurement) =>
    m.status >= 0 && m.status <= 1
      ? ''
      : m.status === 134
        ? ': ran out of memory (V8 aborted)'
        : `: failed with status ${m.status}`;
  rows.push(
    {
      label: `**\`incidents validate\`**, real-repository mix, default heap, one run${outcome(millionValidate)}`,
      files: MILLION,
      m: millionValidate,
    },
    {
      label: `**\`incidents review --period 2025\`**, default heap, one run${outcome(millionReview)}`,
      files: MILLION,
      m: millionReview,
    },
  );
  targets.push(
    {
      label: `validate finishes within the default heap (${heapMiB.toFixed(0)} MiB here, for each thread)`,
      files: MILLION,
      met: millionValidate.status >= 0 && millionValidate.status <= 1,
      measured: `${millionValidate.seconds.toFixed(0)} s, ${millionValidate.peakMiB.toFixed(0)} MiB peak (the process: both threads' heaps)${outcome(millionValidate)}`,
    },
    {
      label: `review finishes within the default heap (${heapMiB.toFixed(0)} MiB here, for each thread)`,
      files: MILLION,
      met: millionReview.status === 0,
      measured: `${millionReview.seconds.toFixed(0)} s, ${millionReview.peakMiB.toFixed(0)} MiB peak (the process: both threads' heaps)${outcome(millionReview)}`,
    },
  );
  notes.push(
    `The floors and ours ran side by side: each round runs both back to back (the order alternating), and a ratio is the median of the rounds' ratios.`,
  );
  return { rows, targets, notes };
}

const secs = (m: Measurement) => (m.seconds < 10 ? `${m.seconds.toFixed(2)} s` : `${m.seconds.toFixed(1)} s`);

/** The speed tables as Markdown. */
export function renderSpeed({ rows, targets, notes }: SpeedResults): string[] {
  return [
    '| case | files | time | peak memory |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.label} | ${n(row.files)} | ${secs(row.m)} | ${row.m.peakMiB.toFixed(0)} MiB |`),
    '',
    '| target | files | measured | ratio | target | result |',
    '|---|---|---|---|---|---|',
    ...targets.map((t) => {
      const ratioMet = t.ratio === undefined || t.ratio <= t.limit!;
      const memoryMet = !t.memory || t.memory.mib < t.memory.limitMiB;
      const met = (t.met ?? true) && ratioMet && memoryMet;
      const limit = [
        ...(t.limit === undefined ? [] : [`≤ ${t.limit.toFixed(2)} ×`]),
        ...(t.memory ? [`< ${t.memory.limitMiB} MiB`] : []),
      ].join(', ');
      const measured = t.measured ?? (t.memory ? `${t.memory.mib.toFixed(0)} MiB` : '');
      const ratio = t.ratio === undefined ? '' : `${t.ratio.toFixed(2)} ×`;
      const off =
        !met && t.ratio !== undefined && !ratioMet ? ` (${(t.ratio / t.limit!).toFixed(1)} × the target)` : '';
      return `| ${t.label} | ${n(t.files)} | ${measured} | ${ratio} | ${limit || 'met or not'} | ${met ? 'met' : `**missed**${off}`} |`;
    }),
    '',
    ...notes,
  ];
}
