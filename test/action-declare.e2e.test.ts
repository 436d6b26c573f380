import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { DEFAULT_INPUTS, runAction } from './action-runner';
import { webhookExample } from './webhook-examples';
import { isWrite, startGitHubServer, type GitHubServer } from './github-server/index';
import { FIXTURES } from './helpers';

const REPO = 'Codertocat/Hello-World';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ tokens: { ghs_secret123: 'github-actions[bot]' } });
  server.state.addRepo(REPO, { defaultBranch: 'master', defaultLabels: false, actionsCanCreatePullRequests: true });
  server.state.seedIssue(REPO, {
    title: '[Incident]: Checkout failing for EU customers',
    author: 'Codertocat',
    labels: ['incident'],
  });
});
afterEach(() => server.close());

/** What GitHub puts in the issue body for a submitted declare-incident form. */
function renderedForm(answers: {
  severity: string;
  started: string;
  services?: string;
  commander?: string;
  summary?: string;
}): string {
  const field = (label: string, value: string | undefined) => `### ${label}\n\n${value ?? '_No response_'}`;
  return [
    field('Severity', answers.severity),
    field('When did impact start?', answers.started),
    field('Services affected', answers.services),
    field('Incident commander', answers.commander),
    field('What is happening?', answers.summary),
  ].join('\n\n');
}

function issuesEvent(body: string, association = 'OWNER') {
  const payload = webhookExample('issues', (e) => e.action === 'opened') as {
    issue: { title: string; body: string; labels: unknown[]; author_association: string; created_at: string };
  };
  // Filled in half an hour after impact started: "30m ago" and the like count back from here.
  payload.issue.created_at = '2026-11-20T09:42:00Z';
  payload.issue.title = '[Incident]: Checkout failing for EU customers';
  payload.issue.body = body;
  payload.issue.labels = [{ name: 'incident' }];
  payload.issue.author_association = association;
  return { event: 'issues', payload: payload as never, env: { GITHUB_API_URL: server.url } };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-declare-'));
  cpSync(path.join(FIXTURES, 'sync', 'basic', '.incidents.yml'), path.join(dir, '.incidents.yml'));
  return dir;
}

const comments = () => [...server.state.repo(REPO)!.comments.values()];
const GOOD = renderedForm({
  severity: 'SEV2',
  started: '2026-11-20T09:12Z',
  services: 'checkout',
  commander: '@alice',
  summary: 'EU customers see an error at the payment step.',
});
const FILE = 'incidents/2026/2026-11-20-checkout-failing-for-eu-customers.md';

describe(`the Action declaring an incident from an issue form, run as GitHub runs it (node ${process.versions.node})`, () => {
  it('opens one pull request with the incident file and comments on the issue; a second run opens none', async () => {
    const dir = workspace();
    const first = await runAction(dir, DEFAULT_INPUTS, issuesEvent(GOOD));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.outputs).toEqual({
      'incident-file': FILE,
      'pull-request': 'https://github.com/Codertocat/Hello-World/pull/2',
    });
    expect(server.state.pulls(REPO).map((p) => [p.number, p.title, p.head, p.base])).toEqual([
      [2, 'Incident: Checkout failing for EU customers', 'incidents-declare/issue-1', 'master'],
    ]);
    const file = server.state.fileAt(REPO, 'incidents-declare/issue-1', FILE)!;
    expect(file).toContain(
      '\nid: 2026-11-20-checkout-failing-for-eu-customers\ntitle: Checkout failing for EU customers\nstatus: investigating\nseverity: SEV2\nstarted_at: 2026-11-20T09:12:00Z\n',
    );
    expect(file).toContain('\nservices: [checkout]\n');
    expect(file).toContain('  incident_commander: "@alice"\n');
    expect(file).toContain('EU customers see an error at the payment step.');
    mkdirSync(path.join(dir, 'incidents', '2026'), { recursive: true });
    writeFileSync(path.join(dir, FILE), file);
    expect((await validateIncidents({ cwd: dir, paths: [FILE], now: new Date() })).findings).toEqual([]);
    expect(comments().map((c) => [c.issue_number, c.body.split('\n')[1]])).toEqual([
      [1, '### Incident recorded: pull request [#2](https://github.com/Codertocat/Hello-World/pull/2)'],
    ]);

    const second = await runAction(dir, DEFAULT_INPUTS, issuesEvent(GOOD));
    expect(second.status).toBe(0);
    expect(server.state.pulls(REPO)).toHaveLength(1);
    expect(comments()).toHaveLength(1);
  });

  it('answers a bad severity with one comment saying what to fix, and nothing else', async () => {
    const bad = renderedForm({ severity: 'SEV9', started: '2026-11-20T09:12Z', commander: 'ping @everyone now' });
    const run = await runAction(workspace(), DEFAULT_INPUTS, issuesEvent(bad));
    expect(run.status).toBe(0);
    expect(server.state.pulls(REPO)).toEqual([]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('### The incident could not be recorded yet');
    expect(comments()[0]!.body.split('\n').slice(1)).toEqual([
      '### The incident could not be recorded yet',
      '',
      'Edit the issue to fix these answers; the incident file is created as soon as they are right:',
      '',
      "- **Severity**: severity must be one of SEV1, SEV2, SEV3 or SEV4 (got 'SEV9')",
      expect.stringMatching(/^- \*\*Incident commander\*\*: .*@&#8203;everyone/),
    ]);
    await runAction(workspace(), DEFAULT_INPUTS, issuesEvent(bad));
    expect(comments()).toHaveLength(1);
  });

  it('does nothing for an issue opened by someone who cannot push', async () => {
    const run = await runAction(workspace(), DEFAULT_INPUTS, issuesEvent(GOOD, 'NONE'));
    expect(run.status).toBe(0);
    expect(server.requests.filter((r) => isWrite(r.method, r.path))).toEqual([]);
  });
});
