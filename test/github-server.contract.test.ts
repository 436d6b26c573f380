/**
 * The fake GitHub (test/github-server) against GitHub's own OpenAPI
 * description: every implemented operation is exercised over real HTTP with
 * @octokit/rest and each response body is validated against the documented
 * schema for its status. Then each fault kind is checked to do what it says.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { OpenApiContract, type OperationList } from './github-server/openapi';
import { failure } from './github-server/failure';
import { VIEWER_QUERY } from '../src/github/api/own-login';

const OPERATIONS: OperationList = {
  'users/get-authenticated': ['get', '/user'],
  'rate-limit/get': ['get', '/rate_limit'],
  'repos/get': ['get', '/repos/{owner}/{repo}'],
  'issues/list-for-repo': ['get', '/repos/{owner}/{repo}/issues'],
  'issues/create': ['post', '/repos/{owner}/{repo}/issues'],
  'issues/get': ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  'issues/update': ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  'issues/list-comments': ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  'issues/create-comment': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  'issues/get-comment': ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  'issues/update-comment': ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  'issues/list-labels-for-repo': ['get', '/repos/{owner}/{repo}/labels'],
  'issues/create-label': ['post', '/repos/{owner}/{repo}/labels'],
  'issues/get-label': ['get', '/repos/{owner}/{repo}/labels/{name}'],
};

const REPO = { owner: 'octo', repo: 'incidents' };
const FULL = 'octo/incidents';

let contract: OpenApiContract;
let server: GitHubServer;
let octokit: Octokit;

/** RFC 8288 as GitHub uses it: `<url>; rel="next", <url>; rel="last"`. */
function parseLink(header: string | undefined): Record<string, URL> {
  const links: Record<string, URL> = {};
  for (const part of (header ?? '').split(',').filter((p) => p.trim())) {
    const m = /^\s*<([^>]+)>;\s*rel="(\w+)"\s*$/.exec(part);
    if (!m?.[1] || !m[2]) throw new Error(`unparsable Link part: ${part}`);
    links[m[2]] = new URL(m[1]);
  }
  return links;
}

/** Octokit logs every failed request; the failures here are intended. */
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function client(options: ConstructorParameters<typeof Octokit>[0] = {}): Octokit {
  return new Octokit({ baseUrl: server.url, auth: 'test-token', log: quiet, ...options });
}

beforeAll(() => {
  contract = new OpenApiContract(OPERATIONS);
}, 20_000);

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(FULL, { defaultBranch: 'main', assignable: ['alice', 'bob'] });
  octokit = client();
});

afterEach(async () => {
  await server.close();
});

describe('responses match GitHub’s OpenAPI description', () => {
  it('GET /user and GET /rate_limit (which costs nothing)', async () => {
    const user = await octokit.rest.users.getAuthenticated();
    expect(user.status).toBe(200);
    contract.check('users/get-authenticated', 200, user.data);
    expect(user.data.login).toBe('incidents-bot');

    const before = Number(user.headers['x-ratelimit-remaining']);
    const rate = await octokit.rest.rateLimit.get();
    contract.check('rate-limit/get', 200, rate.data);
    expect(rate.data.resources.core.remaining).toBe(before);
    expect(Number(rate.headers['x-ratelimit-remaining'])).toBe(before);
  });

  it('GET /repos/{owner}/{repo}, and 404 for an unknown repository on every repo route', async () => {
    const repo = await octokit.rest.repos.get(REPO);
    contract.check('repos/get', 200, repo.data);
    expect(repo.data.default_branch).toBe('main');

    const missing = await failure(octokit.rest.repos.get({ owner: 'octo', repo: 'nope' }));
    expect(missing.status).toBe(404);
    contract.check('repos/get', 404, missing.response?.data);
    for (const call of [
      octokit.rest.issues.listForRepo({ owner: 'octo', repo: 'nope' }),
      octokit.rest.issues.get({ owner: 'octo', repo: 'nope', issue_number: 1 }),
      octokit.rest.issues.listLabelsForRepo({ owner: 'octo', repo: 'nope' }),
    ]) {
      const error = await failure(call);
      expect(error.status).toBe(404);
      expect(error.response?.data).toMatchObject({ message: 'Not Found' });
    }
  });

  it('POST, GET and PATCH an issue: create, close as not planned, reopen', async () => {
    const created = await octokit.rest.issues.create({
      ...REPO,
      title: 'Follow-up: rotate keys',
      body: 'marker',
      labels: ['incident', 'bug'],
      assignees: ['alice'],
    });
    expect(created.status).toBe(201);
    contract.check('issues/create', 201, created.data);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data.user?.login).toBe('incidents-bot');
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['incident', 'bug']);
    // An unknown label is created on the fly, grey, as GitHub does.
    expect((await octokit.rest.issues.getLabel({ ...REPO, name: 'incident' })).data.color).toBe('ededed');

    const number = created.data.number;
    const got = await octokit.rest.issues.get({ ...REPO, issue_number: number });
    contract.check('issues/get', 200, got.data);
    expect(got.data.assignees?.map((a) => a.login)).toEqual(['alice']);

    const closed = await octokit.rest.issues.update({
      ...REPO,
      issue_number: number,
      state: 'closed',
      state_reason: 'not_planned',
    });
    contract.check('issues/update', 200, closed.data);
    expect(closed.data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_by: { login: 'incidents-bot' },
    });
    expect(closed.data.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const reopened = await octokit.rest.issues.update({
      ...REPO,
      issue_number: number,
      state: 'open',
      labels: [],
      assignees: [],
    });
    contract.check('issues/update', 200, reopened.data);
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      labels: [],
      assignees: [],
    });

    const missing = await failure(octokit.rest.issues.get({ ...REPO, issue_number: 999 }));
    expect(missing.status).toBe(404);
  });

  it('an assignee who cannot be assigned is a 422 naming them, and nothing is created', async () => {
    const error = await failure(octokit.rest.issues.create({ ...REPO, title: 't', assignees: ['alice', 'mallory'] }));
    expect(error.status).toBe(422);
    contract.check('issues/create', 422, error.response?.data);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ value: 'mallory', resource: 'Issue', field: 'assignees', code: 'invalid' }],
      status: '422',
    });
    expect(server.state.repo(FULL)?.issues).toHaveLength(0);

    const noTitle = await failure(
      octokit.request('POST /repos/{owner}/{repo}/issues', { ...REPO, body: 'x' } as never),
    );
    expect(noTitle.status).toBe(422);
    contract.check('issues/create', 422, noTitle.response?.data);
  });

  it('GET issues filters by labels (all must match), state, since; sorts and pages', async () => {
    const s = server.state;
    s.seedIssue(FULL, { title: 'a', labels: ['incident', 'sev1'], created_at: '2026-01-01T00:00:00Z' });
    s.seedIssue(FULL, {
      title: 'b',
      labels: ['incident'],
      created_at: '2026-01-02T00:00:00Z',
      updated_at: '2026-03-01T00:00:00Z',
    });
    s.seedIssue(FULL, {
      title: 'c',
      labels: ['INCIDENT', 'sev1'],
      state: 'closed',
      created_at: '2026-01-03T00:00:00Z',
    });
    s.seedIssue(FULL, {
      title: 'd',
      author: 'alice',
      body: '<!-- incident-id: x -->',
      created_at: '2026-01-04T00:00:00Z',
    });

    const titles = async (params: Record<string, string | number>): Promise<string[]> => {
      const res = await octokit.rest.issues.listForRepo({ ...REPO, ...params });
      contract.check('issues/list-for-repo', 200, res.data);
      return res.data.map((i) => i.title);
    };
    expect(await titles({})).toEqual(['d', 'b', 'a']);
    expect(await titles({ labels: 'incident,sev1' })).toEqual(['a']);
    expect(await titles({ labels: 'incident,sev1', state: 'all' })).toEqual(['c', 'a']);
    expect(await titles({ state: 'closed' })).toEqual(['c']);
    expect(await titles({ direction: 'asc' })).toEqual(['a', 'b', 'd']);
    expect(await titles({ sort: 'updated' })).toEqual(['b', 'd', 'a']);
    expect(await titles({ since: '2026-01-03T12:00:00Z' })).toEqual(['d', 'b']);
    expect(await titles({ creator: 'alice' })).toEqual(['d']);

    const first = await octokit.rest.issues.listForRepo({ ...REPO, per_page: 2 });
    const links = parseLink(first.headers.link);
    expect(Object.keys(links)).toEqual(['next', 'last']);
    expect(links.next?.searchParams.get('page')).toBe('2');
    expect(links.next?.searchParams.get('per_page')).toBe('2');
    expect(links.next?.origin).toBe(server.url);
    expect(links.next?.pathname).toBe(`/repositories/${server.state.repo(FULL)?.id}/issues`);
  });

  it('octokit.paginate walks 250 seeded issues in 3 pages of 100, following the Link header', async () => {
    for (let i = 0; i < 250; i++) server.state.seedIssue(FULL, { title: `seeded ${i + 1}`, labels: ['incident'] });
    const before = server.requests.length;
    const seen: number[] = [];
    const rels: string[][] = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      ...REPO,
      per_page: 100,
      labels: 'incident',
    })) {
      expect(page.status).toBe(200);
      contract.check('issues/list-for-repo', 200, page.data);
      rels.push(Object.keys(parseLink(page.headers.link)));
      seen.push(...page.data.map((i) => i.number));
    }
    expect(rels).toEqual([
      ['next', 'last'],
      ['prev', 'next', 'last', 'first'],
      ['prev', 'first'],
    ]);
    expect(server.requests.length - before).toBe(3);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
    expect(server.requests.slice(before).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('comments: POST, GET list (paginated), GET one, PATCH', async () => {
    const issue = server.state.seedIssue(FULL, { title: 'with comments' });
    const created = await octokit.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'first' });
    expect(created.status).toBe(201);
    contract.check('issues/create-comment', 201, created.data);
    expect(created.data.user?.login).toBe('incidents-bot');
    for (let i = 0; i < 34; i++) server.state.seedComment(FULL, issue.number, { body: `c${i}`, author: 'alice' });
    expect(server.state.issue(FULL, issue.number)?.comments).toBe(35);

    const list = await octokit.rest.issues.listComments({ ...REPO, issue_number: issue.number });
    contract.check('issues/list-comments', 200, list.data);
    expect(list.data).toHaveLength(30);
    expect(list.data[0]?.body).toBe('first');
    expect(Object.keys(parseLink(list.headers.link))).toEqual(['next', 'last']);
    expect(
      await octokit.paginate(octokit.rest.issues.listComments, { ...REPO, issue_number: issue.number }),
    ).toHaveLength(35);

    const one = await octokit.rest.issues.getComment({ ...REPO, comment_id: created.data.id });
    contract.check('issues/get-comment', 200, one.data);
    const edited = await octokit.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: 'edited' });
    contract.check('issues/update-comment', 200, edited.data);
    expect(edited.data.body).toBe('edited');
    const got = await octokit.rest.issues.get({ ...REPO, issue_number: issue.number });
    expect(got.data.comments).toBe(35);
  });

  it('an installation token: 403 on GET /user, GraphQL viewer names its bot, and what it writes carries performed_via_github_app', async () => {
    server.state.tokens.set('ghs_app', 'acme-incidents[bot]');
    const app = client({ auth: 'ghs_app' });
    const user = await failure(app.rest.users.getAuthenticated());
    expect(user.status).toBe(403);
    contract.check('users/get-authenticated', 403, user.response?.data);
    expect(user.response?.data).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(await app.graphql<{ viewer: { login: string } }>(VIEWER_QUERY)).toEqual({
      viewer: { login: 'acme-incidents[bot]' },
    });
    expect(await octokit.graphql<{ viewer: { login: string } }>(VIEWER_QUERY)).toEqual({
      viewer: { login: 'incidents-bot' },
    });

    const issue = await app.rest.issues.create({ ...REPO, title: 'filed by an app' });
    contract.check('issues/create', 201, issue.data);
    expect(issue.data.user).toMatchObject({ login: 'acme-incidents[bot]', type: 'Bot' });
    expect(issue.data.performed_via_github_app).toMatchObject({ slug: 'acme-incidents' });
    const comment = await app.rest.issues.createComment({ ...REPO, issue_number: issue.data.number, body: 'hi' });
    contract.check('issues/create-comment', 201, comment.data);
    expect(comment.data.performed_via_github_app).toMatchObject({ slug: 'acme-incidents' });
    const listed = await app.rest.issues.listForRepo({ ...REPO, creator: 'acme-incidents[bot]' });
    contract.check('issues/list-for-repo', 200, listed.data);
    expect(listed.data.map((i) => i.performed_via_github_app?.slug)).toEqual(['acme-incidents']);
    // A person's write carries none.
    const person = await octokit.rest.issues.create({ ...REPO, title: 'by a person' });
    expect(person.data.performed_via_github_app).toBeNull();

    const long = await failure(app.rest.issues.create({ ...REPO, title: 'x'.repeat(257) }));
    expect(long.status).toBe(422);
    contract.check('issues/create', 422, long.response?.data);
    expect(long.response?.data).toMatchObject({
      errors: [
        { resource: 'Issue', field: 'title', code: 'custom', message: 'title is too long (maximum is 256 characters)' },
      ],
    });
    const anonymous = await failure(new Octokit({ baseUrl: server.url, log: quiet }).graphql(VIEWER_QUERY));
    expect(anonymous.status).toBe(401);
  });

  it('labels: list, get (case-insensitive), create 201, duplicate 422 already_exists, unknown 404', async () => {
    const list = await octokit.rest.issues.listLabelsForRepo({ ...REPO, per_page: 100 });
    contract.check('issues/list-labels-for-repo', 200, list.data);
    expect(list.data.map((l) => l.name)).toContain('bug');

    const created = await octokit.rest.issues.createLabel({
      ...REPO,
      name: 'Incident',
      color: 'b60205',
      description: 'From incidents-as-code',
    });
    expect(created.status).toBe(201);
    contract.check('issues/create-label', 201, created.data);
    const got = await octokit.rest.issues.getLabel({ ...REPO, name: 'incident' });
    contract.check('issues/get-label', 200, got.data);
    expect(got.data).toMatchObject({ name: 'Incident', color: 'b60205', default: false });

    const dup = await failure(octokit.rest.issues.createLabel({ ...REPO, name: 'INCIDENT', color: '000000' }));
    expect(dup.status).toBe(422);
    contract.check('issues/create-label', 422, dup.response?.data);
    expect(dup.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });

    const missing = await failure(octokit.rest.issues.getLabel({ ...REPO, name: 'no such label' }));
    expect(missing.status).toBe(404);
    contract.check('repos/get', 404, missing.response?.data);
  });

  it('authentication: unknown token 401 Bad credentials, anonymous write 401, unknown route 404 JSON', async () => {
    const bad = await failure(client({ auth: 'wrong' }).rest.users.getAuthenticated());
    expect(bad.status).toBe(401);
    contract.check('users/get-authenticated', 401, bad.response?.data);
    expect(bad.response?.data).toMatchObject({ message: 'Bad credentials', status: '401' });
    expect(bad.response?.data).toHaveProperty('documentation_url');

    const anonymous = new Octokit({ baseUrl: server.url, log: quiet });
    expect((await anonymous.rest.issues.listForRepo(REPO)).status).toBe(200);
    const write = await failure(anonymous.rest.issues.create({ ...REPO, title: 'x' }));
    expect(write.status).toBe(401);
    expect(server.state.repo(FULL)?.issues).toHaveLength(0);

    const res = await fetch(`${server.url}/repos/octo/incidents/releases`, {
      headers: { authorization: 'Bearer test-token' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toMatchObject({ message: 'Not Found' });
  });

  it('every response carries rate-limit headers; an exhausted budget is GitHub’s 403', async () => {
    const a = await octokit.rest.repos.get(REPO);
    const b = await failure(octokit.rest.issues.get({ ...REPO, issue_number: 42 }));
    expect(a.headers['x-ratelimit-limit']).toBe('5000');
    expect(a.headers['x-ratelimit-resource']).toBe('core');
    expect(a.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{6}:[0-9A-F]{8}$/);
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(a.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(Number(b.response?.headers['x-ratelimit-remaining'])).toBe(Number(a.headers['x-ratelimit-remaining']) - 1);
    expect(Number(b.response?.headers['x-ratelimit-used'])).toBe(Number(a.headers['x-ratelimit-used']) + 1);

    // A conditional GET answered 304 is free, as on GitHub.
    const etag = String(a.headers.etag);
    const notModified = await failure(octokit.rest.repos.get({ ...REPO, headers: { 'if-none-match': etag } }));
    expect(notModified.status).toBe(304);
    expect(notModified.response?.headers['x-ratelimit-used']).toBe(b.response?.headers['x-ratelimit-used']);

    server.state.rateLimit.setRemaining('incidents-bot', 1);
    const last = await octokit.rest.repos.get(REPO);
    expect(last.headers['x-ratelimit-remaining']).toBe('0');
    const limited = await failure(octokit.rest.repos.get(REPO));
    expect(limited.status).toBe(403);
    contract.check('issues/create', 403, limited.response?.data);
    expect(limited.response?.headers['x-ratelimit-remaining']).toBe('0');
    expect(limited.message).toMatch(/^API rate limit exceeded for user ID \d+\./);

    // octokit's throttling plugin recognises it as the primary limit.
    const seen: number[] = [];
    const throttled = new (Octokit.plugin(throttling))({
      baseUrl: server.url,
      auth: 'test-token',
      log: quiet,
      throttle: { onRateLimit: (after: number) => void seen.push(after), onSecondaryRateLimit: () => false },
    });
    expect((await failure(throttled.rest.repos.get(REPO))).status).toBe(403);
    expect(seen).toHaveLength(1);
  });
});

describe('faults', () => {
  it('status: a 500 once, then success; the faulted write has no effect', async () => {
    server.faults.add({ method: 'POST', path: /\/issues$/, kind: { type: 'status', status: 500 } });
    const error = await failure(octokit.rest.issues.create({ ...REPO, title: 'x' }));
    expect(error.status).toBe(500);
    expect(server.state.repo(FULL)?.issues).toHaveLength(0);
    expect((await octokit.rest.issues.create({ ...REPO, title: 'x' })).status).toBe(201);

    // With the retry plugin the same fault is invisible to the caller.
    server.faults.add({ path: '/repos/octo/incidents/issues/1', times: 2, kind: { type: 'status', status: 502 } });
    const retrying = new (Octokit.plugin(retry))({
      baseUrl: server.url,
      auth: 'test-token',
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
    });
    const before = server.requests.length;
    expect((await retrying.rest.issues.get({ ...REPO, issue_number: 1 })).status).toBe(200);
    expect(server.requests.slice(before).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('reset: the socket is destroyed, the client gets a connection error, nothing is written', async () => {
    const rule = server.faults.add({ method: 'POST', kind: { type: 'reset' } });
    const error = await failure(octokit.rest.issues.create({ ...REPO, title: 'x' }));
    expect(error.message).toMatch(/ECONNRESET|other side closed|socket|fetch failed/i);
    expect(error.response).toBeUndefined();
    expect(rule.hits).toBe(1);
    expect(server.state.repo(FULL)?.issues).toHaveLength(0);
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', status: 0, fault: 'reset' });
  });

  it('secondary rate limit (403) and too many requests (429) carry retry-after and GitHub’s message', async () => {
    server.faults.add({ kind: { type: 'secondary-rate-limit', retryAfter: 7 } });
    const secondary = await failure(octokit.rest.repos.get(REPO));
    expect(secondary.status).toBe(403);
    expect(secondary.response?.headers['retry-after']).toBe('7');
    expect(secondary.message).toMatch(/^You have exceeded a secondary rate limit/);
    contract.check('issues/create', 403, secondary.response?.data);

    server.faults.add({ kind: { type: 'too-many-requests', retryAfter: 3 } });
    const tooMany = await failure(octokit.rest.repos.get(REPO));
    expect(tooMany.status).toBe(429);
    expect(tooMany.response?.headers['retry-after']).toBe('3');

    // The throttling plugin sees it as a secondary limit, waits retry-after and succeeds.
    const waits: number[] = [];
    const throttled = new (Octokit.plugin(throttling))({
      baseUrl: server.url,
      auth: 'test-token',
      log: quiet,
      throttle: {
        retryAfterBaseValue: 5,
        onRateLimit: () => false,
        onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) => (
          waits.push(after), retryCount < 1
        ),
      },
    });
    server.faults.add({ kind: { type: 'secondary-rate-limit', retryAfter: 2 } });
    expect((await throttled.rest.repos.get(REPO)).status).toBe(200);
    expect(waits).toEqual([2]);
  });

  it('slow: answers normally after the delay', async () => {
    server.faults.add({ method: 'GET', kind: { type: 'slow', delayMs: 150 } });
    const started = Date.now();
    const res = await octokit.rest.repos.get(REPO);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    contract.check('repos/get', 200, res.data);
  });

  it('hang: never answers, the client times out, close() still ends it', async () => {
    server.faults.add({ kind: { type: 'hang' } });
    const error = await failure(octokit.rest.repos.get({ ...REPO, request: { signal: AbortSignal.timeout(200) } }));
    expect(String(error.message)).toMatch(/abort|timeout/i);
    // A second hung request left open: close() must not wait for it.
    server.faults.add({ kind: { type: 'hang' } });
    const pending = octokit.rest.repos.get(REPO).catch((e: Error) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
    server = await startGitHubServer(); // afterEach closes whatever is current
  });

  it('dieAfterWrites(3): three writes succeed, the fourth and everything after find the server dead', async () => {
    const counts: number[] = [];
    server.on('write', (req, count) => counts.push(count));
    server.faults.dieAfterWrites(3);
    for (let i = 1; i <= 3; i++)
      expect((await octokit.rest.issues.create({ ...REPO, title: `#${i}` })).status).toBe(201);
    expect(counts).toEqual([1, 2, 3]);
    const fourth = await failure(octokit.rest.issues.create({ ...REPO, title: '#4' }));
    expect(fourth.response).toBeUndefined();
    expect((await failure(octokit.rest.issues.listForRepo(REPO))).response).toBeUndefined();
    expect(server.state.repo(FULL)?.issues.map((i) => i.title)).toEqual(['#1', '#2', '#3']);
    expect(counts).toEqual([1, 2, 3]);

    server.faults.clear();
    expect((await octokit.rest.issues.listForRepo(REPO)).data).toHaveLength(3);
  });

  it('times and matching: a rule applies only to its method and path, as many times as asked', async () => {
    server.faults.add({ method: 'GET', path: /\/labels$/, times: 2, kind: { type: 'status', status: 503 } });
    expect((await octokit.rest.repos.get(REPO)).status).toBe(200);
    expect((await failure(octokit.rest.issues.listLabelsForRepo(REPO))).status).toBe(503);
    expect((await failure(octokit.rest.issues.listLabelsForRepo(REPO))).status).toBe(503);
    expect((await octokit.rest.issues.listLabelsForRepo(REPO)).status).toBe(200);
    expect(server.faults.pending).toHaveLength(0);
  });
});

describe('speed', () => {
  it('seeding 250 issues and listing them all stays fast', async () => {
    const started = performance.now();
    for (let i = 0; i < 250; i++)
      server.state.seedIssue(FULL, { title: `t${i}`, labels: ['incident', `sev${i % 3}`], body: 'x'.repeat(200) });
    const seeded = performance.now();
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...REPO, per_page: 100, state: 'all' });
    const listed = performance.now();
    expect(all).toHaveLength(250);
    expect(seeded - started).toBeLessThan(100);
    expect(listed - seeded).toBeLessThan(1500);
  });
});
