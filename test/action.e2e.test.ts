// The Action as GitHub runs it: node dist/index.js with INPUT_*, the event
// payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the comment it writes
// over HTTP. What each command decides (outputs, summary, fail-on, inputs,
// config errors, forks) is tested in-process in test/action/main.test.ts;
// the token's masking and the writes on forks in
// test/reliability/permissions.e2e.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotations, DEFAULT_INPUTS, runAction as runActionAt, type RunOptions } from './action-runner';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { FIXTURES } from './helpers';

// The pull_request payload's repository and pull request (#2, head "changes").
const REPO = 'Codertocat/Hello-World';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ tokens: { ghs_secret123: 'github-actions[bot]' } });
  server.state.addRepo(REPO, { defaultBranch: 'master', defaultLabels: false });
  server.state.seedIssue(REPO, { title: 'an earlier issue' });
  server.state.seedFile(REPO, 'incidents/2026/2026-03-04-checkout-errors.md', 'changed in the pull request', {
    branch: 'changes',
  });
  server.state.seedPull(REPO, { head: 'changes', base: 'master', title: 'Update the checkout incident' });
});
afterEach(() => server.close());

/** The Action against the project's GitHub server (the comment on the pull request goes there). */
const runAction = (workspace: string, inputs: Record<string, string>, options: RunOptions = {}) =>
  runActionAt(workspace, inputs, { ...options, env: { GITHUB_API_URL: server.url, ...options.env } });

const comments = () => [...server.state.repo(REPO)!.comments.values()];

describe(`the Action on a pull_request, run as GitHub runs it (node ${process.versions.node})`, () => {
  it('annotates each finding, writes the outputs and the summary, and fails the step', async () => {
    const run = await runAction(path.join(FIXTURES, 'validate', 'four-findings'), DEFAULT_INPUTS);
    expect(run.status).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      "::error file=incidents/2026/2026-03-04-checkout-errors.md,line=5,col=1,title=unknown-field::unknown field 'serverity'; did you mean 'severity'?%0AFix: remove it: 'severity' is given already%0AMore: incidents explain unknown-field",
      "::error file=incidents/2026/2026-03-04-checkout-errors.md,line=8,col=13,title=timestamp-zone::started_at has no time zone (got '2026-03-04T09:12:00')%0AFix: add Z for UTC (2026-03-04T09:12:00Z) or an offset such as +01:00%0AMore: incidents explain timestamp-zone",
      "::error file=incidents/2026/2026-03-04-checkout-errors.md,line=13,col=11,title=allowed-values::detection.method must be one of alert, customer, employee, automated-test, other (got 'pager')%0AFix: pick one of alert, customer, employee, automated-test or other%0AMore: incidents explain allowed-values",
      "::error file=incidents/2026/2026-03-04-checkout-errors.md,line=52,col=1,title=review-section-missing::missing section 'Timeline': a reviewed SEV1 incident needs it%0AFix: add a '## Timeline' heading before the 'Contributing Factors' section (line 52), and what belongs under it; SEV1 reviews need Summary, Impact, Timeline, Contributing factors, Follow-ups%0AMore: incidents explain review-section-missing",
      '::error::2 files checked: 4 errors, 0 warnings (fail-on: error)',
    ]);
    expect(run.outputs).toEqual({ errors: '4', warnings: '0', files: '2' });
    expect(run.summary).toBe(readFileSync(path.join(FIXTURES, 'action', 'four-findings-summary.md'), 'utf8'));
  });

  it('keeps one comment on the pull request: what is wrong and what the next status needs, updated in place', async () => {
    const broken = await runAction(path.join(FIXTURES, 'validate', 'four-findings'), DEFAULT_INPUTS);
    expect(broken.status).toBe(1);
    expect(comments().map((c) => [c.issue_number, c.author])).toEqual([[2, 'github-actions[bot]']]);
    const golden = path.join(FIXTURES, 'action', 'four-findings-comment.md');
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(golden, `${comments()[0]!.body}\n`);
    expect(comments()[0]!.body).toBe(readFileSync(golden, 'utf8').trimEnd());

    const fixed = await runAction(path.join(FIXTURES, 'validate', 'valid'), DEFAULT_INPUTS);
    expect(fixed.status).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toBe(
      [
        '<!-- incidents-as-code:validate-comment -->',
        '### ✅ Incident files look good',
        '',
        '**`incidents/2026/2026-03-04-checkout-errors.md`**',
        '',
        '- ➡️ Reviewed: the record is complete.',
        '',
        '<sub>From incidents-as-code; this comment is updated on every push. Run `npx incidents validate` to check locally.</sub>',
      ].join('\n'),
    );
  });

  it('escapes text from incident files so it cannot forge workflow commands or inject HTML', async () => {
    const run = await runAction(path.join(FIXTURES, 'action', 'hostile'), DEFAULT_INPUTS);
    expect(annotations(run.stdout)).toEqual([
      "::error file=incidents/2026-03-04-hostile.md,line=5,col=11,title=severity-value::severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV2\\n::set-output name=errors::0')%0AFix: use one of SEV1, SEV2, SEV3, SEV4, or add a new severity to 'severities' in .incidents.yml%0AMore: incidents explain severity-value",
      "::error file=incidents/2026-03-04-hostile.md,line=7,col=14,title=category-value::unknown category '%250A::error::forged'%0AFix: use one of deploy, config, capacity, database, dependency, third-party, certificate, network, data, security, monitoring, or add a new category to 'categories' in .incidents.yml%0AMore: incidents explain category-value",
      "::error file=incidents/2026-03-04-hostile.md,line=7,col=36,title=category-value::unknown category '<script>alert(1)</script> @everyone | x'%0AFix: use one of deploy, config, capacity, database, dependency, third-party, certificate, network, data, security, monitoring, or add a new category to 'categories' in .incidents.yml%0AMore: incidents explain category-value",
      '::error::1 file checked: 3 errors, 0 warnings (fail-on: error)',
    ]);
    expect(run.outputs.errors).toBe('3');
    expect(run.summary).toContain(
      "| 7:36 | ❌ error | unknown category '&lt;script&gt;alert(1)&lt;/script&gt; @&#8203;everyone &#124; x' |",
    );
    expect(run.summary).not.toContain('<script>');
  });
});
