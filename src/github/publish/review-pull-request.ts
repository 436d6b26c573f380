import type { GitHubClient } from '../client';
import { ensureBranch } from '../api/branches';
import { readFile, writeFile } from '../api/contents';
import { findOpenPull, openPull, updatePull } from '../api/pulls';
import type { RepoRef } from '../api/repo';

export interface ReviewPullRequest {
  readonly period: string;
  /** Where the record goes, e.g. incidents/reviews/2026-Q1.md. */
  readonly path: string;
  /** The record, given the text it has on the branch now (undefined when new): people's edits are kept. */
  readonly render: (existing: string | undefined) => string;
  readonly title: string;
  readonly body: string;
}

export interface Published {
  readonly number: number;
  readonly url: string;
  readonly pull: 'opened' | 'updated' | 'unchanged';
  readonly file: 'created' | 'updated' | 'unchanged';
  readonly branch: string;
}

/** One branch and one pull request per period: re-runs update them, never open another. */
export function reviewBranch(period: string): string {
  return `incidents-review/${period.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

export async function publishReviewPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  review: ReviewPullRequest,
): Promise<Published> {
  const branch = reviewBranch(review.period);
  const base = await ensureBranch(client, repo, branch);
  const existing = await readFile(client, repo, review.path, branch);
  const text = review.render(existing?.text);
  let file: Published['file'] = 'unchanged';
  if (existing?.text !== text) {
    await writeFile(
      client,
      repo,
      review.path,
      branch,
      text,
      `Batch review ${review.period}: ${existing ? 'regenerate' : 'draft'} the summary`,
      existing?.sha,
    );
    file = existing ? 'updated' : 'created';
  }
  const open = await findOpenPull(client, repo, branch);
  if (open) {
    if (open.title === review.title && open.body === review.body)
      return { number: open.number, url: open.url, pull: 'unchanged', file, branch };
    await updatePull(client, repo, open.number, { title: review.title, body: review.body });
    return { number: open.number, url: open.url, pull: 'updated', file, branch };
  }
  const pull = await openPull(client, repo, { head: branch, base, title: review.title, body: review.body });
  return { number: pull.number, url: pull.url, pull: 'opened', file, branch };
}
