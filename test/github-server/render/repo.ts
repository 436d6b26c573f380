import type { RepoRecord } from '../types';
import { renderUser } from './user';
import { nodeId, repoApiUrl, type View } from './view';

/** The hypermedia URL templates every repository object carries, suffixed to its API URL. */
const URL_TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['forks_url', '/forks'], ['keys_url', '/keys{/key_id}'], ['collaborators_url', '/collaborators{/collaborator}'],
  ['teams_url', '/teams'], ['hooks_url', '/hooks'], ['issue_events_url', '/issues/events{/number}'],
  ['events_url', '/events'], ['assignees_url', '/assignees{/user}'], ['branches_url', '/branches{/branch}'],
  ['tags_url', '/tags'], ['blobs_url', '/git/blobs{/sha}'], ['git_tags_url', '/git/tags{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'], ['trees_url', '/git/trees{/sha}'], ['statuses_url', '/statuses/{sha}'],
  ['languages_url', '/languages'], ['stargazers_url', '/stargazers'], ['contributors_url', '/contributors'],
  ['subscribers_url', '/subscribers'], ['subscription_url', '/subscription'], ['commits_url', '/commits{/sha}'],
  ['git_commits_url', '/git/commits{/sha}'], ['comments_url', '/comments{/number}'],
  ['issue_comment_url', '/issues/comments{/number}'], ['contents_url', '/contents/{+path}'],
  ['compare_url', '/compare/{base}...{head}'], ['merges_url', '/merges'], ['archive_url', '/{archive_format}{/ref}'],
  ['downloads_url', '/downloads'], ['issues_url', '/issues{/number}'], ['pulls_url', '/pulls{/number}'],
  ['milestones_url', '/milestones{/number}'], ['notifications_url', '/notifications{?since,all,participating}'],
  ['labels_url', '/labels{/name}'], ['releases_url', '/releases{/id}'], ['deployments_url', '/deployments'],
];

/** GET /repos/{owner}/{repo}: the "full-repository" shape, as seen by a caller with push access. */
export function renderRepo(view: View, repo: RepoRecord): Record<string, unknown> {
  const url = repoApiUrl(view, repo.full_name);
  const host = new URL(view.web).host;
  const owner = renderUser(view, view.state.user(repo.owner));
  const openIssues = repo.issues.reduce((n, i) => n + (i.state === 'open' ? 1 : 0), 0);
  const templates = Object.fromEntries(URL_TEMPLATES.map(([key, suffix]) => [key, url + suffix]));
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.full_name,
    private: repo.private,
    owner,
    html_url: `${view.web}/${repo.full_name}`,
    description: repo.description,
    fork: false,
    url,
    ...templates,
    created_at: repo.created_at,
    updated_at: repo.created_at,
    pushed_at: repo.created_at,
    git_url: `git://${host}/${repo.full_name}.git`,
    ssh_url: `git@${host}:${repo.full_name}.git`,
    clone_url: `${view.web}/${repo.full_name}.git`,
    svn_url: `${view.web}/${repo.full_name}`,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: openIssues,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    default_branch: repo.default_branch,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    ...(owner.type === 'Organization' ? { organization: owner } : {}),
    network_count: 0,
    subscribers_count: 0,
  };
}
