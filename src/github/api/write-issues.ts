import { RequestError } from '@octokit/request-error';
import type { GitHubClient } from '../client';
import { toExistingIssue, type ExistingIssue, type IssueChanges, type RawIssue } from './issue-shape';
import type { RepoRef } from './repo';

export interface NewIssue {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
}

/** Creating is not idempotent: the caller checks for the marker before trying again, so no automatic retries here. */
export async function createIssue(client: GitHubClient, repo: RepoRef, issue: NewIssue): Promise<ExistingIssue> {
  const { data } = await client.rest.issues.create({
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: [...issue.labels],
    assignees: [...issue.assignees],
    request: { retries: 0 },
  });
  return toExistingIssue(data as RawIssue);
}

export async function updateIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  changes: IssueChanges,
): Promise<void> {
  await client.rest.issues.update({
    ...repo,
    issue_number: number,
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.body === undefined ? {} : { body: changes.body }),
    ...(changes.labels === undefined ? {} : { labels: [...changes.labels] }),
    ...(changes.assignees === undefined ? {} : { assignees: [...changes.assignees] }),
  });
}

export async function setIssueState(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  state: 'open' | 'closed',
  reason?: 'completed' | 'not_planned',
): Promise<void> {
  await client.rest.issues.update({
    ...repo,
    issue_number: number,
    state,
    ...(reason ? { state_reason: reason } : {}),
  });
}

export async function addComment(client: GitHubClient, repo: RepoRef, number: number, body: string): Promise<void> {
  await client.rest.issues.createComment({ ...repo, issue_number: number, body });
}

/** The logins GitHub refused to assign (a 422 naming them), or none when the error is something else. */
export function refusedAssignees(error: unknown): string[] {
  if (!(error instanceof RequestError) || error.status !== 422) return [];
  const errors = (error.response?.data as { errors?: { field?: string; value?: unknown }[] } | undefined)?.errors ?? [];
  return errors.filter((e) => e.field === 'assignees' || e.field === 'assignee').map((e) => String(e.value ?? '?'));
}
