/**
 * The fake GitHub's git, contents and pull request routes against GitHub's
 * OpenAPI description, over real HTTP with @octokit/rest, then the flow the
 * batch review uses: cut a branch, commit a Markdown file, open a pull
 * request, find it again, update file and body, comment on it.
 */
import { createHash } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from './github-server/index';
import { OpenApiContract, type OperationList } from './github-server/openapi';
import { failure } from './github-server/failure';

const OPERATIONS: OperationList = {
  'git/get-ref': ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  'git/create-ref': ['post', '/repos/{owner}/{repo}/git/refs'],
  'git/update-ref': ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  'git/delete-ref': ['delete', '/repos/{owner}/{repo}/git/refs/{ref}'],
  'repos/get-branch': ['get', '/repos/{owner}/{repo}/branches/{branch}'],
  'repos/get-content': ['get', '/repos/{owner}/{repo}/contents/{path}'],
  'repos/create-or-update-file-contents': ['put', '/repos/{owner}/{repo}/contents/{path}'],
  'pulls/list': ['get', '/repos/{owner}/{repo}/pulls'],
  'pulls/create': ['post', '/repos/{owner}/{repo}/pulls'],
  'pulls/get': ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  'pulls/update': ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  'pulls/list-files': ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  'issues/list-for-repo': ['get', '/repos/{owner}/{repo}/issues'],
  'issues/get': ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  'issues/create-comment': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  'issues/list-comments': ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
};

const REPO = { owner: 'octo', repo: 'incidents' };
const FULL = 'octo/incidents';
const BRANCH = 'batch-review/2026-q1';
const FILE = 'reviews/2026-q1.md';

let contract: OpenApiContract;
let server: GitHubServer;
let octokit: Octokit;

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string): string => Buffer.from(text, 'base64').toString('utf8');
/** What `git hash-object` prints for this content. */
const gitBlobSha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');

function fileData(data: unknown): { content: string; sha: string; type: string } {
  if (Array.isArray(data)) throw new Error('expected a file, got a directory');
  return data as { content: string; sha: string; type: string };
}

beforeAll(() => {
  contract = new OpenApiContract(OPERATIONS);
}, 20_000);

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addRepo(FULL, { defaultBranch: 'main', assignable: ['alice'] });
  octokit = new Octokit({ baseUrl: server.url, auth: 'test-token', log: quiet });
});

afterEach(async () => {
  await server.close();
});

describe('git refs and branches', () => {
  it('GET a ref, POST a branch (422 when it exists or the commit does not), PATCH fast-forward or force, DELETE', async () => {
    const main = await octokit.rest.git.getRef({ ...REPO, ref: 'heads/main' });
    contract.check('git/get-ref', 200, main.data);
    expect(main.data).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit' } });
    const start = main.data.object.sha;
    expect(start).toMatch(/^[0-9a-f]{40}$/);

    const missing = await failure(octokit.rest.git.getRef({ ...REPO, ref: 'heads/nope' }));
    expect(missing.status).toBe(404);
    contract.check('git/get-ref', 404, missing.response?.data);

    const created = await octokit.rest.git.createRef({ ...REPO, ref: `refs/heads/${BRANCH}`, sha: start });
    expect(created.status).toBe(201);
    contract.check('git/create-ref', 201, created.data);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data.ref).toBe(`refs/heads/${BRANCH}`);
    // Slashes in the ref work encoded (as octokit sends them) and raw (as curl users write them).
    const raw = await fetch(`${server.url}/repos/${FULL}/git/ref/heads/${BRANCH}`, {
      headers: { authorization: 'token test-token' },
    });
    expect(raw.status).toBe(200);

    const again = await failure(octokit.rest.git.createRef({ ...REPO, ref: `refs/heads/${BRANCH}`, sha: start }));
    expect(again.status).toBe(422);
    contract.check('git/create-ref', 422, again.response?.data);
    expect(again.response?.data).toMatchObject({ message: 'Reference already exists', status: '422' });
    const noObject = await failure(octokit.rest.git.createRef({ ...REPO, ref: 'refs/heads/x', sha: '0'.repeat(40) }));
    expect(noObject.response?.data).toMatchObject({ message: 'Object does not exist' });

    const commit = server.state.seedFile(FULL, FILE, 'draft\n', { branch: 'main' });
    const forward = await octokit.rest.git.updateRef({ ...REPO, ref: `heads/${BRANCH}`, sha: commit.sha });
    contract.check('git/update-ref', 200, forward.data);
    expect(forward.data.object.sha).toBe(commit.sha);
    const backward = await failure(octokit.rest.git.updateRef({ ...REPO, ref: `heads/${BRANCH}`, sha: start }));
    expect(backward.status).toBe(422);
    contract.check('git/update-ref', 422, backward.response?.data);
    expect(backward.response?.data).toMatchObject({ message: 'Update is not a fast forward' });
    expect(
      (await octokit.rest.git.updateRef({ ...REPO, ref: `heads/${BRANCH}`, sha: start, force: true })).data.object.sha,
    ).toBe(start);

    expect((await octokit.rest.git.deleteRef({ ...REPO, ref: `heads/${BRANCH}` })).status).toBe(204);
    expect((await failure(octokit.rest.git.getRef({ ...REPO, ref: `heads/${BRANCH}` }))).status).toBe(404);
    const gone = await failure(octokit.rest.git.deleteRef({ ...REPO, ref: `heads/${BRANCH}` }));
    expect(gone.status).toBe(422);
    expect(gone.response?.data).toMatchObject({ message: 'Reference does not exist' });
  });

  it('GET a branch: its tip commit in the commits API shape; 404 "Branch not found"', async () => {
    server.state.seedFile(FULL, FILE, '# Q1\n', { branch: BRANCH, message: 'Add Q1 review' });
    const branch = await octokit.rest.repos.getBranch({ ...REPO, branch: BRANCH });
    contract.check('repos/get-branch', 200, branch.data);
    expect(branch.data).toMatchObject({
      name: BRANCH,
      protected: false,
      commit: { commit: { message: 'Add Q1 review' }, author: { login: 'incidents-bot' } },
    });
    const ref = await octokit.rest.git.getRef({ ...REPO, ref: `heads/${BRANCH}` });
    expect(branch.data.commit.sha).toBe(ref.data.object.sha);
    expect(branch.data.commit.parents[0]?.sha).toBe(
      (await octokit.rest.git.getRef({ ...REPO, ref: 'heads/main' })).data.object.sha,
    );

    const missing = await failure(octokit.rest.repos.getBranch({ ...REPO, branch: 'nope' }));
    expect(missing.status).toBe(404);
    contract.check('repos/get-branch', 404, missing.response?.data);
    expect(missing.response?.data).toMatchObject({ message: 'Branch not found' });
  });
});

describe('contents', () => {
  it('GET a file (base64, git blob sha) or a directory, at a branch; 404 for a missing file or ref', async () => {
    const text = '# Batch review 2026 Q1\n\nÜbersicht — 3 incidents.\n';
    server.state.seedFile(FULL, FILE, text, { branch: BRANCH });
    const file = await octokit.rest.repos.getContent({ ...REPO, path: FILE, ref: BRANCH });
    contract.check('repos/get-content', 200, file.data);
    const data = fileData(file.data);
    expect(data.type).toBe('file');
    expect(unb64(data.content)).toBe(text);
    expect(data.sha).toBe(gitBlobSha(text));

    const dir = await octokit.rest.repos.getContent({ ...REPO, path: 'reviews', ref: BRANCH });
    contract.check('repos/get-content', 200, dir.data);
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.name, e.type])).toEqual([['2026-q1.md', 'file']]);
    const root = await octokit.rest.repos.getContent({ ...REPO, path: '' });
    expect(Array.isArray(root.data) && root.data.map((e) => e.name)).toEqual(['README.md']);

    const onMain = await failure(octokit.rest.repos.getContent({ ...REPO, path: FILE }));
    expect(onMain.status).toBe(404);
    contract.check('repos/get-content', 404, onMain.response?.data);
    const badRef = await failure(octokit.rest.repos.getContent({ ...REPO, path: FILE, ref: 'nope' }));
    expect(badRef.response?.data).toMatchObject({ message: 'No commit found for the ref nope' });
  });

  it('PUT creates (201) and updates (200, sha required: 422 missing, 409 stale); 404 for an unknown branch', async () => {
    server.state.seedBranch(FULL, BRANCH);
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: FILE,
      branch: BRANCH,
      message: 'Add Q1 review',
      content: b64('v1\n'),
    });
    expect(created.status).toBe(201);
    contract.check('repos/create-or-update-file-contents', 201, created.data);
    expect(created.data.content?.sha).toBe(gitBlobSha('v1\n'));
    expect(created.data.commit.message).toBe('Add Q1 review');
    expect(server.state.fileAt(FULL, BRANCH, FILE)).toBe('v1\n');
    expect(server.state.fileAt(FULL, 'main', FILE)).toBeUndefined();

    const noSha = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...REPO,
        path: FILE,
        branch: BRANCH,
        message: 'm',
        content: b64('v2\n'),
      }),
    );
    expect(noSha.status).toBe(422);
    contract.check('repos/create-or-update-file-contents', 422, noSha.response?.data);
    expect(noSha.response?.data).toMatchObject({ message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    const stale = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...REPO,
        path: FILE,
        branch: BRANCH,
        message: 'm',
        content: b64('v2\n'),
        sha: gitBlobSha('v0\n'),
      }),
    );
    expect(stale.status).toBe(409);
    // This operation's 409 is oneOf(basic-error, rule-violation), and any basic error fits both, so
    // no body (GitHub's own included) passes it; the plain basic-error schema is checked instead.
    contract.check('git/create-ref', 409, stale.response?.data);
    expect(stale.response?.data).toMatchObject({
      message: `${FILE} does not match ${gitBlobSha('v0\n')}`,
      status: '409',
    });

    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: FILE,
      branch: BRANCH,
      message: 'Update Q1 review',
      content: b64('v2\n'),
      sha: created.data.content?.sha,
    });
    expect(updated.status).toBe(200);
    contract.check('repos/create-or-update-file-contents', 200, updated.data);
    expect(updated.data.commit.parents?.map((p) => p.sha)).toEqual([created.data.commit.sha]);
    expect(server.state.fileAt(FULL, BRANCH, FILE)).toBe('v2\n');

    const noBranch = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...REPO,
        path: FILE,
        branch: 'nope',
        message: 'm',
        content: b64('x'),
      }),
    );
    expect(noBranch.status).toBe(404);
    contract.check('repos/create-or-update-file-contents', 404, noBranch.response?.data);
    expect(noBranch.response?.data).toMatchObject({ message: 'Branch nope not found' });
  });
});

/** The batch-review flow's first half: a branch from main with one new file on it. */
async function branchWithFile(branch: string, path: string, text: string): Promise<string> {
  const main = await octokit.rest.git.getRef({ ...REPO, ref: 'heads/main' });
  await octokit.rest.git.createRef({ ...REPO, ref: `refs/heads/${branch}`, sha: main.data.object.sha });
  const put = await octokit.rest.repos.createOrUpdateFileContents({
    ...REPO,
    path,
    branch,
    message: `Add ${path}`,
    content: b64(text),
  });
  return put.data.content?.sha ?? '';
}

describe('pull requests', () => {
  it('the batch-review flow: branch, file, PR, find by head, update file and body; a second PR for the head is 422', async () => {
    server.state.seedIssue(FULL, { title: 'an issue first' });
    const fileSha = await branchWithFile(BRANCH, FILE, '# Q1\n\nDraft.\n');

    const created = await octokit.rest.pulls.create({
      ...REPO,
      title: 'Batch review 2026 Q1',
      head: BRANCH,
      base: 'main',
      body: 'v1',
    });
    expect(created.status).toBe(201);
    contract.check('pulls/create', 201, created.data);
    expect(created.headers.location).toBe(created.data.url);
    // Pull requests take numbers from the issues' sequence.
    expect(created.data).toMatchObject({
      number: 2,
      state: 'open',
      draft: false,
      head: { ref: BRANCH, label: `octo:${BRANCH}` },
      base: { ref: 'main' },
    });
    expect(server.state.seedIssue(FULL, { title: 'and after' }).number).toBe(3);

    const found = await octokit.rest.pulls.list({ ...REPO, head: `octo:${BRANCH}`, state: 'open' });
    contract.check('pulls/list', 200, found.data);
    expect(found.data.map((p) => p.number)).toEqual([2]);
    expect((await octokit.rest.pulls.list({ ...REPO, head: 'octo:other' })).data).toEqual([]);

    const updatedFile = await octokit.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: FILE,
      branch: BRANCH,
      message: 'Update Q1 review',
      content: b64('# Q1\n\nFinal.\n'),
      sha: fileSha,
    });
    const updated = await octokit.rest.pulls.update({ ...REPO, pull_number: 2, body: 'v2' });
    contract.check('pulls/update', 200, updated.data);
    expect(updated.data).toMatchObject({
      body: 'v2',
      head: { sha: updatedFile.data.commit.sha },
      commits: 2,
      changed_files: 1,
      additions: 3,
      deletions: 0,
    });

    const second = await failure(
      octokit.rest.pulls.create({ ...REPO, title: 'again', head: `octo:${BRANCH}`, base: 'main' }),
    );
    expect(second.status).toBe(422);
    contract.check('pulls/create', 422, second.response?.data);
    expect(second.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for octo:${BRANCH}.` },
      ],
    });

    expect(server.state.fileAt(FULL, BRANCH, FILE)).toBe('# Q1\n\nFinal.\n');
    expect(server.state.pulls(FULL)).toMatchObject([
      {
        number: 2,
        title: 'Batch review 2026 Q1',
        body: 'v2',
        head: BRANCH,
        base: 'main',
        state: 'open',
        author: 'incidents-bot',
      },
    ]);
  });

  it('422 when head has nothing base lacks, or a branch does not exist; 404 for an issue number', async () => {
    server.state.seedBranch(FULL, 'empty');
    const none = await failure(octokit.rest.pulls.create({ ...REPO, title: 't', head: 'empty', base: 'main' }));
    expect(none.status).toBe(422);
    contract.check('pulls/create', 422, none.response?.data);
    expect(none.response?.data).toMatchObject({
      errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and empty' }],
    });
    const noHead = await failure(octokit.rest.pulls.create({ ...REPO, title: 't', head: 'nope', base: 'main' }));
    expect(noHead.response?.data).toMatchObject({
      errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
    });
    expect(server.state.repo(FULL)?.issues).toHaveLength(0);

    const issue = server.state.seedIssue(FULL, { title: 'plain issue' });
    const notPull = await failure(octokit.rest.pulls.get({ ...REPO, pull_number: issue.number }));
    expect(notPull.status).toBe(404);
    contract.check('pulls/get', 404, notPull.response?.data);
  });

  it('GITHUB_TOKEN gets 403 on POST /pulls until "Allow GitHub Actions to create and approve pull requests" is on; titles over 256 characters are 422', async () => {
    server.state.tokens.set('ghs_actions', 'github-actions[bot]');
    const actions = new Octokit({ baseUrl: server.url, auth: 'ghs_actions', log: quiet });
    server.state.seedFile(FULL, FILE, 'x\n', { branch: BRANCH });
    const refused = await failure(actions.rest.pulls.create({ ...REPO, title: 't', head: BRANCH, base: 'main' }));
    expect(refused.status).toBe(403);
    contract.check('pulls/create', 403, refused.response?.data);
    expect(refused.response?.data).toMatchObject({
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    server.state.repo(FULL)!.actions_can_create_pull_requests = true;
    const long = await failure(
      actions.rest.pulls.create({ ...REPO, title: 'x'.repeat(257), head: BRANCH, base: 'main' }),
    );
    expect(long.status).toBe(422);
    contract.check('pulls/create', 422, long.response?.data);
    const opened = await actions.rest.pulls.create({ ...REPO, title: 'x'.repeat(256), head: BRANCH, base: 'main' });
    contract.check('pulls/create', 201, opened.data);
    expect(server.state.pulls(FULL).map((p) => [p.author, p.title.length])).toEqual([['github-actions[bot]', 256]]);
  });

  it('a PR is an issue: listed with pull_request, gets and lists issue comments; detail counters and files', async () => {
    await branchWithFile(BRANCH, FILE, 'line 1\nline 2\n');
    server.state.seedFile(FULL, 'README.md', '# incidents\n\nMore.\n', { branch: BRANCH });
    const pr = await octokit.rest.pulls.create({ ...REPO, title: 'Review', head: BRANCH, base: 'main', draft: true });
    server.state.seedIssue(FULL, { title: 'plain issue' });

    const issues = await octokit.rest.issues.listForRepo(REPO);
    contract.check('issues/list-for-repo', 200, issues.data);
    expect(issues.data.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [2, false],
      [1, true],
    ]);
    const asIssue = await octokit.rest.issues.get({ ...REPO, issue_number: pr.data.number });
    contract.check('issues/get', 200, asIssue.data);
    expect(asIssue.data.pull_request?.url).toBe(pr.data.url);
    expect(asIssue.data.html_url).toBe(pr.data.html_url);

    const comment = await octokit.rest.issues.createComment({
      ...REPO,
      issue_number: pr.data.number,
      body: 'Review notes are ready.',
    });
    contract.check('issues/create-comment', 201, comment.data);
    const comments = await octokit.rest.issues.listComments({ ...REPO, issue_number: pr.data.number });
    contract.check('issues/list-comments', 200, comments.data);
    expect(comments.data.map((c) => c.body)).toEqual(['Review notes are ready.']);

    const got = await octokit.rest.pulls.get({ ...REPO, pull_number: pr.data.number });
    contract.check('pulls/get', 200, got.data);
    expect(got.data).toMatchObject({
      draft: true,
      comments: 1,
      commits: 2,
      changed_files: 2,
      additions: 4,
      deletions: 0,
      mergeable: true,
      mergeable_state: 'draft',
    });

    const files = await octokit.rest.pulls.listFiles({ ...REPO, pull_number: pr.data.number });
    contract.check('pulls/list-files', 200, files.data);
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'modified', 2, 0],
      [FILE, 'added', 2, 0],
    ]);
    expect(files.data[0]?.patch).toBe('@@ -1 +1,3 @@\n # incidents\n+\n+More.');
  });

  it('close, filter by state, reopen; deleting the head branch closes it; base must exist', async () => {
    await branchWithFile(BRANCH, FILE, 'x\n');
    const pr = await octokit.rest.pulls.create({ ...REPO, title: 'Review', head: BRANCH, base: 'main' });
    const closed = await octokit.rest.pulls.update({ ...REPO, pull_number: pr.data.number, state: 'closed' });
    contract.check('pulls/update', 200, closed.data);
    expect(closed.data).toMatchObject({ state: 'closed', merged: false, mergeable: null });
    expect(closed.data.closed_at).toMatch(/Z$/);
    expect((await octokit.rest.pulls.list(REPO)).data).toEqual([]);
    expect((await octokit.rest.pulls.list({ ...REPO, state: 'closed' })).data.map((p) => p.number)).toEqual([1]);

    const reopened = await octokit.rest.pulls.update({ ...REPO, pull_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({ state: 'open', closed_at: null });
    const badBase = await failure(octokit.rest.pulls.update({ ...REPO, pull_number: 1, base: 'nope' }));
    expect(badBase.status).toBe(422);
    contract.check('pulls/update', 422, badBase.response?.data);

    await octokit.rest.git.deleteRef({ ...REPO, ref: `heads/${BRANCH}` });
    expect(server.state.pulls(FULL)).toMatchObject([{ number: 1, state: 'closed' }]);
  });

  it('GET pulls pages like issues, with Link headers through /repositories/{id}', async () => {
    for (let i = 0; i < 35; i++) {
      server.state.seedFile(FULL, `f${i}.md`, `${i}\n`, { branch: `b${i}` });
      server.state.seedPull(FULL, { head: `b${i}`, title: `PR ${i}` });
    }
    const first = await octokit.rest.pulls.list({ ...REPO, per_page: 20 });
    contract.check('pulls/list', 200, first.data);
    expect(first.data[0]?.number).toBe(35);
    expect(first.headers.link).toContain(
      `/repositories/${server.state.repo(FULL)?.id}/pulls?per_page=20&page=2>; rel="next"`,
    );
    const all = await octokit.paginate(octokit.rest.pulls.list, { ...REPO, per_page: 20 });
    expect(all.map((p) => p.number)).toEqual(Array.from({ length: 35 }, (_, i) => 35 - i));
  });
});

describe('the server’s machinery applies to the new routes', () => {
  it('faults, request recording, rate-limit headers, auth and write counting', async () => {
    server.state.seedBranch(FULL, BRANCH);
    const writes: string[] = [];
    server.on('write', (req) => writes.push(`${req.method} ${req.path}`));

    server.faults.add({ method: 'PUT', path: /\/contents\//, kind: { type: 'status', status: 502 } });
    const faulted = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...REPO,
        path: FILE,
        branch: BRANCH,
        message: 'm',
        content: b64('x'),
      }),
    );
    expect(faulted.status).toBe(502);
    expect(server.state.fileAt(FULL, BRANCH, FILE)).toBeUndefined();
    expect(server.requests.at(-1)).toMatchObject({
      method: 'PUT',
      status: 502,
      fault: 'status',
      body: { message: 'm', branch: BRANCH },
    });

    const put = await octokit.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: FILE,
      branch: BRANCH,
      message: 'm',
      content: b64('x'),
    });
    expect(put.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(put.headers['x-ratelimit-used'])).toBeGreaterThan(0);
    const pr = await octokit.rest.pulls.create({ ...REPO, title: 't', head: BRANCH, base: 'main' });
    expect(writes).toEqual([`PUT /repos/${FULL}/contents/${encodeURIComponent(FILE)}`, `POST /repos/${FULL}/pulls`]);

    const anonymous = new Octokit({ baseUrl: server.url, log: quiet });
    expect((await anonymous.rest.pulls.get({ ...REPO, pull_number: pr.data.number })).status).toBe(200);
    const anonymousWrite = await failure(
      anonymous.rest.pulls.update({ ...REPO, pull_number: pr.data.number, body: 'x' }),
    );
    expect(anonymousWrite.status).toBe(401);
    const unknownRepo = await failure(octokit.rest.pulls.list({ owner: 'octo', repo: 'nope' }));
    expect(unknownRepo.status).toBe(404);

    server.faults.dieAfterWrites(0);
    expect((await failure(octokit.rest.git.getRef({ ...REPO, ref: 'heads/main' }))).response).toBeUndefined();
  });

  it('seeded history: seedFile on a new branch cuts it from the default branch; fileAt reads any ref', () => {
    const s = server.state;
    const first = s.seedFile(FULL, 'a.md', 'a\n');
    const onBranch = s.seedFile(FULL, 'b.md', 'b\n', { branch: 'topic' });
    expect(onBranch.parent).toBe(first.sha);
    expect(s.fileAt(FULL, 'topic', 'a.md')).toBe('a\n');
    expect(s.fileAt(FULL, 'main', 'b.md')).toBeUndefined();
    expect(s.fileAt(FULL, onBranch.sha, 'b.md')).toBe('b\n');
    expect(s.fileAt(FULL, 'nope', 'a.md')).toBeUndefined();
    expect(s.fileAt(FULL, 'main', 'README.md')).toBe('# incidents\n');
  });
});
