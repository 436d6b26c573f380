import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

export interface PullRef {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly body: string;
}

/** The first pull request from `branch` in `state`, if there is one. */
async function firstPull(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  state: 'open' | 'all',
): Promise<PullRef | undefined> {
  const { data } = await client.rest.pulls.list({ ...repo, state, head: `${repo.owner}:${branch}`, per_page: 10 });
  const pull = data[0];
  return pull ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '' } : undefined;
}

/** The open pull request from `branch`, if there is one. */
export async function findOpenPull(client: GitHubClient, repo: RepoRef, branch: string): Promise<PullRef | undefined> {
  return firstPull(client, repo, branch, 'open');
}

/** Any pull request from `branch`, open or closed: a declaration is made once, even after its pull request was closed. */
export async function findAnyPull(client: GitHubClient, repo: RepoRef, branch: string): Promise<PullRef | undefined> {
  return firstPull(client, repo, branch, 'all');
}

export async function openPull(
  client: GitHubClient,
  repo: RepoRef,
  pull: { head: string; base: string; title: string; body: string },
): Promise<PullRef> {
  const { data } = await client.rest.pulls.create({ ...repo, ...pull });
  return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
}

export async function updatePull(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  changes: { title: string; body: string },
): Promise<void> {
  await client.rest.pulls.update({ ...repo, pull_number: number, ...changes });
}
