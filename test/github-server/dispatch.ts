import { createHash } from 'node:crypto';
import {
  badCredentials,
  DOCS,
  forbidden,
  HttpError,
  notFound,
  problemsParsingJson,
  requiresAuthentication,
} from './errors';
import { commonHeaders, rateLimitHeaders, scopeHeaders } from './headers';
import type { View } from './render/view';
import { canonicalPath, type Reply, type Router } from './router';
import type { ServerState } from './state';

export const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export interface ApiRequest {
  method: string;
  url: URL;
  body: unknown;
  /** True when a body was sent but was not JSON. */
  badJson: boolean;
  headers: Record<string, string>;
  requestId: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialized JSON, or empty for 304. */
  text: string;
  login: string | null;
}

/** "token X" and "Bearer X" are both accepted, as on GitHub; undefined = no header, null = unusable. */
function tokenOf(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? null;
}

/** The caller's login, or null when anonymous or the token is unknown. */
export function loginOf(state: ServerState, headers: Record<string, string>): string | null {
  const token = tokenOf(headers.authorization);
  return token ? (state.tokens.get(token) ?? null) : null;
}

/**
 * One API request, in GitHub's order: credentials, then the primary rate
 * limit (every request counts, errors included; /rate_limit itself is free),
 * then routing and the handler. Faults are applied before this, by the server.
 */
export function dispatch(router: Router, view: View, req: ApiRequest): ApiResponse {
  const { state } = view;
  const token = tokenOf(req.headers.authorization);
  const login = loginOf(state, req.headers);
  const path = req.url.pathname;
  let reply: Reply;
  let counted = false;
  try {
    if (token !== undefined && login === null) throw badCredentials();
    if (path !== '/rate_limit') {
      if (!state.rateLimit.take(login))
        throw primaryRateLimit(login === null ? null : state.user(login).id, req.requestId);
      counted = true;
    }
    const canonical = canonicalPath(state, path);
    const match = canonical === undefined ? undefined : router.match(req.method, canonical);
    if (!match || canonical === undefined) throw notFound(DOCS);
    const { route, params } = match;
    if (WRITE_METHODS.has(req.method) && login === null) throw requiresAuthentication(route.doc);
    if (req.badJson) throw problemsParsingJson(route.doc);
    const query = Object.fromEntries(req.url.searchParams);
    reply = route.handler({
      view,
      state,
      method: req.method,
      path: canonical,
      params,
      query,
      search: req.url.searchParams,
      body: req.body,
      login,
      doc: route.doc,
    });
  } catch (error) {
    reply =
      error instanceof HttpError
        ? { status: error.status, body: error.body, headers: error.headers }
        : {
            status: 500,
            body: { message: 'Server Error', detail: String(error), documentation_url: DOCS, status: '500' },
          };
  }
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const headers: Record<string, string> = {
    ...commonHeaders(req.requestId),
    ...scopeHeaders(login !== null),
    ...reply.headers,
  };
  if (req.method === 'GET' && reply.status === 200) {
    headers.etag = `W/"${createHash('sha256').update(text).digest('hex')}"`;
    headers['cache-control'] = 'private, max-age=60, s-maxage=60';
    // A conditional request answered 304 is not charged against the rate limit.
    if (req.headers['if-none-match'] === headers.etag) {
      if (counted) state.rateLimit.refund(login);
      Object.assign(headers, rateLimitHeaders(state.rateLimit.bucket(login)));
      return { status: 304, headers, text: '', login };
    }
  }
  Object.assign(headers, rateLimitHeaders(state.rateLimit.bucket(login)));
  return { status: reply.status, headers, text, login };
}

/** The body GitHub sends once x-ratelimit-remaining is 0 (403, remaining "0": what clients test for). */
function primaryRateLimit(userId: number | null, requestId: string): HttpError {
  const who =
    userId === null
      ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
      : `user ID ${userId}.`;
  const when = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
  return forbidden(
    `API rate limit exceeded for ${who} If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${when}.`,
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  );
}
