import { buildIssue } from './seed';
import type { ServerState } from './state';
import type { IssueRecord, IssueState, PullRecord, RepoRecord } from './types';

export interface PullSeed {
  /** Branch name in the same repository; it must exist. */
  head: string;
  /** Default: the repository's default branch. */
  base?: string;
  title?: string;
  body?: string | null;
  state?: IssueState;
  draft?: boolean;
  /** Login; default the first token's (the bot). */
  author?: string;
  created_at?: string | Date;
}

/** A pull request as tests want to assert on it: its issue half and its pull half, flattened. */
export interface PullView {
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  draft: boolean;
  head: string;
  base: string;
  head_sha: string;
  base_sha: string;
  author: string;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/**
 * Opens (or records) a pull request without the API's checks, so tests can
 * set up any history. It takes the next issue number, as on GitHub, where
 * issues and pull requests share one sequence.
 */
export function seedPull(
  state: ServerState,
  repo: RepoRecord,
  seed: PullSeed,
): { issue: IssueRecord; pull: PullRecord } {
  const base = seed.base ?? repo.default_branch;
  const headSha = repo.git.branches.get(seed.head);
  const baseSha = repo.git.branches.get(base);
  if (!headSha) throw new Error(`no branch ${seed.head} in ${repo.full_name}`);
  if (!baseSha) throw new Error(`no branch ${base} in ${repo.full_name}`);
  const issue = buildIssue(state, repo, {
    title: seed.title ?? `Pull request ${repo.issues.length + 1}`,
    body: seed.body ?? null,
    state: seed.state,
    author: seed.author,
    created_at: seed.created_at,
  });
  // A closed pull request's issue has no state_reason on GitHub: that vocabulary is for issues.
  if (issue.state === 'closed') issue.state_reason = null;
  const pull: PullRecord = {
    id: state.nextId('pull'),
    number: issue.number,
    head: seed.head,
    base,
    draft: seed.draft ?? false,
    maintainer_can_modify: false,
    head_sha: headSha,
    base_sha: baseSha,
  };
  repo.issues.push(issue);
  repo.pulls.set(issue.number, pull);
  return { issue, pull };
}

/**
 * An open pull request shows its branches' current tips, however they moved
 * (API, seeds, or a test editing repo.git); a closed one keeps what it had.
 */
export function syncPull(repo: RepoRecord, pull: PullRecord): PullRecord {
  if (repo.issues[pull.number - 1]?.state !== 'open') return pull;
  pull.head_sha = repo.git.branches.get(pull.head) ?? pull.head_sha;
  pull.base_sha = repo.git.branches.get(pull.base) ?? pull.base_sha;
  return pull;
}

export function pullView(repo: RepoRecord, pull: PullRecord): PullView {
  syncPull(repo, pull);
  const issue = repo.issues[pull.number - 1];
  if (!issue) throw new Error(`pull request #${pull.number} has no issue in ${repo.full_name}`);
  return {
    number: pull.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    draft: pull.draft,
    head: pull.head,
    base: pull.base,
    head_sha: pull.head_sha,
    base_sha: pull.base_sha,
    author: issue.author,
    comments: issue.comments,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
  };
}

/** The open pull request from `head` into `base`, if any: GitHub allows one per pair. */
export function openPullFor(repo: RepoRecord, head: string, base: string): PullRecord | undefined {
  for (const pull of repo.pulls.values()) {
    if (pull.head === head && pull.base === base && repo.issues[pull.number - 1]?.state === 'open') return pull;
  }
  return undefined;
}
