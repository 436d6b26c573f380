import { pageReply, paginate } from '../pagination';
import { pullChanges, renderPull, renderPullFile } from '../render/pull';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import type { IssueRecord, PullRecord } from '../types';
import { DOC } from './docs';
import { oneOf } from './input';
import { createPull, findPull, updatePull } from './pull-writes';

type Pair = { pull: PullRecord; issue: IssueRecord };

const SORT_KEYS = {
  created: ({ issue }: Pair) => issue.created_at,
  updated: ({ issue }: Pair) => issue.updated_at,
  popularity: ({ issue }: Pair) => issue.comments,
  'long-running': ({ issue }: Pair) => issue.created_at,
} as const;

/**
 * head is "owner:branch" (or just "owner"); base is a branch name. The sort
 * direction defaults to desc for `created` and asc otherwise, as documented.
 */
function listPulls(ctx: RepoContext): Reply {
  const state = oneOf(ctx, 'state', ['open', 'closed', 'all'], 'open');
  const sort = oneOf(ctx, 'sort', ['created', 'updated', 'popularity', 'long-running'], 'created');
  const direction = oneOf(ctx, 'direction', ['asc', 'desc'], sort === 'created' ? 'desc' : 'asc');
  const [headOwner, headBranch] = ctx.query.head === undefined ? [] : ctx.query.head.split(/:(.*)/s);
  const pairs: Pair[] = [];
  for (const pull of ctx.repo.pulls.values()) {
    const issue = ctx.repo.issues[pull.number - 1];
    if (!issue || (state !== 'all' && issue.state !== state)) continue;
    if (headOwner !== undefined && headOwner.toLowerCase() !== ctx.repo.owner.toLowerCase()) continue;
    if (headBranch !== undefined && pull.head !== headBranch) continue;
    if (ctx.query.base !== undefined && pull.base !== ctx.query.base) continue;
    pairs.push({ pull, issue });
  }
  const key = SORT_KEYS[sort];
  const sign = direction === 'asc' ? 1 : -1;
  pairs.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return sign * (ka < kb ? -1 : ka > kb ? 1 : a.pull.number - b.pull.number);
  });
  const page = paginate(pairs, ctx.search, ctx.linkBase);
  return pageReply({
    ...page,
    items: page.items.map(({ pull, issue }) => renderPull(ctx.view, ctx.repo, pull, issue)),
  });
}

function getPull(ctx: RepoContext): Reply {
  const { pull, issue } = findPull(ctx);
  return { status: 200, body: renderPull(ctx.view, ctx.repo, pull, issue, { detail: true }) };
}

/** Files changed against the merge base with base, by path, paginated like every list. */
function listFiles(ctx: RepoContext): Reply {
  const { pull } = findPull(ctx);
  const page = paginate(pullChanges(ctx.repo, pull).files, ctx.search, ctx.linkBase);
  return pageReply({
    ...page,
    items: page.items.map((file) => renderPullFile(ctx.view, ctx.repo, pull.head_sha, file)),
  });
}

export const pullRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/pulls', DOC.listPulls, listPulls),
  repoRoute('POST', '/repos/{owner}/{repo}/pulls', DOC.createPull, createPull),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', DOC.getPull, getPull),
  repoRoute('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', DOC.updatePull, updatePull),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', DOC.listPullFiles, listFiles),
];
