import { blobSha, compare } from '../git';
import { diffTrees, type FileChange } from '../git-diff';
import { syncPull } from '../state-pulls';
import type { IssueRecord, LabelRecord, PullRecord, RepoRecord } from '../types';
import { authorAssociation, pullLinks } from './issue';
import { renderLabel } from './label';
import { renderRepo } from './repo';
import { renderUser } from './user';
import { nodeId, repoApiUrl, type View } from './view';

/** What a pull request changes: the commits head has beyond base, diffed from where they diverged (a three-dot diff). */
export function pullChanges(
  repo: RepoRecord,
  pull: PullRecord,
): { commits: number; files: FileChange[]; conflicts: boolean } {
  syncPull(repo, pull);
  const { ahead, mergeBase } = compare(repo.git, pull.base_sha, pull.head_sha);
  const baseTree = mergeBase?.tree ?? new Map<string, string>();
  const files = diffTrees(baseTree, repo.git.commits.get(pull.head_sha)?.tree ?? new Map());
  // A conflict: base changed a file since the merge base differently from how head changed it.
  const baseNow = repo.git.commits.get(pull.base_sha)?.tree ?? new Map<string, string>();
  const conflicts = files.some(
    (f) => baseNow.get(f.filename) !== baseTree.get(f.filename) && baseNow.get(f.filename) !== f.after,
  );
  return { commits: ahead.length, files, conflicts };
}

/** head.repo / base.repo: the "repository" shape, without the caller-specific and counter fields. */
function branchSide(view: View, repo: RepoRecord, ref: string, sha: string): Record<string, unknown> {
  const shape = renderRepo(view, repo);
  for (const key of ['permissions', 'network_count', 'subscribers_count', 'organization']) delete shape[key];
  return { label: `${repo.owner}:${ref}`, ref, sha, user: renderUser(view, view.state.user(repo.owner)), repo: shape };
}

export interface PullRenderOptions {
  /** The single-pull shape (merged, mergeable, counters) rather than the list's "pull-request-simple". */
  detail?: boolean;
  /** Just created: GitHub has not computed mergeability yet and says so with null / "unknown". */
  fresh?: boolean;
}

export function renderPull(
  view: View,
  repo: RepoRecord,
  pull: PullRecord,
  issue: IssueRecord,
  options: PullRenderOptions = {},
): Record<string, unknown> {
  syncPull(repo, pull);
  const repoUrl = repoApiUrl(view, repo.full_name);
  const url = `${repoUrl}/pulls/${pull.number}`;
  const issueUrl = `${repoUrl}/issues/${pull.number}`;
  const links = pullLinks(view, repo, pull.number);
  const assignees = issue.assignees.map((login) => renderUser(view, view.state.user(login)));
  const labels = issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => renderLabel(view, repo.full_name, l));
  const rendered: Record<string, unknown> = {
    url,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: links.html_url,
    diff_url: links.diff_url,
    patch_url: links.patch_url,
    issue_url: issueUrl,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderUser(view, view.state.user(issue.author)),
    body: issue.body,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: null,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    labels,
    milestone: null,
    draft: pull.draft,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.head_sha}`,
    head: branchSide(view, repo, pull.head, pull.head_sha),
    base: branchSide(view, repo, pull.base, pull.base_sha),
    _links: {
      self: { href: url },
      html: { href: links.html_url },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${pull.head_sha}` },
    },
    author_association: authorAssociation(repo, issue.author),
    auto_merge: null,
    active_lock_reason: null,
  };
  if (!options.detail) return rendered;
  const { commits, files, conflicts } = pullChanges(repo, pull);
  const open = issue.state === 'open' && !options.fresh;
  const mergeableState = !open ? 'unknown' : conflicts ? 'dirty' : pull.draft ? 'draft' : 'clean';
  return {
    ...rendered,
    merged: false,
    mergeable: open ? !conflicts : null,
    rebaseable: open ? !conflicts : null,
    mergeable_state: mergeableState,
    merged_by: null,
    comments: issue.comments,
    review_comments: 0,
    maintainer_can_modify: pull.maintainer_can_modify,
    commits,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** One "diff-entry" of GET .../pulls/{n}/files; URLs name the head commit, as GitHub's do. */
export function renderPullFile(
  view: View,
  repo: RepoRecord,
  headSha: string,
  file: FileChange,
): Record<string, unknown> {
  const content = file.after ?? file.before ?? '';
  return {
    sha: blobSha(content),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${view.web}/${repo.full_name}/blob/${headSha}/${file.filename}`,
    raw_url: `${view.web}/${repo.full_name}/raw/${headSha}/${file.filename}`,
    contents_url: `${repoApiUrl(view, repo.full_name)}/contents/${file.filename}?ref=${headSha}`,
    patch: file.patch,
  };
}
