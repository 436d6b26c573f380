import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context';
import { webhookExample } from '../webhook-examples';
import { githubEnv, REPO } from './github-runner';

type PullRequestPayload = { pull_request: { head: { repo: Record<string, unknown> | null } } };

/** A real `pull_request opened` payload from a branch of the same repository; `head` replaces its head repository. */
function pullRequest(head?: (repo: Record<string, unknown>) => Record<string, unknown> | null) {
  const payload = webhookExample('pull_request', (e) => e.action === 'opened');
  const pr = (payload as unknown as PullRequestPayload).pull_request;
  if (head) pr.head.repo = head(pr.head.repo!);
  return payload;
}

const contextOf = (...args: Parameters<typeof githubEnv>) => readRunContext(githubEnv(...args));

describe('what the Action reads of the run it is in', () => {
  it('on a pull request from a branch of the same repository: its number, its base commit, and no fork', () => {
    expect(contextOf('pull_request', pullRequest())).toEqual({
      eventName: 'pull_request',
      repository: REPO,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      defaultBranch: 'master',
      isDefaultBranchPush: false,
      isForkPullRequest: false,
      pullRequestNumber: 2,
      pullRequestBaseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      issue: undefined,
      action: 'opened',
    });
  });

  it('takes a pull request whose head repository is another one for a fork', () => {
    expect(
      contextOf(
        'pull_request',
        pullRequest((repo) => ({ ...repo, full_name: 'mallory/Hello-World' })),
      ).isForkPullRequest,
    ).toBe(true);
  });

  it('takes a pull request whose head repository GitHub marks as a fork for a fork', () => {
    expect(
      contextOf(
        'pull_request',
        pullRequest((repo) => ({ ...repo, fork: true })),
      ).isForkPullRequest,
    ).toBe(true);
  });

  it('takes a pull request whose fork was deleted (head.repo: null) for a fork: nothing to trust', () => {
    expect(
      contextOf(
        'pull_request',
        pullRequest(() => null),
      ).isForkPullRequest,
    ).toBe(true);
  });

  it('detects a fork on pull_request_target as well', () => {
    const context = contextOf(
      'pull_request_target',
      pullRequest((repo) => ({ ...repo, full_name: 'mallory/Hello-World', fork: true })),
    );
    expect(context).toMatchObject({
      eventName: 'pull_request_target',
      isForkPullRequest: true,
      pullRequestBaseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    });
  });

  it('sees no pull request, and so no fork or base commit, on other events', () => {
    const context = contextOf(
      'push',
      webhookExample('push', (e) => e.ref === 'refs/heads/master'),
    );
    expect(context).toMatchObject({
      isForkPullRequest: false,
      pullRequestNumber: undefined,
      pullRequestBaseSha: undefined,
      issue: undefined,
    });
  });

  it("knows a push to the default branch from the payload's default branch and GITHUB_REF", () => {
    const push = webhookExample('push', (e) => e.ref === 'refs/heads/master');
    expect(contextOf('push', push)).toMatchObject({ defaultBranch: 'master', isDefaultBranchPush: true });
    expect(contextOf('push', push, { GITHUB_REF: 'refs/heads/feature' }).isDefaultBranchPush).toBe(false);
    expect(
      contextOf(
        'push',
        webhookExample('push', (e) => e.ref === 'refs/tags/simple-tag'),
      ).isDefaultBranchPush,
    ).toBe(false);
    expect(
      contextOf(
        'workflow_dispatch',
        webhookExample('workflow_dispatch', (e) => e.ref === 'refs/heads/master'),
      ).isDefaultBranchPush,
    ).toBe(false);
  });

  it("reads an issue's number, title, body, labels, author and the author's association", () => {
    const opened = webhookExample('issues', (e) => e.action === 'opened');
    expect(contextOf('issues', opened)).toMatchObject({
      eventName: 'issues',
      action: 'opened',
      issue: {
        number: 1,
        title: 'Spelling error in the README file',
        body: "It looks like you accidently spelled 'commit' with two 't's.",
        labels: ['bug'],
        author: 'Codertocat',
        authorAssociation: 'OWNER',
      },
    });
  });

  it('keeps an issue without a body as null', () => {
    const opened = webhookExample(
      'issues',
      (e) => e.action === 'opened' && (e.issue as { body: unknown }).body === null,
    );
    expect(contextOf('issues', opened).issue).toMatchObject({ number: 1, body: null });
  });

  it("takes the repository from GITHUB_REPOSITORY, else the payload's", () => {
    const dispatch = webhookExample('workflow_dispatch');
    expect(contextOf('workflow_dispatch', dispatch).repository).toBe(REPO);
    expect(contextOf('workflow_dispatch', dispatch, { GITHUB_REPOSITORY: '' }).repository).toBe('octo-org/octo-repo');
  });

  it("uses GitHub Enterprise Server's addresses when the runner gives them", () => {
    const context = contextOf('push', webhookExample('push'), {
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    expect(context).toMatchObject({ apiUrl: 'https://ghe.example.com/api/v3', serverUrl: 'https://ghe.example.com' });
  });

  it('reads an empty payload when there is no event file, or it cannot be read', () => {
    const empty = {
      repository: undefined,
      defaultBranch: undefined,
      isDefaultBranchPush: false,
      isForkPullRequest: false,
      pullRequestNumber: undefined,
      issue: undefined,
      action: undefined,
    };
    expect(readRunContext({ GITHUB_EVENT_NAME: 'push' })).toMatchObject({ eventName: 'push', ...empty });
    expect(readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toMatchObject({
      eventName: 'push',
      ...empty,
    });
    expect(readRunContext({})).toMatchObject({ eventName: '', ...empty });
  });
});
