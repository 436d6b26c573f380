import { readFileSync } from 'node:fs';

/** What the Action knows about the run it is in, read once from GitHub's environment. */
export interface RunContext {
  readonly eventName: string;
  readonly repository: string | undefined;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly defaultBranch: string | undefined;
  /** A push to the default branch: the files there are the record. */
  readonly isDefaultBranchPush: boolean;
  /** A pull request from a fork: the token is read-only and the content untrusted. */
  readonly isForkPullRequest: boolean;
  readonly pullRequestNumber: number | undefined;
  /** The commit the pull request's base branch was at (payload.pull_request.base.sha). */
  readonly pullRequestBaseSha: string | undefined;
  /** The issue of an `issues` event. */
  readonly issue:
    | {
        readonly number: number;
        readonly title: string;
        readonly body: string | null;
        readonly labels: readonly string[];
        readonly author: string;
        readonly authorAssociation: string;
        readonly createdAt: string | undefined;
      }
    | undefined;
  /** The event's action (opened, labeled, ...). */
  readonly action: string | undefined;
}

interface Payload {
  action?: string;
  issue?: {
    number?: number;
    title?: string;
    body?: string | null;
    labels?: ({ name?: string } | string)[];
    user?: { login?: string };
    author_association?: string;
    created_at?: string;
  };
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string };
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
  };
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload;
  } catch {
    return {};
  }
}

export function readRunContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const defaultBranch = payload.repository?.default_branch;
  const base = payload.repository?.full_name ?? env.GITHUB_REPOSITORY;
  const head = payload.pull_request?.head?.repo;
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
  return {
    eventName,
    repository: env.GITHUB_REPOSITORY || payload.repository?.full_name,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    defaultBranch,
    isDefaultBranchPush:
      eventName === 'push' && defaultBranch !== undefined && env.GITHUB_REF === `refs/heads/${defaultBranch}`,
    // A deleted fork has no head repo; treat it as a fork: nothing to trust.
    isForkPullRequest:
      isPullRequest &&
      (head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name !== base)),
    pullRequestNumber: payload.pull_request?.number,
    pullRequestBaseSha:
      isPullRequest && typeof payload.pull_request?.base?.sha === 'string' ? payload.pull_request.base.sha : undefined,
    issue:
      payload.issue?.number === undefined
        ? undefined
        : {
            number: payload.issue.number,
            title: payload.issue.title ?? '',
            body: payload.issue.body ?? null,
            labels: (payload.issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
            author: payload.issue.user?.login ?? '',
            authorAssociation: payload.issue.author_association ?? 'NONE',
            createdAt: payload.issue.created_at,
          },
    action: payload.action,
  };
}
