/**
 * The one line the Action prints instead of writing, on a pull request from
 * a fork: GitHub gives such runs a read-only token (on `pull_request`), and
 * what the fork sent must not steer writes anyway (on `pull_request_target`).
 */
export function forkNotice(skipped: string, instead: string): string {
  return `Pull request from a fork: the token is read-only here, so ${skipped}; ${instead}`;
}

/** Said once when a workflow uses pull_request_target: it hands a write token to runs for untrusted pull requests. */
export const PULL_REQUEST_TARGET_WARNING =
  "This workflow runs on 'pull_request_target', which gives runs for pull requests from forks a token that can write. incidents-as-code needs only 'pull_request': switch to it (see Permissions in docs/action.md).";
