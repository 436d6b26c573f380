import { invalidRequest, notFound } from '../errors';
import { pageReply, paginate } from '../pagination';
import { renderComment } from '../render/issue';
import { repoRoute, type RepoContext, type Reply, type Route } from '../router';
import type { CommentRecord } from '../types';
import { DOC } from './docs';
import { findIssue, numberParam, objectBody, requireString } from './input';

/** Oldest first, as GitHub lists issue comments; `since` keeps those updated at or after it. */
function listComments(ctx: RepoContext): Reply {
  const issue = findIssue(ctx.repo, ctx.params.issue_number, ctx.doc);
  const since = ctx.query.since === undefined ? undefined : Date.parse(ctx.query.since);
  if (since !== undefined && Number.isNaN(since)) {
    throw invalidRequest(`For 'properties/since', "${ctx.query.since}" is not a timestamp.`, ctx.doc);
  }
  const comments = [...ctx.repo.comments.values()]
    .filter((c) => c.issue_number === issue.number && (since === undefined || Date.parse(c.updated_at) >= since))
    .sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.search, ctx.linkBase);
  return pageReply({ ...page, items: page.items.map((c) => renderComment(ctx.view, ctx.repo, c)) });
}

/** A comment bumps its issue's counter and updated_at, which `sort=updated` and `since` then see. */
function createComment(ctx: RepoContext): Reply {
  const issue = findIssue(ctx.repo, ctx.params.issue_number, ctx.doc);
  const body = requireString(objectBody(ctx.body, ctx.doc), 'body', ctx.doc);
  const comment = ctx.state.seedComment(ctx.repo.full_name, issue.number, { body, author: ctx.login ?? undefined });
  const rendered = renderComment(ctx.view, ctx.repo, comment);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

function findComment(ctx: RepoContext): CommentRecord {
  const comment = ctx.repo.comments.get(numberParam(ctx.params.comment_id, ctx.doc));
  if (!comment) throw notFound(ctx.doc);
  return comment;
}

function getComment(ctx: RepoContext): Reply {
  return { status: 200, body: renderComment(ctx.view, ctx.repo, findComment(ctx)) };
}

function updateComment(ctx: RepoContext): Reply {
  const comment = findComment(ctx);
  comment.body = requireString(objectBody(ctx.body, ctx.doc), 'body', ctx.doc);
  comment.updated_at = ctx.state.now();
  return { status: 200, body: renderComment(ctx.view, ctx.repo, comment) };
}

export const commentRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', DOC.listComments, listComments),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', DOC.createComment, createComment),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', DOC.getComment, getComment),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', DOC.updateComment, updateComment),
];
