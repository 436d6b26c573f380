import { notFound, plainError } from '../errors';
import { isAncestor, treeSha, validBranchName } from '../git';
import { renderBranch, renderRef } from '../render/git';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import { deleteBranch, moveBranch } from '../state-git';
import { DOC } from './docs';
import { booleanField, objectBody, requireString } from './input';

/**
 * Branches through the git refs API and the branches API. Only refs/heads/*
 * exists here. The refs API reports most failures as a bare 422 message
 * ("Reference does not exist"), not a Validation Failed body, and so do we.
 */

/** "heads/x" (how the path names a ref) -> "x"; anything else names nothing that exists here. */
function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('heads/') ? ref.slice('heads/'.length) : undefined;
}

function getRef(ctx: RepoContext): Reply {
  const branch = branchOf(ctx.params.ref);
  const sha = branch === undefined ? undefined : ctx.repo.git.branches.get(branch);
  if (branch === undefined || sha === undefined) throw notFound(ctx.doc);
  return { status: 200, body: renderRef(ctx.view, ctx.repo, branch, sha) };
}

/** POST .../git/refs {ref: "refs/heads/x", sha}: 201, or 422 when it exists or the commit does not. */
function createRef(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  const ref = requireString(body, 'ref', ctx.doc);
  const sha = requireString(body, 'sha', ctx.doc);
  if (!/^refs\/[^/]+\/./.test(ref))
    throw plainError(422, 'Reference name must contain at least three slash-separated components.', ctx.doc);
  // Tags and other namespaces are real on GitHub; this server only keeps branches, and says so.
  if (!ref.startsWith('refs/heads/'))
    throw plainError(422, `${ref}: only refs/heads/* is modelled by the test server`, ctx.doc);
  const branch = ref.slice('refs/heads/'.length);
  if (!validBranchName(branch)) throw plainError(422, `${ref} is not a valid ref name.`, ctx.doc);
  if (ctx.repo.git.branches.has(branch)) throw plainError(422, 'Reference already exists', ctx.doc);
  if (!ctx.repo.git.commits.has(sha)) throw plainError(422, 'Object does not exist', ctx.doc);
  moveBranch(ctx.repo, branch, sha);
  const rendered = renderRef(ctx.view, ctx.repo, branch, sha);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/** PATCH .../git/refs/heads/x {sha, force}: moving a branch anywhere but forward needs force. */
function updateRef(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  const sha = requireString(body, 'sha', ctx.doc);
  const force = booleanField(body, 'force', ctx.doc) ?? false;
  const branch = branchOf(ctx.params.ref);
  const current = branch === undefined ? undefined : ctx.repo.git.branches.get(branch);
  if (branch === undefined || current === undefined) throw plainError(422, 'Reference does not exist', ctx.doc);
  if (!ctx.repo.git.commits.has(sha)) throw plainError(422, 'Object does not exist', ctx.doc);
  if (!force && !isAncestor(ctx.repo.git, current, sha)) throw plainError(422, 'Update is not a fast forward', ctx.doc);
  moveBranch(ctx.repo, branch, sha);
  return { status: 200, body: renderRef(ctx.view, ctx.repo, branch, sha) };
}

/** DELETE .../git/refs/heads/x: 204; pull requests from or into it are closed, as GitHub does. */
function deleteRef(ctx: RepoContext): Reply {
  const branch = branchOf(ctx.params.ref);
  if (branch === undefined || !ctx.repo.git.branches.has(branch))
    throw plainError(422, 'Reference does not exist', ctx.doc);
  if (branch === ctx.repo.default_branch) throw plainError(422, 'Reference update failed', ctx.doc);
  deleteBranch(ctx.state, ctx.repo, branch, ctx.login ?? ctx.state.defaultLogin);
  return { status: 204 };
}

function getBranch(ctx: RepoContext): Reply {
  const name = ctx.params.branch ?? '';
  const commit = ctx.repo.git.commits.get(ctx.repo.git.branches.get(name) ?? '');
  if (!commit) throw plainError(404, 'Branch not found', ctx.doc);
  return { status: 200, body: renderBranch(ctx.view, ctx.repo, name, commit, treeSha(commit.tree)) };
}

export const gitRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{+ref}', DOC.getRef, getRef),
  repoRoute('POST', '/repos/{owner}/{repo}/git/refs', DOC.createRef, createRef),
  repoRoute('PATCH', '/repos/{owner}/{repo}/git/refs/{+ref}', DOC.updateRef, updateRef),
  repoRoute('DELETE', '/repos/{owner}/{repo}/git/refs/{+ref}', DOC.deleteRef, deleteRef),
  repoRoute('GET', '/repos/{owner}/{repo}/branches/{+branch}', DOC.getBranch, getBranch),
];
