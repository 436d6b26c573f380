import type { UserRecord } from '../types';
import { legacyNodeId, type View } from './view';

/** GitHub's "simple-user": the shape nested in issues, comments and repositories. */
export function renderUser(view: View, user: UserRecord): Record<string, unknown> {
  const url = `${view.api}/users/${encodeURIComponent(user.login)}`;
  // A bot's page is its app's page: github-actions[bot] -> /apps/github-actions.
  const html =
    user.type === 'Bot' ? `${view.web}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${view.web}/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: legacyNodeId(user.type, user.id),
    avatar_url:
      user.type === 'Bot'
        ? `https://avatars.githubusercontent.com/in/${user.id}?v=4`
        : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: html,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user answers with the "private-user" shape: profile, counters and plan. */
export function renderPrivateUser(view: View, user: UserRecord): Record<string, unknown> {
  return {
    ...renderUser(view, user),
    user_view_type: 'private',
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.created_at,
    updated_at: user.created_at,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}
