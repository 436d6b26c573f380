import { STATUS_CODES } from 'node:http';
import { RequestError } from '@octokit/request-error';
import { redactSecrets } from '../core/secrets';

/** Where the user sets what a failure points at: the CLI and the Action name different things. */
export interface FailureHints {
  /** Where the token comes from: "GITHUB_TOKEN" (CLI) or "the 'token' input" (Action). */
  readonly token: string;
  /** Where the repository comes from, like "--repo or GITHUB_REPOSITORY". */
  readonly repo: string;
  /** The repository the request was about, owner/name. */
  readonly repoName: string;
  /** How many times a failed request was retried before giving up (Timing.retries). */
  readonly retries: number;
}

/** Longest part of GitHub's own message quoted in a line (some 5xx answers are whole HTML pages). */
const MAX_QUOTED_CHARS = 200;

const AGAIN = 'run sync again later: it carries on where this run stopped';

/** GitHub's message, one line, without the documentation link @octokit/request appends. */
function githubMessage(error: RequestError): string {
  const data = error.response?.data as { message?: unknown } | string | undefined;
  const raw =
    typeof data === 'object' && data !== null && typeof data.message === 'string'
      ? data.message
      : (STATUS_CODES[error.status] ?? 'Error');
  const line = redactSecrets(raw)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_QUOTED_CHARS ? `${line.slice(0, MAX_QUOTED_CHARS - 1)}…` : line;
}

function networkCode(error: RequestError): string | undefined {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = cause.cause;
  }
  return undefined;
}

/** Node words a dropped connection differently from one moment to the next ("other side closed", "read ECONNRESET"): one phrase for all. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** What went wrong, in GitHub's words: "GitHub answered 404 Not Found", or "no answer from GitHub: <why>". */
export function describeError(error: unknown): string {
  if (error instanceof RequestError && !error.response)
    return `no answer from GitHub: ${RESET_CODES.has(networkCode(error) ?? '') ? 'the connection was reset' : error.message}`;
  if (error instanceof RequestError) return `GitHub answered ${error.status} ${githubMessage(error)}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * One line for a request that failed for good: what GitHub (or the network)
 * said, what it means, and what to do, e.g. "GitHub answered 401 Bad
 * credentials: the token is invalid, expired or revoked; check GITHUB_TOKEN".
 */
export function explainFailure(error: unknown, hints: FailureHints): string {
  const tries = `${hints.retries + 1} times in a row`;
  if (!(error instanceof RequestError)) return describeError(error);
  if (!error.response) {
    const code = networkCode(error);
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return `cannot connect to GitHub (${error.message}): check the network, and GITHUB_API_URL on GitHub Enterprise Server`;
    return `${describeError(error)}, ${tries}: GitHub or the network is having trouble; ${AGAIN}`;
  }
  const said = describeError(error);
  const headers = error.response.headers as Record<string, string | undefined>;
  switch (true) {
    case error.status === 401:
      return `${said}: the token is invalid, expired or revoked; check ${hints.token}`;
    case (error.status === 403 || error.status === 429) && /\bsecondary rate\b/i.test(githubMessage(error)):
      return `GitHub's secondary rate limit, still in force after ${hints.retries} waits: too many requests in a short time; ${AGAIN}`;
    case (error.status === 403 || error.status === 429) && headers['x-ratelimit-remaining'] === '0': {
      const reset = Number(headers['x-ratelimit-reset']);
      const when =
        Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
      return `GitHub's API rate limit for this token is used up${when}; run sync again after that`;
    }
    case error.status === 403:
      return `${said}: the token lacks a permission in ${hints.repoName}; sync needs issues: write (in the workflow's permissions, or the token's scopes)`;
    case error.status === 404: {
      const issue = /\/issues\/(\d+)(?:$|\/)/.exec(error.request.url)?.[1];
      if (issue)
        return `${said}: issue #${issue} does not exist in ${hints.repoName} or the token cannot see it; check the follow-up's 'issue:' number`;
      return `${said}: the repository ${hints.repoName} does not exist (deleted or renamed?) or the token cannot see it; check ${hints.repo}`;
    }
    case error.status === 410:
      return `${said}: issues are turned off in ${hints.repoName}; turn them on in its settings, or file follow-ups elsewhere with follow_ups.repo`;
    case error.status >= 500:
      return `${said}, ${tries}: GitHub is having trouble (https://www.githubstatus.com); ${AGAIN}`;
    default:
      return said;
  }
}

/** GitHub's answer to GITHUB_TOKEN opening a pull request while the repository (or its organisation) does not allow it. */
const ACTIONS_PULLS_OFF = /GitHub Actions is not permitted to create or approve pull requests/i;

/** Where the setting is, and the App-token alternative: said the same way by every command that opens pull requests. */
export const ACTIONS_PULLS_SETTING =
  'turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s Settings > Actions > General > Workflow permissions (off by default; an organisation may have to allow it in its own Actions settings first), or run the step with a GitHub App token (actions/create-github-app-token), whose pull requests also start your checks';

/**
 * One line for a write that failed while publishing (a declared incident's
 * pull request, a review pull request or issue), e.g. "could not open the
 * pull request: GitHub answered 403 …: turn on …".
 */
export function explainPublishFailure(error: unknown, what: string, needs: string): string {
  const said = describeError(error);
  if (error instanceof RequestError && error.status === 403 && ACTIONS_PULLS_OFF.test(githubMessage(error)))
    return `could not ${what}: ${said}: ${ACTIONS_PULLS_SETTING}`;
  if (error instanceof RequestError && error.status === 403 && !/rate limit/i.test(githubMessage(error)))
    return `could not ${what}: ${said}: the token lacks a permission; it needs ${needs}`;
  if (error instanceof RequestError && error.status === 401)
    return `could not ${what}: ${said}: the token is invalid, expired or revoked`;
  return `could not ${what}: ${said}`;
}
