// npm run bench: every benchmark, one table each, written to bench/RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchReview } from './review-bench';
import { benchSyncRequests } from './sync-requests';

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${os.platform()} ${os.release()}`;
const sections: string[] = [`# Benchmark results\n\nMachine: ${machine}\nRun: ${new Date().toISOString()}\n`];

sections.push('## Requests made by sync\n\nCounted on the project\'s GitHub test server (`test/github-server`), pacing off.\n', ...(await benchSyncRequests()), '');
sections.push('## Batch review\n\nGenerated incidents (`bench/generate.ts`, fixed seed), `dist/cli.js`, wall time and peak RSS from `/usr/bin/time`.\n', ...benchReview(100_000, 3), '');

sections.push(readFileSync(new URL('./profile-notes.md', import.meta.url), 'utf8'));

const text = `${sections.join('\n')}\n`;
process.stdout.write(text);
writeFileSync(new URL('./RESULTS.md', import.meta.url), text);
