import { initialGit } from './git';
import type { ServerState } from './state';
import { actorFor } from './state-git';
import { toIso } from './time';
import type { CommentRecord, IssueRecord, IssueState, RepoRecord, StateReason } from './types';

export interface RepoOptions {
  defaultBranch?: string;
  /** Logins that may be assigned; others get 422 from create/update. */
  assignable?: string[];
  private?: boolean;
  description?: string | null;
  ownerType?: 'User' | 'Organization';
  /** GitHub seeds every new repository with bug, documentation, ...; false starts empty. */
  defaultLabels?: boolean;
  /** "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General); off by default, as on GitHub. */
  actionsCanCreatePullRequests?: boolean;
}

export interface IssueSeed {
  title?: string;
  body?: string | null;
  state?: IssueState;
  state_reason?: StateReason;
  /** Names; unknown ones are created, as GitHub does. */
  labels?: string[];
  assignees?: string[];
  /** Login of the issue's author; defaults to the first token's login (the bot). */
  author?: string;
  created_at?: string | Date;
  updated_at?: string | Date;
  closed_at?: string | Date | null;
  /** Only the counter; use seedComment for real comments. */
  comments?: number;
  locked?: boolean;
}

export interface CommentSeed {
  body: string;
  author?: string;
  created_at?: string | Date;
}

/**
 * Fills in what GitHub would: a closed issue gets closed_at and a reason, the
 * update time follows the last event. Kept apart from state.ts so the rules
 * for a consistent issue live in one place for seeds and API writes alike.
 */
export function buildIssue(state: ServerState, repo: RepoRecord, seed: IssueSeed): IssueRecord {
  const created = seed.created_at ? toIso(seed.created_at) : state.now();
  const status = seed.state ?? 'open';
  let closedAt: string | null = null;
  if (seed.closed_at) closedAt = toIso(seed.closed_at);
  else if (seed.closed_at === undefined && status === 'closed') closedAt = created;
  const author = state.user(seed.author ?? state.defaultLogin).login;
  return {
    id: state.nextId('issue'),
    number: repo.issues.length + 1,
    title: seed.title ?? `Issue ${repo.issues.length + 1}`,
    body: seed.body ?? null,
    state: status,
    state_reason: seed.state_reason !== undefined ? seed.state_reason : status === 'closed' ? 'completed' : null,
    labels: (seed.labels ?? []).map((name) => state.ensureLabel(repo, name).name),
    assignees: (seed.assignees ?? []).map((login) => state.user(login).login),
    author,
    created_at: created,
    updated_at: seed.updated_at ? toIso(seed.updated_at) : (closedAt ?? created),
    closed_at: closedAt,
    closed_by: closedAt ? author : null,
    comments: seed.comments ?? 0,
    locked: seed.locked ?? false,
  };
}

/** A repository as GitHub creates it with a README: one commit on the default branch, no issues. */
export function buildRepo(
  state: ServerState,
  fullName: string,
  owner: string,
  name: string,
  options: RepoOptions,
): RepoRecord {
  const branch = options.defaultBranch ?? 'main';
  return {
    id: state.nextId('repo'),
    owner,
    name,
    full_name: fullName,
    default_branch: branch,
    private: options.private ?? false,
    description: options.description ?? null,
    // A personal repository's owner can always be assigned; an organization cannot.
    assignable: new Set(
      [...(options.ownerType === 'Organization' ? [] : [owner]), ...(options.assignable ?? [])].map((l) =>
        l.toLowerCase(),
      ),
    ),
    issues: [],
    labels: new Map(),
    comments: new Map(),
    pulls: new Map(),
    git: initialGit(name, branch, actorFor(state, owner), state.now()),
    created_at: state.now(),
    actions_can_create_pull_requests: options.actionsCanCreatePullRequests ?? false,
  };
}

export function buildComment(state: ServerState, issueNumber: number, seed: CommentSeed): CommentRecord {
  const at = seed.created_at ? toIso(seed.created_at) : state.now();
  return {
    id: state.nextId('comment'),
    issue_number: issueNumber,
    body: seed.body,
    author: state.user(seed.author ?? state.defaultLogin).login,
    created_at: at,
    updated_at: at,
  };
}
