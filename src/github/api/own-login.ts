import { RequestError } from '@octokit/request-error';
import type { GitHubClient } from '../client';

/** The login GitHub Actions' GITHUB_TOKEN writes as; its token cannot read /user. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

function isRateLimit(error: RequestError): boolean {
  return error.response?.headers['x-ratelimit-remaining'] === '0' || /\brate limit\b/i.test(error.message);
}

/** Who the token writes as: only issues written by this login count as the tool's own. */
export async function ownLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    // An installation token (GITHUB_TOKEN) gets 403 "Resource not accessible by integration".
    // A rate limit is a 403 too, but says nothing about who the token is: guessing would make sync ignore its own issues.
    if (error instanceof RequestError && error.status === 403 && !isRateLimit(error)) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}
