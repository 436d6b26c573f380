import { notFound } from './errors';
import type { View } from './render/view';
import type { ServerState } from './state';
import type { RepoRecord } from './types';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Context {
  view: View;
  state: ServerState;
  method: string;
  /** Canonical path: /repositories/{id}/... already rewritten to /repos/{owner}/{repo}/... */
  path: string;
  params: Record<string, string>;
  /** Query parameters, last value wins (GitHub ignores repeats). */
  query: Record<string, string>;
  search: URLSearchParams;
  body: unknown;
  /** Null for anonymous callers; write routes never see null. */
  login: string | null;
  /** The operation's documentation_url, echoed in its error bodies as GitHub does. */
  doc: string;
}

export interface RepoContext extends Context {
  repo: RepoRecord;
  /** Absolute base for Link headers: GitHub pages by /repositories/{id}/..., not by name. */
  linkBase: string;
}

export type Handler = (ctx: Context) => Reply;

export interface Route {
  method: string;
  pattern: string;
  doc: string;
  handler: Handler;
}

interface Compiled extends Route {
  regex: RegExp;
  keys: string[];
}

/** Wraps a handler for a /repos/{owner}/{repo}/... route: unknown repository -> 404 with the operation's docs. */
export function repoRoute(method: string, pattern: string, doc: string, handler: (ctx: RepoContext) => Reply): Route {
  return {
    method,
    pattern,
    doc,
    handler: (ctx) => {
      const repo = ctx.state.repo(`${ctx.params.owner}/${ctx.params.repo}`);
      if (!repo) throw notFound(doc);
      const rest = ctx.path.split('/').slice(4).join('/');
      const linkBase = `${ctx.view.api}/repositories/${repo.id}${rest ? `/${rest}` : ''}`;
      return handler({ ...ctx, repo, linkBase });
    },
  };
}

/**
 * Patterns use GitHub's own {name} placeholders; each matches one path
 * segment. {+name} (RFC 6570 reserved expansion, as in GitHub's own
 * contents_url) spans slashes, for refs, branches and file paths: clients
 * send "heads/a/b" both raw and as "heads%2Fa%2Fb", and GitHub takes both.
 */
export class Router {
  private readonly routes: Compiled[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const keys: string[] = [];
      const source = route.pattern.replace(/\{(\+?)(\w+)\}/g, (_, plus: string, key: string) => {
        keys.push(key);
        return plus ? '(.*?)' : '([^/]+)';
      });
      this.routes.push({ ...route, regex: new RegExp(`^${source}/?$`), keys });
    }
    return this;
  }

  /** Undefined when nothing matches; GitHub answers 404 for unknown paths and unsupported methods alike. */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      try {
        route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
      } catch {
        return undefined; // malformed percent-encoding cannot name anything
      }
      return { route, params };
    }
    return undefined;
  }
}

/** Link headers point at /repositories/{id}/...; map them back so followed links resolve. */
export function canonicalPath(state: ServerState, path: string): string | undefined {
  const m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (!m) return path;
  const repo = state.repoById(Number(m[1]));
  return repo ? `/repos/${repo.full_name}${m[2] ?? ''}` : undefined;
}
