import type { CommentRecord, IssueRecord, LabelRecord, RepoRecord } from '../types';
import { renderPerformedVia } from './app';
import { renderLabel } from './label';
import { renderUser } from './user';
import { nodeId, repoApiUrl, type View } from './view';

/** OWNER / COLLABORATOR / NONE is enough for a repository without org members. */
export function authorAssociation(repo: RepoRecord, login: string): string {
  const key = login.toLowerCase();
  if (key === repo.owner.toLowerCase()) return 'OWNER';
  return repo.assignable.has(key) ? 'COLLABORATOR' : 'NONE';
}

export function emptyReactions(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

/** The `pull_request` key GitHub adds to an issue that is a pull request. */
export function pullLinks(view: View, repo: RepoRecord, number: number): Record<string, unknown> {
  const html = `${view.web}/${repo.full_name}/pull/${number}`;
  return {
    url: `${repoApiUrl(view, repo.full_name)}/pulls/${number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: null,
  };
}

/**
 * An issue in GitHub's field order. `detail` adds what only the single-issue
 * endpoints return (closed_by); lists leave it out, as GitHub does.
 */
export function renderIssue(view: View, repo: RepoRecord, issue: IssueRecord, detail = false): Record<string, unknown> {
  const repoUrl = repoApiUrl(view, repo.full_name);
  const url = `${repoUrl}/issues/${issue.number}`;
  const labels = issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => renderLabel(view, repo.full_name, l));
  const assignees = issue.assignees.map((login) => renderUser(view, view.state.user(login)));
  const pull = repo.pulls.get(issue.number);
  const rendered: Record<string, unknown> = {
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${view.web}/${repo.full_name}/${pull ? 'pull' : 'issues'}/${issue.number}`,
    id: issue.id,
    node_id: nodeId('I', issue.id),
    number: issue.number,
    title: issue.title,
    user: renderUser(view, view.state.user(issue.author)),
    labels,
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: issue.comments,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: authorAssociation(repo, issue.author),
    type: null,
    active_lock_reason: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
    issue_dependencies_summary: { blocked_by: 0, total_blocked_by: 0, blocking: 0, total_blocking: 0 },
    // A pull request is an issue with these two keys; clients that want only issues filter on pull_request.
    ...(pull ? { draft: pull.draft, pull_request: pullLinks(view, repo, issue.number) } : {}),
    body: issue.body,
  };
  if (detail) rendered.closed_by = issue.closed_by ? renderUser(view, view.state.user(issue.closed_by)) : null;
  rendered.reactions = emptyReactions(`${url}/reactions`);
  rendered.timeline_url = `${url}/timeline`;
  rendered.performed_via_github_app = renderPerformedVia(
    view,
    view.state.user(issue.author),
    view.state.user(repo.owner),
  );
  rendered.state_reason = issue.state_reason;
  return rendered;
}

export function renderComment(view: View, repo: RepoRecord, comment: CommentRecord): Record<string, unknown> {
  const repoUrl = repoApiUrl(view, repo.full_name);
  const url = `${repoUrl}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${view.web}/${repo.full_name}/${repo.pulls.has(comment.issue_number) ? 'pull' : 'issues'}/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: renderUser(view, view.state.user(comment.author)),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    body: comment.body,
    author_association: authorAssociation(repo, comment.author),
    reactions: emptyReactions(`${url}/reactions`),
    performed_via_github_app: renderPerformedVia(view, view.state.user(comment.author), view.state.user(repo.owner)),
  };
}
