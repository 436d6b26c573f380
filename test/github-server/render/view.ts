import type { ServerState } from '../state';

/**
 * What a renderer needs besides the record: the API's own base URL (so every
 * `url` points back at this server and clients can follow it) and the web
 * host used for html_url, which real clients only print.
 */
export interface View {
  state: ServerState;
  api: string;
  web: string;
}

/**
 * GitHub's global node ids. Accounts still use the legacy form,
 * base64("04:User583231"); newer objects use a typed prefix and an opaque
 * payload, imitated here with the id in base64url.
 */
export function legacyNodeId(kind: string, id: number): string {
  const code = { User: '04', Bot: '03', Organization: '012' }[kind] ?? '04';
  return Buffer.from(`${code}:${kind}${id}`).toString('base64');
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`${id}`).toString('base64url')}`;
}

export function repoApiUrl(view: View, fullName: string): string {
  return `${view.api}/repos/${fullName}`;
}
