import { invalidRequest } from '../errors';
import { renderIssue } from '../render/issue';
import type { RepoContext, Reply } from '../router';
import type { IssueRecord, IssueState, StateReason } from '../types';
import {
  assigneeLogins,
  checkTitleLength,
  findIssue,
  labelNames,
  objectBody,
  requireString,
  stringField,
  type Body,
} from './input';

const STATES: readonly IssueState[] = ['open', 'closed'];
const REASONS: readonly string[] = ['completed', 'not_planned', 'duplicate', 'reopened'];

/** POST /repos/{owner}/{repo}/issues -> 201 with Location, authored by the token's user. */
export function createIssue(ctx: RepoContext): Reply {
  const body = objectBody(ctx.body, ctx.doc);
  const title = requireString(body, 'title', ctx.doc, { number: true });
  checkTitleLength(title, 'Issue', ctx.doc);
  const text = stringField(body, 'body', ctx.doc, { nullable: true });
  const labels = labelNames(body, ctx.doc);
  const assignees = assigneeLogins(ctx, body);
  const issue = ctx.state.seedIssue(ctx.repo.full_name, {
    title,
    body: text ?? null,
    labels,
    assignees,
    author: ctx.login ?? undefined,
  });
  const rendered = renderIssue(ctx.view, ctx.repo, issue, true);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

function parseState(ctx: RepoContext, body: Body): { state?: IssueState; reason?: StateReason } {
  const state = stringField(body, 'state', ctx.doc);
  if (state !== undefined && state !== null && !STATES.includes(state as IssueState)) {
    throw invalidRequest(`For 'properties/state', "${state}" is not one of ["open", "closed"].`, ctx.doc);
  }
  const reason = stringField(body, 'state_reason', ctx.doc, { nullable: true });
  if (reason && !REASONS.includes(reason)) {
    throw invalidRequest(
      `For 'properties/state_reason', "${reason}" is not one of ${JSON.stringify(REASONS)}.`,
      ctx.doc,
    );
  }
  return { state: (state ?? undefined) as IssueState | undefined, reason: reason as StateReason | undefined };
}

/**
 * Closing stamps closed_at/closed_by and a reason (completed unless told);
 * reopening clears closed_at and records "reopened". A reason sent for an
 * already-closed issue re-labels how it was closed.
 */
function applyState(issue: IssueRecord, login: string, now: string, state?: IssueState, reason?: StateReason): void {
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = now;
    issue.closed_by = login;
    issue.state_reason = reason && reason !== 'reopened' ? reason : 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  } else if (issue.state === 'closed' && reason && reason !== 'reopened') {
    issue.state_reason = reason;
  }
}

/** PATCH /repos/{owner}/{repo}/issues/{issue_number}: everything is validated before anything changes. */
export function updateIssue(ctx: RepoContext): Reply {
  const issue = findIssue(ctx.repo, ctx.params.issue_number, ctx.doc);
  const body = objectBody(ctx.body, ctx.doc);
  const title = stringField(body, 'title', ctx.doc, { number: true });
  checkTitleLength(title, 'Issue', ctx.doc);
  const text = stringField(body, 'body', ctx.doc, { nullable: true });
  const labels = labelNames(body, ctx.doc);
  const assignees = assigneeLogins(ctx, body);
  const { state, reason } = parseState(ctx, body);
  const now = ctx.state.now();

  if (title !== undefined && title !== null) issue.title = title;
  if (text !== undefined) issue.body = text;
  if (labels !== undefined) issue.labels = labels.map((name) => ctx.state.ensureLabel(ctx.repo, name).name);
  if (assignees !== undefined) issue.assignees = assignees;
  applyState(issue, ctx.login ?? issue.author, now, state, reason);
  issue.updated_at = now;
  return { status: 200, body: renderIssue(ctx.view, ctx.repo, issue, true) };
}
