import type { CommitRecord, GitActor, RepoRecord } from '../types';
import { renderUser } from './user';
import { repoApiUrl, type View } from './view';

/** Node ids for objects named by a string (refs, commits) rather than a number. */
function stringNodeId(prefix: string, key: string): string {
  return `${prefix}_kwDO${Buffer.from(key).toString('base64url')}`;
}

/** Unsigned, as API-made commits are unless GitHub signs them as web-flow. */
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null } as const;

function gitUser(actor: GitActor, date: string): Record<string, unknown> {
  return { name: actor.name, email: actor.email, date };
}

/** "git-ref": GET /git/ref/{ref}, POST /git/refs, PATCH /git/refs/{ref}. Only branches exist here. */
export function renderRef(view: View, repo: RepoRecord, branch: string, sha: string): Record<string, unknown> {
  const repoUrl = repoApiUrl(view, repo.full_name);
  return {
    ref: `refs/heads/${branch}`,
    node_id: stringNodeId('REF', `${repo.id}:refs/heads/${branch}`),
    url: `${repoUrl}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${repoUrl}/git/commits/${sha}` },
  };
}

/** A commit as the git database API shows it: nested in a contents PUT's answer. */
export function renderGitCommit(
  view: View,
  repo: RepoRecord,
  commit: CommitRecord,
  treeSha: string,
): Record<string, unknown> {
  const repoUrl = repoApiUrl(view, repo.full_name);
  return {
    sha: commit.sha,
    node_id: stringNodeId('C', commit.sha),
    url: `${repoUrl}/git/commits/${commit.sha}`,
    html_url: `${view.web}/${repo.full_name}/commit/${commit.sha}`,
    author: gitUser(commit.author, commit.date),
    committer: gitUser(commit.author, commit.date),
    tree: { sha: treeSha, url: `${repoUrl}/git/trees/${treeSha}` },
    message: commit.message,
    parents: commit.parent
      ? [
          {
            url: `${repoUrl}/git/commits/${commit.parent}`,
            html_url: `${view.web}/${repo.full_name}/commit/${commit.parent}`,
            sha: commit.parent,
          },
        ]
      : [],
    verification: UNSIGNED,
  };
}

/** The "commit" shape of the commits API (a branch's tip): git data plus the linked accounts. */
export function renderCommit(
  view: View,
  repo: RepoRecord,
  commit: CommitRecord,
  treeSha: string,
): Record<string, unknown> {
  const repoUrl = repoApiUrl(view, repo.full_name);
  const url = `${repoUrl}/commits/${commit.sha}`;
  const account = commit.author.login ? renderUser(view, view.state.user(commit.author.login)) : null;
  return {
    sha: commit.sha,
    node_id: stringNodeId('C', commit.sha),
    commit: {
      author: gitUser(commit.author, commit.date),
      committer: gitUser(commit.author, commit.date),
      message: commit.message,
      tree: { sha: treeSha, url: `${repoUrl}/git/trees/${treeSha}` },
      url: `${repoUrl}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: UNSIGNED,
    },
    url,
    html_url: `${view.web}/${repo.full_name}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    author: account,
    committer: account,
    parents: commit.parent
      ? [
          {
            sha: commit.parent,
            url: `${repoUrl}/commits/${commit.parent}`,
            html_url: `${view.web}/${repo.full_name}/commit/${commit.parent}`,
          },
        ]
      : [],
  };
}

/** "branch-with-protection" for an unprotected branch, which is what GitHub sends for one. */
export function renderBranch(
  view: View,
  repo: RepoRecord,
  name: string,
  commit: CommitRecord,
  treeSha: string,
): Record<string, unknown> {
  const url = `${repoApiUrl(view, repo.full_name)}/branches/${name}`;
  return {
    name,
    commit: renderCommit(view, repo, commit, treeSha),
    _links: { self: url, html: `${view.web}/${repo.full_name}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${url}/protection`,
  };
}
