import { resolveCommit, writeCommit } from './git';
import type { ServerState } from './state';
import { toIso } from './time';
import type { CommitRecord, GitActor, RepoRecord } from './types';

/**
 * Writes to a repository's git data. Seeds and API routes both come through
 * here, so a branch never moves without its open pull requests following it,
 * and a deleted branch closes them, as GitHub does.
 */

export interface FileSeed {
  /** Default: the repository's default branch; a branch that does not exist is cut from it first. */
  branch?: string;
  message?: string;
  /** Login; default the first token's (the bot). */
  author?: string;
  date?: string | Date;
}

/** The identity GitHub gives web and API commits: the account's name and its noreply address. */
export function actorFor(state: ServerState, login: string): GitActor {
  const user = state.user(login);
  return {
    name: user.name ?? user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    login: user.login,
  };
}

/** Points a branch at a commit (creating it if needed); open pull requests on it see the new sha. */
export function moveBranch(repo: RepoRecord, branch: string, sha: string): void {
  repo.git.branches.set(branch, sha);
  for (const pull of repo.pulls.values()) {
    if (repo.issues[pull.number - 1]?.state !== 'open') continue;
    if (pull.head === branch) pull.head_sha = sha;
    if (pull.base === branch) pull.base_sha = sha;
  }
}

/** Deleting a pull request's head or base branch closes it on GitHub; its shas stay as they were. */
export function deleteBranch(state: ServerState, repo: RepoRecord, branch: string, login: string): void {
  repo.git.branches.delete(branch);
  const now = state.now();
  for (const pull of repo.pulls.values()) {
    const issue = repo.issues[pull.number - 1];
    if (!issue || issue.state !== 'open' || (pull.head !== branch && pull.base !== branch)) continue;
    Object.assign(issue, { state: 'closed', state_reason: null, closed_at: now, closed_by: login, updated_at: now });
  }
}

/**
 * One commit on `branch` applying `changes` (path -> new text, null deletes)
 * to its tip's tree, then the branch moves to it.
 */
export function commitChanges(
  repo: RepoRecord,
  branch: string,
  changes: ReadonlyMap<string, string | null>,
  meta: { message: string; author: GitActor; date: string },
): CommitRecord {
  const tip = repo.git.commits.get(repo.git.branches.get(branch) ?? '');
  if (!tip) throw new Error(`no branch ${branch} in ${repo.full_name}`);
  const tree = new Map(tip.tree);
  for (const [path, content] of changes) {
    if (content === null) tree.delete(path);
    else tree.set(path, content);
  }
  const commit = writeCommit(repo.git, { tree, parent: tip.sha, ...meta });
  moveBranch(repo, branch, commit.sha);
  return commit;
}

/** Cuts `name` from `from` (a branch or sha; default the default branch). Returns the commit it points at. */
export function seedBranch(repo: RepoRecord, name: string, from?: string): CommitRecord {
  const start = resolveCommit(repo.git, from ?? repo.default_branch);
  if (!start) throw new Error(`no commit ${from ?? repo.default_branch} in ${repo.full_name}`);
  if (repo.git.branches.has(name)) throw new Error(`branch ${name} already exists in ${repo.full_name}`);
  moveBranch(repo, name, start.sha);
  return start;
}

export function seedFile(
  state: ServerState,
  repo: RepoRecord,
  path: string,
  content: string,
  seed: FileSeed = {},
): CommitRecord {
  const branch = seed.branch ?? repo.default_branch;
  if (!repo.git.branches.has(branch)) seedBranch(repo, branch);
  return commitChanges(repo, branch, new Map([[path, content]]), {
    message: seed.message ?? `Add ${path}`,
    author: actorFor(state, seed.author ?? state.defaultLogin),
    date: seed.date ? toIso(seed.date) : state.now(),
  });
}

/** A file's text at a branch (or sha); undefined when the ref or the file does not exist. */
export function fileAt(repo: RepoRecord, ref: string, path: string): string | undefined {
  return resolveCommit(repo.git, ref)?.tree.get(path);
}
