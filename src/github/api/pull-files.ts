import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

/** Paths a pull request adds or changes (removed files are not there to check). */
export async function changedFiles(client: GitHubClient, repo: RepoRef, pull: number): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}
