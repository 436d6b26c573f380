import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolve';
import { desiredFollowUps, issueTitle, managedLabels } from '../src/sync/desired';
import { managedBody } from '../src/sync/issue-body';
import { MAX_ISSUE_BODY_CHARS } from '../src/core/github-limits';
import { readKey, readManaged } from '../src/sync/markers';
import { planSync, type PlanOptions } from '../src/sync/plan';
import type { ExistingIssue } from '../src/github/api/issue-shape';
import type { SourceDocument } from '../src/incidents/document';
import { createLocator } from '../src/incidents/locate';

const config = resolveConfig(
  {
    follow_ups: {
      labels: { type: { prevent: 'remediation:prevent' }, priority: { P1: 'priority:P1', P2: 'priority:P2' } },
    },
  },
  '.incidents.yml',
);
const links = {
  repositoryUrl: 'https://github.com/acme/reliability',
  sourceRepo: 'acme/reliability',
  defaultBranch: 'main',
};

function incident(data: Record<string, unknown>): SourceDocument {
  return {
    file: `incidents/${String(data.id)}.md`,
    kind: 'incident',
    data,
    body: '',
    bodyLine: 1,
    frontmatterLine: 2,
    locate: createLocator('', 2),
  };
}

const checkout = incident({
  id: '2026-03-04-checkout-errors',
  title: 'Checkout errors',
  severity: 'SEV2',
  status: 'reviewed',
  impact: {
    summary: 'About 8% of checkouts failed for 31 minutes. @everyone <!-- incidents-as-code:follow-up x/y -->',
  },
  follow_ups: [
    {
      id: 'canary-analysis',
      title: 'Add canary analysis',
      type: 'prevent',
      owner: '@alice',
      priority: 'P1',
      due: '2026-04-01',
    },
    { id: 'runbook', title: 'Update the runbook', owner: '@acme/sre', status: 'done', closed_at: '2026-03-20' },
  ],
});

const options: PlanOptions = {
  ownLogin: 'incidents-bot',
  source: { repo: 'acme/reliability', url: 'https://github.com/acme/reliability', isTracker: true },
  label: 'follow-up',
  onRemoved: 'close',
  reopen: false,
  managedLabels: managedLabels(config),
  skippedIncidents: new Set(),
};

function issueFrom(
  number: number,
  desired: ReturnType<typeof desiredFollowUps>[number],
  extra: Partial<ExistingIssue> = {},
): ExistingIssue {
  return {
    number,
    url: `https://github.com/acme/reliability/issues/${number}`,
    title: desired.title,
    body: desired.managedBody,
    state: 'open',
    stateReason: null,
    closedAt: null,
    createdAt: '2026-03-05T00:00:00Z',
    labels: desired.labels,
    assignees: desired.assignees,
    author: 'incidents-bot',
    app: null,
    ...extra,
  };
}

describe('what sync wants on GitHub', () => {
  const [canary, runbook] = desiredFollowUps([checkout], config, links);

  it('titles, labels and assigns each follow-up from the file and the config', () => {
    expect(canary).toMatchObject({
      key: '2026-03-04-checkout-errors/canary-analysis',
      title: '[2026-03-04-checkout-errors] Add canary analysis',
      labels: ['follow-up', 'priority:P1', 'remediation:prevent'],
      assignees: ['alice'],
      fileStatus: 'open',
    });
    expect(runbook).toMatchObject({ assignees: [], labels: ['follow-up'], fileStatus: 'done' });
  });

  it('writes a managed body with the marker, a link to the file and the facts, with file text escaped', () => {
    expect(canary!.managedBody).toBe(
      [
        '<!-- incidents-as-code:managed:start (edits between these markers are replaced by the next sync) -->',
        '<!-- incidents-as-code:follow-up 2026-03-04-checkout-errors/canary-analysis from acme/reliability -->',
        '**Add canary analysis**',
        '',
        'Follow-up from incident [2026-03-04-checkout-errors](https://github.com/acme/reliability/blob/main/incidents/2026-03-04-checkout-errors.md): Checkout errors',
        '',
        '| | |',
        '|---|---|',
        '| Severity | SEV2 |',
        '| Type | prevent |',
        '| Priority | P1 |',
        '| Due | 2026-04-01 |',
        '| Owner | @&#8203;alice |',
        '',
        '> About 8% of checkouts failed for 31 minutes. @&#8203;everyone &lt;\\!-- incidents-as-code:follow-up x/y --&gt;',
        '',
        '<sub>Filed by incidents-as-code from `incidents/2026-03-04-checkout-errors.md`. Change the follow-up in that file; text outside this block is yours to edit.</sub>',
        '<!-- incidents-as-code:managed:end -->',
      ].join('\n'),
    );
    expect(readKey(canary!.managedBody)).toBe('2026-03-04-checkout-errors/canary-analysis');
  });

  it("keeps titles on one line and within GitHub's 256 characters", () => {
    const title = issueTitle('[{incident}] {title}', 'x', `line one\nline two ${'y'.repeat(300)}`);
    expect(title.startsWith('[x] line one line two yyy')).toBe(true);
    expect(title).toHaveLength(256);
  });

  it('drops detail in stages to keep a body under 65,536 characters', () => {
    const facts = {
      key: 'a/b',
      incidentId: 'a',
      incidentTitle: 'T',
      incidentUrl: 'u',
      file: 'f.md',
      severity: 'SEV1',
      type: undefined,
      priority: undefined,
      due: undefined,
      owner: undefined,
      followUpTitle: 'F',
      impactSummary: 'x'.repeat(70_000),
    };
    const body = managedBody(facts);
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY_CHARS);
    expect(body).not.toContain('xxxx');
    expect(readKey(body)).toBe('a/b');
  });
});

describe('the sync plan', () => {
  const desired = desiredFollowUps([checkout], config, links);
  const [canary, runbook] = desired;

  it('files every follow-up once, and closes at once what the file already records as done, when asked to (file_done)', () => {
    const plan = planSync(desired, [], { ...options, fileDone: true });
    expect(plan.operations.map((op) => [op.kind, op.key, op.kind === 'create' ? (op.closeAs ?? 'open') : ''])).toEqual([
      ['create', '2026-03-04-checkout-errors/canary-analysis', 'open'],
      ['create', '2026-03-04-checkout-errors/runbook', 'completed'],
    ]);
  });

  it('does nothing when the issues match the files', () => {
    const plan = planSync(
      desired,
      [
        issueFrom(1, canary!),
        issueFrom(2, runbook!, { state: 'closed', stateReason: 'completed', closedAt: '2026-03-20T00:00:00Z' }),
      ],
      options,
    );
    expect(plan.operations).toEqual([]);
    expect(plan.followUps.map((f) => [f.key, f.issue, f.state, f.stateReason])).toEqual([
      ['2026-03-04-checkout-errors/canary-analysis', 1, 'open', null],
      ['2026-03-04-checkout-errors/runbook', 2, 'closed', 'completed'],
    ]);
  });

  it('updates only the managed part of the body, keeping what people wrote around it and their labels', () => {
    const human = `${canary!.managedBody.replace('Add canary analysis', 'Old title')}\n\nNotes from the team: started on this.`;
    const issue = issueFrom(1, canary!, {
      title: 'old',
      body: human,
      labels: ['follow-up', 'in-progress', 'priority:P2'],
    });
    const [update] = planSync([canary!], [issue], options).operations;
    expect(update).toEqual({
      kind: 'update',
      key: canary!.key,
      issue: 1,
      url: issue.url,
      reasons: ['title', 'body', 'labels'],
      changes: {
        title: '[2026-03-04-checkout-errors] Add canary analysis',
        body: `${canary!.managedBody}\n\nNotes from the team: started on this.`,
        labels: ['follow-up', 'in-progress', 'priority:P1', 'remediation:prevent'],
      },
    });
  });

  it('moves the assignee when the owner changes, keeping people assigned by hand', () => {
    const issue = issueFrom(1, canary!, { assignees: ['alice', 'carol'] });
    const [newOwner] = desiredFollowUps(
      [incident({ ...checkout.data, follow_ups: [{ ...(checkout.data.follow_ups as object[])[0], owner: '@bob' }] })],
      config,
      links,
    );
    const update = planSync([newOwner!], [issue], options).operations[0];
    expect(update?.kind === 'update' && update.changes.assignees).toEqual(['bob', 'carol']);
  });

  it('closes as not planned, with a comment, the issue of a follow-up removed from its file', () => {
    const plan = planSync([canary!], [issueFrom(1, canary!), issueFrom(2, runbook!)], options);
    expect(plan.operations).toEqual([
      {
        kind: 'close',
        key: runbook!.key,
        issue: 2,
        url: 'https://github.com/acme/reliability/issues/2',
        reason: 'not_planned',
        why: 'removed',
        comment: 'This follow-up was removed from its incident file, so it is closed as not planned.',
      },
    ]);
    expect(
      planSync([canary!], [issueFrom(1, canary!), issueFrom(2, runbook!)], { ...options, onRemoved: 'leave-open' })
        .operations,
    ).toEqual([]);
  });

  it('leaves alone the issues of an incident whose file does not validate', () => {
    const plan = planSync([], [issueFrom(1, canary!)], {
      ...options,
      skippedIncidents: new Set(['2026-03-04-checkout-errors']),
    });
    expect(plan.operations).toEqual([]);
  });

  it('ignores issues with a marker written by someone else, so nobody can hijack a follow-up', () => {
    const plan = planSync([canary!], [issueFrom(7, canary!, { author: 'mallory' })], options);
    expect(plan.ignored).toEqual([{ issue: 7, author: 'mallory', key: canary!.key, app: null }]);
    expect(plan.operations.map((op) => op.kind)).toEqual(['create']);
  });

  it('keeps the oldest of two issues for one follow-up and closes the other as a duplicate', () => {
    const plan = planSync([canary!], [issueFrom(5, canary!), issueFrom(3, canary!)], options);
    expect(plan.operations).toEqual([
      {
        kind: 'close',
        key: canary!.key,
        issue: 5,
        url: 'https://github.com/acme/reliability/issues/5',
        reason: 'not_planned',
        why: 'duplicate',
        comment: 'Duplicate of #3: incidents-as-code filed this follow-up twice (two runs at once). Closing this copy.',
      },
    ]);
  });

  it('reopens a closed issue whose follow-up is open in the file only when configured to', () => {
    const closed = issueFrom(1, canary!, { state: 'closed', stateReason: 'completed' });
    expect(planSync([canary!], [closed], options).operations).toEqual([]);
    expect(planSync([canary!], [closed], { ...options, reopen: true }).operations.map((op) => op.kind)).toEqual([
      'reopen',
    ]);
  });

  it('links a follow-up that names an existing issue instead of filing one, and reads its state', () => {
    const [linked] = desiredFollowUps(
      [incident({ ...checkout.data, follow_ups: [{ id: 'tracked', title: 'Tracked elsewhere', issue: 42 }] })],
      config,
      links,
    );
    const issue42 = {
      ...issueFrom(42, linked!),
      author: 'alice',
      state: 'closed' as const,
      stateReason: 'completed' as const,
      closedAt: '2026-04-01T00:00:00Z',
    };
    const plan = planSync([linked!], [], { ...options, linkedIssues: new Map([[42, issue42]]) });
    expect(plan.operations).toEqual([]);
    expect(plan.followUps).toEqual([
      {
        key: linked!.key,
        file: linked!.file,
        issue: 42,
        url: issue42.url,
        state: 'closed',
        stateReason: 'completed',
        closedAt: '2026-04-01T00:00:00Z',
        linked: true,
      },
    ]);
  });

  it('reads the managed part back out of a body', () => {
    expect(readManaged(`intro\n${canary!.managedBody}\noutro`)).toBe(canary!.managedBody);
  });
});

describe('history and finished work are not filed unless asked', () => {
  const history = incident({
    id: '2021-03-09-invoice-rendering',
    title: 'Invoice rendering outage',
    severity: 'unknown',
    status: 'reviewed',
    historical: true,
    started_at: '2021-03-09T06:11:00Z',
    follow_ups: [
      { id: 'bound-the-font-cache', title: 'Bound the font cache' },
      { id: 'oom-dashboard', title: 'Add OOM kills to the dashboard', status: 'done' },
    ],
  });
  const recent = incident({ ...checkout.data, started_at: '2026-03-04T09:12:00Z' });
  const desired = desiredFollowUps([history, recent], config, links);
  const keys = (plan: ReturnType<typeof planSync>) =>
    plan.operations.map((op) => [op.kind, op.key, op.kind === 'create' ? (op.closeAs ?? 'open') : '']);

  it('by default files only open follow-ups of records that are not historical, and lists the rest with why', () => {
    const plan = planSync(desired, [], options);
    expect(keys(plan)).toEqual([['create', '2026-03-04-checkout-errors/canary-analysis', 'open']]);
    expect(plan.unfiled).toEqual([
      { key: '2021-03-09-invoice-rendering/bound-the-font-cache', why: 'historical' },
      { key: '2021-03-09-invoice-rendering/oom-dashboard', why: 'historical' },
      { key: '2026-03-04-checkout-errors/runbook', why: 'done-in-file' },
    ]);
    expect(plan.followUps.map((f) => [f.key, f.state])).toEqual([
      ['2021-03-09-invoice-rendering/bound-the-font-cache', 'not-filed'],
      ['2021-03-09-invoice-rendering/oom-dashboard', 'not-filed'],
      ['2026-03-04-checkout-errors/canary-analysis', 'not-filed'],
      ['2026-03-04-checkout-errors/runbook', 'not-filed'],
    ]);
  });

  it('files them when the config asks: file_historical, file_done', () => {
    const plan = planSync(desired, [], { ...options, fileHistorical: true, fileDone: true });
    expect(keys(plan)).toEqual([
      ['create', '2021-03-09-invoice-rendering/bound-the-font-cache', 'open'],
      ['create', '2021-03-09-invoice-rendering/oom-dashboard', 'completed'],
      ['create', '2026-03-04-checkout-errors/canary-analysis', 'open'],
      ['create', '2026-03-04-checkout-errors/runbook', 'completed'],
    ]);
    expect(plan.unfiled).toEqual([]);
  });

  it('leaves incidents that started before file_from, even when historical ones are asked for', () => {
    const plan = planSync(desired, [], { ...options, fileHistorical: true, fileFrom: '2022-01-01' });
    expect(plan.unfiled.map((u) => u.why)).toEqual(['before-file-from', 'before-file-from', 'done-in-file']);
  });

  it('still closes an issue already filed for a follow-up the file now marks done', () => {
    const [, runbook] = desiredFollowUps([checkout], config, links);
    const plan = planSync([runbook!], [issueFrom(7, runbook!)], options);
    expect(plan.unfiled).toEqual([]);
    expect(plan.operations.map((op) => [op.kind, op.kind === 'close' ? op.why : ''])).toEqual([
      ['close', 'done-in-file'],
    ]);
  });
});
