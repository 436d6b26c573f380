import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

export interface Comment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
}

export async function listComments(client: GitHubClient, repo: RepoRef, issue: number): Promise<Comment[]> {
  const raw = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  return raw.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
}

export async function updateComment(client: GitHubClient, repo: RepoRef, id: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}

/** Creating is not idempotent: with `once`, no automatic retries, so the caller can look before trying again. */
export async function createComment(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  body: string,
  once = false,
): Promise<number> {
  const { data } = await client.rest.issues.createComment({
    ...repo,
    issue_number: issue,
    body,
    ...(once ? { request: { retries: 0 } } : {}),
  });
  return data.id;
}
