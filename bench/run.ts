// npm run bench: every benchmark, one table each, written to bench/RESULTS.md.
// From a fresh clone it first generates its data (bench/.data: about 9 GB,
// a million small files among them); the whole run takes 20 to 40 minutes.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { benchSpeed, renderSpeed } from './speed-bench';
import { benchSyncRequests } from './sync-requests';

const cpus = os.cpus();
const machine = [
  `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}`,
  `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `Node ${process.versions.node} (default heap limit ${(v8.getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MiB)`,
  `${os.platform()} ${os.release()}`,
].join(', ');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');
const started = performance.now();
const loadBefore = load();
const sections: string[] = [`# Benchmark results\n\nMachine: ${machine}\nRun: ${new Date().toISOString()}\n`];

sections.push(
  "## Requests made by sync\n\nCounted on the project's GitHub test server (`test/github-server`), pacing off.\n",
  ...(await benchSyncRequests()),
  '',
);
const speed = benchSpeed();
sections.push(
  '## Speed\n',
  'Generated incidents (`bench/generate.ts`, fixed seed, cached in `bench/.data`): references between incidents, inline',
  'markup, mostly distinct follow-up titles; the same records clean, with a warning in every file, with an error in every',
  'file, and as real repositories are (60% of files with warnings, 5% with errors). `dist/cli.js`; wall time and peak RSS',
  'from `/usr/bin/time`. Floors: `bench/floor-frontmatter.mjs` (read each file, js-yaml CORE_SCHEMA on its frontmatter) and',
  '`bench/floor-full.mjs` (the same and remark on the body), both on one thread. Peers: `ajv validate` (ajv-cli 5) of each',
  "file's frontmatter, extracted to `frontmatter/**/*.yaml` (re-dumped with timestamps quoted: ajv-cli 5 parses YAML with",
  'js-yaml 3, whose default schema turns them into dates), and `markdownlint-cli2` with its defaults less MD013 and',
  "MD025's frontmatter title; both must report every file valid.\n",
  ...renderSpeed(speed),
  '',
  `Load average (1, 5, 15 min) before the run: ${loadBefore}; after: ${load()}. Other work on the machine slows both sides of a round alike.\n`,
);
sections.push(
  `Whole benchmark: ${((performance.now() - started) / 60_000).toFixed(0)} min (data generation, when not cached, included).\n`,
);

sections.push(readFileSync(new URL('./profile-notes.md', import.meta.url), 'utf8'));

const text = `${sections.join('\n')}\n`;
process.stdout.write(text);
writeFileSync(new URL('./RESULTS.md', import.meta.url), text);
