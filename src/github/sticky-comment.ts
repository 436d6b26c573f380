import { createComment, listComments, updateComment } from './api/comments';
import { ownLogin } from './api/own-login';
import type { RepoRef } from './api/repo';
import type { GitHubClient } from './client';
import { isTransient } from './transient';

/**
 * Keeps exactly one comment with `marker` on an issue or pull request:
 * found among the tool's own comments, updated in place, created once.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string,
): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged' }> {
  const login = await ownLogin(client);
  const ours = async () =>
    (await listComments(client, repo, issue)).find((c) => c.author === login && c.body.startsWith(marker));
  const existing = await ours();
  if (!existing) {
    try {
      return { id: await createComment(client, repo, issue, body, true), action: 'created' };
    } catch (error) {
      if (!isTransient(error)) throw error;
      // A create that failed in transit may have landed: look before trying again, so a pull request never gets two.
      const landed = await ours();
      if (landed) return { id: landed.id, action: 'created' };
      return { id: await createComment(client, repo, issue, body), action: 'created' };
    }
  }
  if (existing.body === body) return { id: existing.id, action: 'unchanged' };
  await updateComment(client, repo, existing.id, body);
  return { id: existing.id, action: 'updated' };
}
