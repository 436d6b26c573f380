import { RequestError } from '@octokit/request-error';

/**
 * A failure that may pass, and after which a write may still have landed:
 * GitHub's 5xx and 429, or no complete answer at all (fetch's TypeError:
 * a reset, a timeout, a reply cut off).
 */
export function isTransient(error: unknown): boolean {
  return error instanceof RequestError ? error.status >= 500 || error.status === 429 : error instanceof TypeError;
}
