import { invalidRequest } from '../errors';
import { pageReply, paginate } from '../pagination';
import { renderIssue } from '../render/issue';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import type { IssueRecord } from '../types';
import { DOC } from './docs';
import { findIssue, oneOf } from './input';
import { createIssue, updateIssue } from './issue-writes';

const SORT_KEYS = {
  created: (i: IssueRecord) => i.created_at,
  updated: (i: IssueRecord) => i.updated_at,
  comments: (i: IssueRecord) => i.comments,
} as const;

/** Filters in the order GitHub documents them; every filter narrows. */
function filterIssues(ctx: RepoContext): IssueRecord[] {
  const state = oneOf(ctx, 'state', ['open', 'closed', 'all'], 'open');
  // labels=a,b means "has a AND b", compared case-insensitively.
  const labels = (ctx.query.labels ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = ctx.query.creator?.toLowerCase();
  const assignee = ctx.query.assignee?.toLowerCase();
  const since = ctx.query.since === undefined ? undefined : Date.parse(ctx.query.since);
  if (since !== undefined && Number.isNaN(since)) {
    throw invalidRequest(`For 'properties/since', "${ctx.query.since}" is not a timestamp.`, ctx.doc);
  }
  return ctx.repo.issues.filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    if (labels.length > 0) {
      const have = new Set(issue.labels.map((l) => l.toLowerCase()));
      if (!labels.every((l) => have.has(l))) return false;
    }
    if (creator && issue.author.toLowerCase() !== creator) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (
      assignee &&
      assignee !== 'none' &&
      assignee !== '*' &&
      !issue.assignees.some((a) => a.toLowerCase() === assignee)
    )
      return false;
    if (since !== undefined && Date.parse(issue.updated_at) < since) return false;
    return true;
  });
}

function listIssues(ctx: RepoContext): Reply {
  const sort = oneOf(ctx, 'sort', ['created', 'updated', 'comments'], 'created');
  const direction = oneOf(ctx, 'direction', ['asc', 'desc'], 'desc');
  const key = SORT_KEYS[sort];
  const sign = direction === 'asc' ? 1 : -1;
  // Ties (same second) fall back to the issue number, so order is stable across pages.
  const sorted = filterIssues(ctx).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return sign * (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number);
  });
  const page = paginate(sorted, ctx.search, ctx.linkBase);
  return pageReply({ ...page, items: page.items.map((i) => renderIssue(ctx.view, ctx.repo, i)) });
}

function getIssue(ctx: RepoContext): Reply {
  const issue = findIssue(ctx.repo, ctx.params.issue_number, ctx.doc);
  return { status: 200, body: renderIssue(ctx.view, ctx.repo, issue, true) };
}

export const issueRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/issues', DOC.listIssues, listIssues),
  repoRoute('POST', '/repos/{owner}/{repo}/issues', DOC.createIssue, createIssue),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', DOC.getIssue, getIssue),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', DOC.updateIssue, updateIssue),
];
