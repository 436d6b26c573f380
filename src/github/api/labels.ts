import { RequestError } from '@octokit/request-error';
import type { GitHubClient } from '../client';
import type { RepoRef } from './repo';

/** Label colour for labels sync creates (GitHub wants 6 hex digits, no #). */
const LABEL_COLOR = 'c5def5';

/**
 * Creates the labels that do not exist yet, once. Another run creating the
 * same label at the same time is fine (GitHub answers 422 already_exists).
 * Returns the labels created.
 */
export async function ensureLabels(
  client: GitHubClient,
  repo: RepoRef,
  wanted: ReadonlySet<string>,
): Promise<string[]> {
  const existing = await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
  const have = new Set(existing.map((label) => label.name.toLowerCase()));
  const created: string[] = [];
  for (const name of [...wanted].sort()) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await client.rest.issues.createLabel({
        ...repo,
        name,
        color: LABEL_COLOR,
        description: 'Managed by incidents-as-code',
      });
      created.push(name);
    } catch (error) {
      if (!(error instanceof RequestError && error.status === 422)) throw error;
    }
  }
  return created;
}
