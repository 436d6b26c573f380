// npm run bench: every benchmark, one table each, written to bench/RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchSpeed } from './speed-bench';
import { benchSyncRequests } from './sync-requests';

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${os.platform()} ${os.release()}`;
const sections: string[] = [`# Benchmark results\n\nMachine: ${machine}\nRun: ${new Date().toISOString()}\n`];
const started = performance.now();

sections.push(
  "## Requests made by sync\n\nCounted on the project's GitHub test server (`test/github-server`), pacing off.\n",
  ...(await benchSyncRequests()),
  '',
);
sections.push(
  '## Speed\n',
  'Generated incidents (`bench/generate.ts`, fixed seed, cached in `bench/.data`), the same files for every tool in one run; `dist/cli.js`;',
  "wall time and peak RSS from `/usr/bin/time` (the median run). Peers: `ajv validate` (ajv-cli 5) of each file's frontmatter,",
  'extracted once to `frontmatter/**/*.yaml` beside `incidents/` (ajv-cli 5 parses YAML with js-yaml 3, whose default schema turns',
  'unquoted timestamps into dates that fail `type: string`, so the extract is re-dumped with timestamps quoted; every run must report every',
  "file valid), and `markdownlint-cli2` on the `.md` files with its defaults less MD013 (line length) and MD025's frontmatter title.",
  'Floors: `bench/floor-full.mjs` (js-yaml CORE_SCHEMA + remark parse of every file) for validate, `bench/floor-frontmatter.mjs`',
  '(js-yaml only) for review.\n',
  ...benchSpeed(),
  '',
);
sections.push(
  `Whole benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s (data generation, when not cached, included).\n`,
);

sections.push(readFileSync(new URL('./profile-notes.md', import.meta.url), 'utf8'));

const text = `${sections.join('\n')}\n`;
process.stdout.write(text);
writeFileSync(new URL('./RESULTS.md', import.meta.url), text);
