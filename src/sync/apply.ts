import { isTransient } from '../github/transient';
import type { GitHubClient, Logger } from '../github/client';
import type { Timing } from '../github/timing';
import type { ExistingIssue } from '../github/api/issue-shape';
import type { Operation } from './types';
import { readMarker } from './markers';
import { describeError } from '../github/explain-failure';
import { listIssuesBy } from '../github/api/list-issues';
import type { RepoRef } from '../github/api/repo';
import { addComment, createIssue, refusedAssignees, setIssueState, updateIssue } from '../github/api/write-issues';

export interface AppliedOperation {
  readonly operation: Operation;
  /** The issue the operation wrote (new for creates). */
  readonly issue: number;
  readonly url: string;
}

export interface ApplyResult {
  readonly applied: readonly AppliedOperation[];
  /** The operation that failed and stopped the run, if any; `error` is what the request rejected with. */
  readonly failed?: { readonly operation: Operation; readonly message: string; readonly error: unknown };
  /** Operations not attempted because an earlier one failed. */
  readonly notAttempted: readonly Operation[];
  readonly warnings: readonly string[];
}

export interface ApplyContext {
  readonly client: GitHubClient;
  readonly repo: RepoRef;
  /** The token's identity: a create that may have landed is looked for among its issues. */
  readonly ownLogin: string;
  readonly log: Logger;
  readonly timing: Timing;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isRefusedAssignee = (error: unknown) => refusedAssignees(error).length > 0;

/** Updates one follow-up's issue; an owner GitHub will not assign is left out, with a warning, rather than stopping the run. */
async function update(
  context: ApplyContext,
  operation: Extract<Operation, { kind: 'update' }>,
  warnings: string[],
): Promise<void> {
  try {
    await updateIssue(context.client, context.repo, operation.issue, operation.changes);
  } catch (error) {
    const { assignees, ...rest } = operation.changes;
    const refused = refusedAssignees(error);
    if (refused.length === 0 || !assignees) throw error;
    warnings.push(
      `${operation.key}: GitHub refused to assign ${refused.map((a) => `@${a}`).join(', ')} (not a collaborator with access?); updated without changing the assignees`,
    );
    if (Object.keys(rest).length > 0) await updateIssue(context.client, context.repo, operation.issue, rest);
  }
}

/**
 * Files one follow-up. A create that failed in transit may still have
 * happened, so before trying again the issues are listed and the marker
 * looked for: a retry never files a second copy.
 */
async function create(
  context: ApplyContext,
  operation: Extract<Operation, { kind: 'create' }>,
  warnings: string[],
): Promise<ExistingIssue> {
  let assignees = operation.assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await createIssue(context.client, context.repo, { ...operation, assignees });
    } catch (error) {
      if (isRefusedAssignee(error) && assignees.length) {
        warnings.push(
          `${operation.key}: GitHub refused to assign ${assignees.map((a) => `@${a}`).join(', ')} (not a collaborator with access?); filed without an assignee`,
        );
        assignees = [];
        continue;
      }
      if (!isTransient(error) || attempt > context.timing.retries) throw error;
      // A create that timed out may still land: give GitHub a moment before looking for it.
      await sleep(context.timing.retryAfterUnitMs * attempt ** 2);
      const wanted = readMarker(operation.body);
      const filed = (await listIssuesBy(context.client, context.repo, context.ownLogin)).find((issue) => {
        const marker = readMarker(issue.body);
        return marker?.key === wanted?.key && marker?.source === wanted?.source;
      });
      if (filed) {
        context.log.warn(`${operation.key}: ${describeError(error)}; it was filed after all, as #${filed.number}`);
        return filed;
      }
      context.log.warn(`${operation.key}: ${describeError(error)}; trying again`);
    }
  }
}

async function applyOne(context: ApplyContext, operation: Operation, warnings: string[]): Promise<AppliedOperation> {
  const { client, repo } = context;
  switch (operation.kind) {
    case 'create': {
      const issue = await create(context, operation, warnings);
      if (operation.closeAs && issue.state === 'open')
        await setIssueState(client, repo, issue.number, 'closed', operation.closeAs);
      return { operation, issue: issue.number, url: issue.url };
    }
    case 'update':
      await update(context, operation, warnings);
      return { operation, issue: operation.issue, url: operation.url };
    case 'close':
      // State first: a crash before the comment loses only the comment, never the close.
      await setIssueState(client, repo, operation.issue, 'closed', operation.reason);
      await addComment(client, repo, operation.issue, operation.comment);
      return { operation, issue: operation.issue, url: operation.url };
    case 'reopen':
      await setIssueState(client, repo, operation.issue, 'open');
      return { operation, issue: operation.issue, url: operation.url };
  }
}

/** The only code that writes follow-ups to GitHub: operations in order, stopping at the first failure. */
export async function applyOperations(context: ApplyContext, operations: readonly Operation[]): Promise<ApplyResult> {
  const applied: AppliedOperation[] = [];
  const warnings: string[] = [];
  for (const [index, operation] of operations.entries()) {
    try {
      applied.push(await applyOne(context, operation, warnings));
    } catch (error) {
      return {
        applied,
        failed: { operation, message: describeError(error), error },
        notAttempted: operations.slice(index + 1),
        warnings,
      };
    }
  }
  return { applied, notAttempted: [], warnings };
}
