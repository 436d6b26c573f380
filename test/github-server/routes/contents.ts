import { invalidRequest, notFound, plainError } from '../errors';
import { blobSha, resolveCommit, treeSha } from '../git';
import { fileEntry, isDirectory, renderDirectory, renderFile } from '../render/content';
import { renderGitCommit } from '../render/git';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import { actorFor, commitChanges } from '../state-git';
import type { GitActor } from '../types';
import { DOC } from './docs';
import { objectBody, requireString, stringField, type Body } from './input';

/** Path as a client writes it: leading and trailing slashes mean nothing to GitHub. */
function pathParam(ctx: RepoContext): string {
  return (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
}

/** GET .../contents/{path}?ref=: a file (base64), a directory listing, or 404. */
function getContent(ctx: RepoContext): Reply {
  const ref = ctx.query.ref || ctx.repo.default_branch;
  const commit = resolveCommit(ctx.repo.git, ref);
  if (!commit) throw plainError(404, `No commit found for the ref ${ref}`, ctx.doc);
  const path = pathParam(ctx);
  const content = commit.tree.get(path);
  if (content !== undefined) return { status: 200, body: renderFile(ctx.view, ctx.repo, ref, path, content) };
  if (isDirectory(commit.tree, path))
    return { status: 200, body: renderDirectory(ctx.view, ctx.repo, ref, commit.tree, path) };
  throw notFound(ctx.doc);
}

/** Strict base64 (whitespace allowed, as GitHub's own wrapped output has it). */
function decodeBase64(content: string, doc: string): string {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1)
    throw plainError(422, 'content is not valid Base64', doc);
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** The optional author/committer object: name and email both, or GitHub rejects it. */
function actorField(body: Body, key: string, doc: string): GitActor | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalidRequest(`For 'properties/${key}', ${JSON.stringify(value)} is not an object.`, doc);
  const name = requireString(value as Body, 'name', doc);
  const email = requireString(value as Body, 'email', doc);
  return { name, email, login: null };
}

/**
 * PUT .../contents/{path}: one commit on the branch. Checks run in GitHub's
 * order: the branch must exist (404), the content must decode (422), and
 * replacing a file needs its current blob sha: missing is 422, stale 409.
 */
function putContent(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  const message = requireString(body, 'message', ctx.doc);
  const content = requireString(body, 'content', ctx.doc);
  const sha = stringField(body, 'sha', ctx.doc);
  const branch = stringField(body, 'branch', ctx.doc) ?? ctx.repo.default_branch;
  const author = actorField(body, 'author', ctx.doc) ?? actorField(body, 'committer', ctx.doc);
  const path = pathParam(ctx);
  const tip = ctx.repo.git.commits.get(ctx.repo.git.branches.get(branch) ?? '');
  if (!tip) throw plainError(404, `Branch ${branch} not found`, ctx.doc);
  const text = decodeBase64(content, ctx.doc);
  if (path === '') throw notFound(ctx.doc);
  // The tree is flat, so a file cannot also be a directory, nor sit below a file; GitHub's wording for these is not known.
  const parents = path
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  if (isDirectory(tip.tree, path) || parents.some((p) => tip.tree.has(p))) {
    throw plainError(422, `${path} conflicts with an existing file or directory`, ctx.doc);
  }
  const existing = tip.tree.get(path);
  if (existing !== undefined && !sha) throw invalidRequest('"sha" wasn\'t supplied.', ctx.doc);
  if (existing !== undefined && sha !== blobSha(existing))
    throw plainError(409, `${path} does not match ${sha}`, ctx.doc);

  const commit = commitChanges(ctx.repo, branch, new Map([[path, text]]), {
    message,
    author: author ?? actorFor(ctx.state, ctx.login ?? ctx.state.defaultLogin),
    date: ctx.state.now(),
  });
  return {
    status: existing === undefined ? 201 : 200,
    body: {
      content: fileEntry(ctx.view, ctx.repo, branch, path, text),
      commit: renderGitCommit(ctx.view, ctx.repo, commit, treeSha(commit.tree)),
    },
  };
}

export const contentRoutes: Route[] = [
  // The root directory, as octokit asks for it with path "" (no trailing slash).
  repoRoute('GET', '/repos/{owner}/{repo}/contents', DOC.getContent, getContent),
  repoRoute('GET', '/repos/{owner}/{repo}/contents/{+path}', DOC.getContent, getContent),
  repoRoute('PUT', '/repos/{owner}/{repo}/contents/{+path}', DOC.putContent, putContent),
];
