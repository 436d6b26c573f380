import type { GitHubClient } from '../client';
import { toExistingIssue, type ExistingIssue, type RawIssue } from './issue-shape';
import type { RepoRef } from './repo';

/** GitHub's largest page: one request per 100 issues. */
const PER_PAGE = 100;

/**
 * Every issue with the follow-up label, open or closed. Listing, not the
 * search API: search lags behind writes, and a lagging read makes duplicates.
 */
export async function listLabelledIssues(client: GitHubClient, repo: RepoRef, label: string): Promise<ExistingIssue[]> {
  const raw = (await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'all',
    per_page: PER_PAGE,
  })) as RawIssue[];
  return raw.filter((issue) => !issue.pull_request).map(toExistingIssue);
}

export async function getIssue(client: GitHubClient, repo: RepoRef, number: number): Promise<ExistingIssue> {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return toExistingIssue(data as RawIssue);
}
