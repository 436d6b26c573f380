import type { GitHubClient } from '../client';

/** Asked of GraphQL: REST's GET /user answers 403 for installation tokens (GITHUB_TOKEN, a GitHub App's). */
export const VIEWER_QUERY = '{ viewer { login } }';

/** One question per client: the answer does not change during a run. */
const asked = new WeakMap<GitHubClient, Promise<string>>();

/**
 * Who the token writes as: only what this login wrote counts as the tool's
 * own. GraphQL's `viewer` answers for every kind of token: a person's
 * (classic or fine-grained) gives their login, GITHUB_TOKEN gives
 * github-actions[bot], a GitHub App installation token `<app-slug>[bot]`.
 * Nothing is guessed: when GitHub does not say, the run stops.
 */
export function ownLogin(client: GitHubClient): Promise<string> {
  let answer = asked.get(client);
  if (!answer) {
    answer = client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY).then(({ viewer }) => viewer.login);
    asked.set(client, answer);
    // A failed question may be asked again (a later call retries it).
    answer.catch(() => asked.delete(client));
  }
  return answer;
}
