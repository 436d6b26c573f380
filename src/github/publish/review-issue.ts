import { listLabelledIssues } from '../api/list-issues';
import { ownLogin } from '../api/own-login';
import type { RepoRef } from '../api/repo';
import { createIssue, updateIssue } from '../api/write-issues';
import type { GitHubClient } from '../client';

/** Label of batch review issues; also how they are found again. */
export const REVIEW_LABEL = 'incident-review';

export function reviewMarker(period: string): string {
  return `<!-- incidents-as-code:review ${period} -->`;
}

/** One issue per period, found by its marker among the tool's own issues: re-runs update it. */
export async function publishReviewIssue(
  client: GitHubClient,
  repo: RepoRef,
  review: { period: string; title: string; body: string },
): Promise<{ number: number; url: string; issue: 'opened' | 'updated' | 'unchanged' }> {
  const marker = reviewMarker(review.period);
  const body = `${marker}\n${review.body}`;
  const login = await ownLogin(client);
  const existing = (await listLabelledIssues(client, repo, REVIEW_LABEL)).find(
    (issue) => issue.author === login && issue.body.startsWith(marker),
  );
  if (!existing) {
    const created = await createIssue(client, repo, {
      title: review.title,
      body,
      labels: [REVIEW_LABEL],
      assignees: [],
    });
    return { number: created.number, url: created.url, issue: 'opened' };
  }
  if (existing.title === review.title && existing.body === body)
    return { number: existing.number, url: existing.url, issue: 'unchanged' };
  await updateIssue(client, repo, existing.number, { title: review.title, body });
  return { number: existing.number, url: existing.url, issue: 'updated' };
}
