import type { GitHubClient } from '../client';
import { toExistingIssue, type ExistingIssue, type RawIssue } from './issue-shape';
import type { RepoRef } from './repo';

/** GitHub's largest page: one request per 100 issues. */
const PER_PAGE = 100;

/**
 * Issues (not pull requests), open or closed, by one of the list's filters.
 * Listing, not the search API: search lags behind writes, and a lagging
 * read makes duplicates.
 */
async function listIssues(
  client: GitHubClient,
  repo: RepoRef,
  filter: { labels: string } | { creator: string },
): Promise<ExistingIssue[]> {
  const raw = (await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    ...filter,
    state: 'all',
    per_page: PER_PAGE,
  })) as RawIssue[];
  return raw.filter((issue) => !issue.pull_request).map(toExistingIssue);
}

/** Every issue with the label. One label only: GitHub reads `labels=a,b` as "has a AND b". */
export function listLabelledIssues(client: GitHubClient, repo: RepoRef, label: string): Promise<ExistingIssue[]> {
  return listIssues(client, repo, { labels: label });
}

/** Every issue `login` opened, whatever people did to its labels since. */
export function listIssuesBy(client: GitHubClient, repo: RepoRef, login: string): Promise<ExistingIssue[]> {
  return listIssues(client, repo, { creator: login });
}

/**
 * What sync compares against: the issues the tool's identity opened (found
 * even when people removed the label, or the config renamed it), and the
 * labelled ones others opened (copies of its markers, or an earlier token's).
 */
export async function listFollowUpIssues(
  client: GitHubClient,
  repo: RepoRef,
  login: string,
  label: string,
): Promise<ExistingIssue[]> {
  const own = await listIssuesBy(client, repo, login);
  const seen = new Set(own.map((issue) => issue.number));
  const labelled = (await listLabelledIssues(client, repo, label)).filter((issue) => !seen.has(issue.number));
  return [...own, ...labelled];
}

export async function getIssue(client: GitHubClient, repo: RepoRef, number: number): Promise<ExistingIssue> {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return toExistingIssue(data as RawIssue);
}
