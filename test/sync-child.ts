// A sync in a process of its own, so a test can kill it mid-run (SIGKILL:
// no cleanup, no finally) and check what a later run makes of the wreck.
// Same code path as the CLI; only the pacing is shortened.
import { runSync } from '../src/commands/sync';
import { TEST_TIMING } from './sync-helpers';

const [cwd, apiUrl, repo] = process.argv.slice(2);
const report = await runSync({
  cwd: cwd!, now: new Date('2026-11-23T12:00:00Z'), token: 'test-token', apiUrl: apiUrl!, serverUrl: 'https://github.com', repo: repo!,
  defaultBranch: 'main', dryRun: false, maxOperations: 50, log: { info: () => undefined, warn: () => undefined }, timing: TEST_TIMING,
});
process.stdout.write(`${JSON.stringify({ applied: report.applied.length, failed: report.failed?.message ?? null })}\n`);
