import { forbidden, invalidRequest, notFound, validationFailed, type ValidationItem } from '../errors';
import { isAncestor } from '../git';
import { renderPull } from '../render/pull';
import type { RepoContext, Reply } from '../router';
import { openPullFor, seedPull, syncPull } from '../state-pulls';
import type { IssueRecord, PullRecord, RepoRecord } from '../types';
import { booleanField, checkTitleLength, numberParam, objectBody, requireString, stringField } from './input';

/** A pull request by number; an issue's number is a 404 here, as on GitHub. */
export function findPull(ctx: RepoContext): { pull: PullRecord; issue: IssueRecord } {
  const pull = ctx.repo.pulls.get(numberParam(ctx.params.pull_number, ctx.doc));
  const issue = pull && ctx.repo.issues[pull.number - 1];
  if (!pull || !issue) throw notFound(ctx.doc);
  return { pull, issue };
}

/** Pull request rules are reported as Validation Failed with a "custom" message or an invalid field. */
const invalid = (field: string): ValidationItem => ({ resource: 'PullRequest', field, code: 'invalid' });
const custom = (message: string): ValidationItem => ({ resource: 'PullRequest', code: 'custom', message });
const alreadyExists = (repo: RepoRecord, head: string): ValidationItem =>
  custom(`A pull request already exists for ${repo.owner}:${head}.`);

/** "branch" or "owner:branch"; another owner would be a fork, which this server does not model. */
function headBranch(repo: RepoRecord, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

/**
 * POST .../pulls. GitHub's order: both branches must exist, one open pull
 * request per head and base, and head must have commits base lacks.
 */
export function createPull(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  if (body.issue !== undefined)
    throw invalidRequest('Turning an issue into a pull request is not modelled by the test server.', ctx.doc);
  const head = requireString(body, 'head', ctx.doc);
  const base = requireString(body, 'base', ctx.doc);
  const title = stringField(body, 'title', ctx.doc);
  const text = stringField(body, 'body', ctx.doc, { nullable: true });
  const draft = booleanField(body, 'draft', ctx.doc);
  const maintainerCanModify = booleanField(body, 'maintainer_can_modify', ctx.doc);
  if (!title) throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }], ctx.doc);
  checkTitleLength(title, 'PullRequest', ctx.doc);
  // GITHUB_TOKEN may open pull requests only where "Allow GitHub Actions to create and approve pull requests" is on (off by default).
  if (ctx.login?.toLowerCase() === 'github-actions[bot]' && !ctx.repo.actions_can_create_pull_requests)
    throw forbidden('GitHub Actions is not permitted to create or approve pull requests.', ctx.doc);

  const { git } = ctx.repo;
  const branch = headBranch(ctx.repo, head);
  const headSha = branch === undefined ? undefined : git.branches.get(branch);
  const baseSha = git.branches.get(base);
  const problems = [
    ...(headSha === undefined ? [invalid('head')] : []),
    ...(baseSha === undefined ? [invalid('base')] : []),
  ];
  if (problems.length > 0 || branch === undefined || headSha === undefined || baseSha === undefined)
    throw validationFailed(problems, ctx.doc);
  if (openPullFor(ctx.repo, branch, base)) throw validationFailed([alreadyExists(ctx.repo, branch)], ctx.doc);
  if (isAncestor(git, headSha, baseSha))
    throw validationFailed([custom(`No commits between ${base} and ${head}`)], ctx.doc);

  const { pull, issue } = seedPull(ctx.state, ctx.repo, {
    head: branch,
    base,
    title,
    body: text ?? null,
    draft,
    author: ctx.login ?? undefined,
  });
  pull.maintainer_can_modify = maintainerCanModify ?? false;
  const rendered = renderPull(ctx.view, ctx.repo, pull, issue, { detail: true, fresh: true });
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/**
 * PATCH .../pulls/{n}: title, body, state, base. Everything is validated
 * before anything changes. Reopening picks the branches up where they are now.
 */
export function updatePull(ctx: RepoContext): Reply {
  const { pull, issue } = findPull(ctx);
  const body = objectBody(ctx.body, ctx.doc);
  const title = stringField(body, 'title', ctx.doc);
  const text = stringField(body, 'body', ctx.doc, { nullable: true });
  const state = stringField(body, 'state', ctx.doc) ?? undefined;
  const base = stringField(body, 'base', ctx.doc) ?? undefined;
  const maintainerCanModify = booleanField(body, 'maintainer_can_modify', ctx.doc);
  checkTitleLength(title, 'PullRequest', ctx.doc);
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw invalidRequest(`For 'properties/state', ${JSON.stringify(state)} is not one of ["open", "closed"].`, ctx.doc);
  }
  const { git } = ctx.repo;
  if (base !== undefined && !git.branches.has(base)) throw validationFailed([invalid('base')], ctx.doc);
  const reopening = state === 'open' && issue.state === 'closed';
  if (reopening && !git.branches.has(pull.head)) throw validationFailed([invalid('head')], ctx.doc);
  const staysOpen = reopening || (issue.state === 'open' && state !== 'closed');
  const other =
    staysOpen && (reopening || base !== undefined) ? openPullFor(ctx.repo, pull.head, base ?? pull.base) : undefined;
  if (other && other !== pull) throw validationFailed([alreadyExists(ctx.repo, pull.head)], ctx.doc);

  const now = ctx.state.now();
  if (title) issue.title = title;
  if (text !== undefined) issue.body = text;
  if (maintainerCanModify !== undefined) pull.maintainer_can_modify = maintainerCanModify;
  if (base !== undefined) pull.base = base;
  if (state === 'closed' && issue.state === 'open') {
    syncPull(ctx.repo, pull); // the shas it closes with are the branches' now
    Object.assign(issue, { state: 'closed', state_reason: null, closed_at: now, closed_by: ctx.login });
  } else if (reopening) {
    Object.assign(issue, { state: 'open', state_reason: null, closed_at: null });
  }
  issue.updated_at = now;
  return { status: 200, body: renderPull(ctx.view, ctx.repo, pull, issue, { detail: true }) };
}
