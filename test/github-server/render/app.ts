import type { UserRecord } from '../types';
import { renderUser } from './user';
import type { View } from './view';

/** GitHub Actions' own app: GITHUB_TOKEN acts as it (github-actions[bot]). */
const GITHUB_ACTIONS_APP_ID = 15368;

/**
 * `performed_via_github_app`: the app whose installation token wrote an
 * issue or comment. A "[bot]" account is an app's installation acting on its
 * own; people's writes carry null. The app's owner is the organisation that
 * made it: GitHub for github-actions, otherwise the first repository owner
 * the test set up (apps here are an organisation's own).
 */
export function renderPerformedVia(view: View, author: UserRecord, owner: UserRecord): Record<string, unknown> | null {
  if (author.type !== 'Bot') return null;
  const slug = author.login.replace(/\[bot\]$/, '');
  const actions = slug === 'github-actions';
  const appOwner = actions ? view.state.user('github', 'Organization') : owner;
  const created = author.created_at;
  return {
    id: actions ? GITHUB_ACTIONS_APP_ID : author.id,
    slug,
    node_id: Buffer.from(`03:Integration${author.id}`).toString('base64'),
    client_id: `Iv1.${author.id.toString(16).padStart(16, '0')}`,
    owner: renderUser(view, appOwner),
    name: actions ? 'GitHub Actions' : slug,
    description: actions ? 'Automate your workflow from idea to production' : '',
    external_url: actions ? 'https://help.github.com/en/actions' : `${view.web}/${appOwner.login}`,
    html_url: `${view.web}/apps/${slug}`,
    created_at: created,
    updated_at: created,
    permissions: { contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: [],
  };
}
