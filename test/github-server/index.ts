import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dispatch, loginOf, WRITE_METHODS } from './dispatch';
import { faultReply, Faults } from './faults';
import { commonHeaders, rateLimitHeaders, requestId } from './headers';
import { Router } from './router';
import { commentRoutes } from './routes/comments';
import { contentRoutes } from './routes/contents';
import { gitRoutes } from './routes/git-refs';
import { graphqlRoutes } from './routes/graphql';
import { issueRoutes } from './routes/issues';
import { labelRoutes } from './routes/labels';
import { metaRoutes } from './routes/meta';
import { pullRoutes } from './routes/pulls';
import { userRoutes } from './routes/users';
import { ServerState } from './state';
import type { RecordedRequest } from './types';

export type { ActiveFault, FaultKind, FaultRule, Faults } from './faults';
export type { CommentSeed, FileSeed, IssueSeed, PullSeed, PullView, RepoOptions, ServerState } from './state';
export type * from './types';

export interface GitHubServerOptions {
  /** token -> login. Default { 'test-token': 'incidents-bot' }. Logins ending in "[bot]" are Bot accounts. */
  tokens?: Record<string, string>;
  /** Primary rate limit per user per hour; default 5000 (anonymous: 60). */
  rateLimit?: number;
  /** Host for html_url fields; default https://github.com. */
  webUrl?: string;
  /** Clock for timestamps and rate-limit windows; default the real one. */
  now?: () => Date;
}

export interface GitHubServer {
  url: string;
  state: ServerState;
  faults: Faults;
  requests: RecordedRequest[];
  /** 'write': after each successful write (a GraphQL query is a read); 'response': after every answered request. */
  on(event: 'write' | 'response', fn: (req: RecordedRequest, count: number) => void): void;
  close(): Promise<void>;
}

const router = new Router().add(
  ...userRoutes,
  ...metaRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...graphqlRoutes,
);

async function readBody(req: IncomingMessage): Promise<{ body: unknown; badJson: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { body: undefined, badJson: false };
  try {
    return { body: JSON.parse(text) as unknown, badJson: false };
  } catch {
    return { body: text, badJson: true };
  }
}

/** A GraphQL query is POSTed but reads: it counts as no write (dieAfterWrites, 'write' listeners). */
export function isWrite(method: string, path: string): boolean {
  return WRITE_METHODS.has(method) && path !== '/graphql';
}

/** RST rather than FIN: what a crashed server or a dropped connection looks like to the client. */
function kill(socket: Socket): void {
  socket.resetAndDestroy();
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = new ServerState({
    tokens: options.tokens ?? { 'test-token': 'incidents-bot' },
    rateLimit: options.rateLimit ?? 5000,
    now: options.now ?? (() => new Date()),
  });
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const writeListeners: Array<(req: RecordedRequest, count: number) => void> = [];
  const responseListeners: Array<(req: RecordedRequest, count: number) => void> = [];
  const timers = new Set<NodeJS.Timeout>();
  let writes = 0;
  let url = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', url);
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
    );
    const record: RecordedRequest = {
      method,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      body: undefined,
      status: 0,
      at: Date.now(),
      login: loginOf(state, headers),
      headers,
    };
    requests.push(record);
    const { body, badJson } = await readBody(req);
    record.body = body;
    const id = requestId();

    if (faults.dead) {
      record.fault = 'dead';
      return kill(req.socket);
    }
    const fault = faults.take(method, parsed.pathname);
    if (fault) record.fault = fault.type;
    if (fault?.type === 'reset') return kill(req.socket);
    if (fault?.type === 'hang') return; // the socket stays open until the client gives up or close()
    if (fault?.type === 'slow') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), fault.delayMs);
        timers.add(timer);
      });
    }
    const faulted = fault && faultReply(fault, id);
    if (faulted) {
      // Fault responses carry the caller's rate-limit headers too, without spending any.
      const head = {
        ...commonHeaders(id),
        ...rateLimitHeaders(state.rateLimit.bucket(record.login)),
        ...faulted.headers,
      };
      const text = typeof faulted.body === 'string' ? faulted.body : JSON.stringify(faulted.body);
      if (typeof faulted.body === 'string') head['content-type'] = 'text/html; charset=utf-8';
      record.status = faulted.status;
      res.writeHead(faulted.status, head).end(text);
      return;
    }

    // A slow request still takes effect even if the client gave up waiting, like a real server.
    const out = dispatch(
      router,
      { state, api: url, web: options.webUrl ?? 'https://github.com' },
      {
        method,
        url: parsed,
        body,
        badJson,
        headers,
        requestId: id,
      },
    );
    record.status = out.status;
    if (fault?.type === 'reset-mid-response') {
      // Headers and half the body (with the full content-length), then RST: the write happened, the answer never arrives whole.
      const body = Buffer.from(out.text, 'utf8');
      res.writeHead(out.status, { ...out.headers, 'content-length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => kill(req.socket));
    } else if (!res.destroyed) {
      res.writeHead(out.status, out.headers).end(out.text);
    }
    for (const fn of responseListeners) fn(record, writes);
    if (isWrite(method, parsed.pathname) && out.status >= 200 && out.status < 300) {
      writes += 1;
      faults.noteWrite(writes);
      for (const fn of writeListeners) fn(record, writes);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Server Error', detail: String(error) }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    faults,
    requests,
    on: (event, fn) => void (event === 'write' ? writeListeners : responseListeners).push(fn),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Hung and keep-alive connections would otherwise hold close() open forever.
      server.closeAllConnections();
      await closed;
    },
  };
}
