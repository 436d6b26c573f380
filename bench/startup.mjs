// Start-up of built CLIs, side by side: what a pre-commit hook pays.
//   node bench/startup.mjs [--runs 30] <label>=<path to cli.js> ...
// Each round runs every command once with every CLI, interleaved, so a busy
// machine slows all of them alike; `node -e 0` is the floor. Run it from the
// repository root: the one-file validate reads the example dataset and its
// config (.incidents.yml) from there.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 30;
const clis = args.map((arg) => arg.split('='));
if (!clis.length || clis.some((cli) => cli.length !== 2) || !(runs > 0)) {
  throw new Error('usage: node bench/startup.mjs [--runs 30] <label>=<cli.js> ...');
}

const FILE = 'incidents/2025/2025-01-09-cart-sessions-lost.md';
const commands = [['--version'], ['validate', FILE]];
const cases = [{ label: 'floor', command: 'node -e 0', argv: ['-e', '0'] }];
for (const command of commands) {
  for (const [label, cli] of clis)
    cases.push({ label, command: `node cli.js ${command.join(' ')}`, argv: [cli, ...command] });
}

const times = cases.map(() => []);
for (let round = 0; round < runs; round++) {
  cases.forEach(({ argv }, i) => {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    times[i].push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = median(times[0]);
console.log(`Node ${process.versions.node}, ${runs} runs each, interleaved\n`);
console.log('| command | build | median ms | min ms | max ms | × floor |\n|---|---|---:|---:|---:|---:|');
cases.forEach(({ label, command }, i) => {
  const m = median(times[i]);
  console.log(
    `| \`${command}\` | ${label} | ${m.toFixed(1)} | ${Math.min(...times[i]).toFixed(1)} | ${Math.max(...times[i]).toFixed(1)} | ${(m / floor).toFixed(2)} |`,
  );
});
