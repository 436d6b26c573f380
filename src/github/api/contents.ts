import { RequestError } from '@octokit/request-error';
import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

export interface FileOnBranch {
  readonly text: string;
  /** Blob sha: GitHub needs it to replace the file. */
  readonly sha: string;
}

/** A file's text on a branch, or undefined when it is not there. */
export async function readFile(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  branch: string,
): Promise<FileOnBranch | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref: branch });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return undefined;
    throw error;
  }
}

/** Commits `text` to `path` on `branch` (replacing the blob `sha` when the file exists). */
export async function writeFile(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  branch: string,
  text: string,
  message: string,
  sha?: string,
): Promise<void> {
  await client.rest.repos.createOrUpdateFileContents({
    ...repo,
    path,
    branch,
    message,
    content: Buffer.from(text, 'utf8').toString('base64'),
    ...(sha ? { sha } : {}),
  });
}
