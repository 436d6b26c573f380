import { RequestError } from '@octokit/request-error';
import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

export async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await client.rest.repos.get({ ...repo });
  return data.default_branch;
}

/** The branch's head commit, or undefined when the branch does not exist. */
export async function branchHead(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return undefined;
    throw error;
  }
}

/** Creates the branch at `sha`; one that already exists (another run made it) is fine. */
export async function createBranch(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
  } catch (error) {
    if (!(error instanceof RequestError && error.status === 422)) throw error;
  }
}

/** Makes sure `branch` exists, starting it from the default branch when it does not; returns the default branch. */
export async function ensureBranch(client: GitHubClient, repo: RepoRef, branch: string): Promise<string> {
  const base = await defaultBranch(client, repo);
  if ((await branchHead(client, repo, branch)) === undefined) {
    const sha = await branchHead(client, repo, base);
    if (!sha) throw new Error(`the default branch '${base}' has no commits`);
    await createBranch(client, repo, branch, sha);
  }
  return base;
}
