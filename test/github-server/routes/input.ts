import { invalidRequest, notFound, validationFailed } from '../errors';
import type { RepoContext } from '../router';
import type { IssueRecord, RepoRecord } from '../types';

/**
 * Request-body checks worded as GitHub words them. GitHub validates the body
 * against the operation's JSON schema first ("Invalid request. For
 * 'properties/x', ... is not a string.") and only then applies domain rules
 * ("Validation Failed" with an errors array).
 */

export type Body = Record<string, unknown>;

export function objectBody(body: unknown, doc: string): Body {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest(`${JSON.stringify(body)} is not an object.`, doc);
  }
  return body as Body;
}

function notA(key: string, value: unknown, kind: string, doc: string): never {
  throw invalidRequest(`For 'properties/${key}', ${JSON.stringify(value)} is not ${kind}.`, doc);
}

/** Undefined when absent; GitHub accepts numbers where it documents string | integer (titles). */
export function stringField(
  body: Body,
  key: string,
  doc: string,
  opts: { nullable?: boolean; number?: boolean } = {},
): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null && opts.nullable) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && opts.number) return String(value);
  return notA(key, value, 'a string', doc);
}

export function requireString(body: Body, key: string, doc: string, opts: { number?: boolean } = {}): string {
  const value = stringField(body, key, doc, opts);
  if (value === undefined || value === null) throw invalidRequest(`"${key}" wasn't supplied.`, doc);
  return value;
}

export function booleanField(body: Body, key: string, doc: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || typeof value === 'boolean') return value;
  return notA(key, value, 'a boolean', doc);
}

/** A query parameter restricted to a set of values, with GitHub's 422 wording for any other. */
export function oneOf<T extends string>(ctx: RepoContext, key: string, allowed: readonly T[], fallback: T): T {
  const value = ctx.query[key];
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalidRequest(`For 'properties/${key}', "${value}" is not one of ${JSON.stringify(allowed)}.`, ctx.doc);
}

/** labels: strings or {name} objects, duplicates dropped (case-insensitively). */
export function labelNames(body: Body, doc: string): string[] | undefined {
  const value = body.labels;
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (!Array.isArray(value)) return notA('labels', value, 'an array', doc);
  const names = value.map((item: unknown) => {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object' && typeof (item as Body).name === 'string')
      return (item as Body).name as string;
    return notA('labels', item, 'a string', doc);
  });
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

/**
 * assignees (array) or the older single `assignee`. A login that cannot be
 * assigned in this repository is a 422 naming it, one error per login.
 */
export function assigneeLogins(ctx: RepoContext, body: Body): string[] | undefined {
  let field: 'assignees' | 'assignee' = 'assignees';
  let logins: string[] | undefined;
  if (body.assignees !== undefined) {
    if (body.assignees === null) logins = [];
    else if (!Array.isArray(body.assignees)) return notA('assignees', body.assignees, 'an array', ctx.doc);
    else
      logins = body.assignees.map((l: unknown) =>
        typeof l === 'string' ? l : notA('assignees', l, 'a string', ctx.doc),
      );
  } else if (body.assignee !== undefined) {
    field = 'assignee';
    const one = stringField(body, 'assignee', ctx.doc, { nullable: true });
    logins = one ? [one] : [];
  }
  if (logins === undefined) return undefined;
  const invalid = logins.filter((login) => !ctx.repo.assignable.has(login.toLowerCase()));
  if (invalid.length > 0) {
    throw validationFailed(
      invalid.map((value) => ({ value, resource: 'Issue', field, code: 'invalid' })),
      ctx.doc,
    );
  }
  return [...new Set(logins.map((login) => ctx.state.user(login).login))];
}

/** Path numbers: anything but a positive integer names no resource. */
export function numberParam(raw: string | undefined, doc: string): number {
  if (!raw || !/^\d+$/.test(raw)) throw notFound(doc);
  return Number(raw);
}

export function findIssue(repo: RepoRecord, raw: string | undefined, doc: string): IssueRecord {
  const issue = repo.issues[numberParam(raw, doc) - 1];
  if (!issue) throw notFound(doc);
  return issue;
}

/** GitHub's limit on issue and pull request titles, in characters. */
export const MAX_TITLE_CHARS = 256;

/** A title over GitHub's limit: 422 Validation Failed, on create and update alike. */
export function checkTitleLength(
  title: string | null | undefined,
  resource: 'Issue' | 'PullRequest',
  doc: string,
): void {
  if (typeof title !== 'string' || [...title].length <= MAX_TITLE_CHARS) return;
  throw validationFailed(
    [
      {
        resource,
        code: 'custom',
        field: 'title',
        message: `title is too long (maximum is ${MAX_TITLE_CHARS} characters)`,
      },
    ],
    doc,
  );
}
