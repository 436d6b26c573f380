import type { AppliedOperation } from './apply';
import type { FollowUpState, Operation, Plan } from './types';

export interface SyncReport {
  readonly mode: 'dry-run' | 'no-token' | 'applied';
  readonly repo: string | undefined;
  readonly notices: readonly string[];
  /** Incident files with errors: not synced, their issues left alone. */
  readonly skipped: readonly string[];
  readonly plan: Plan;
  readonly applied: readonly AppliedOperation[];
  /** Left for the next run by the max-operations cap. */
  readonly pending: readonly Operation[];
  readonly failed?: { readonly operation: Operation; readonly message: string };
  readonly notAttempted: readonly Operation[];
  readonly warnings: readonly string[];
  /** Each follow-up's issue and state, after this run. */
  readonly followUps: readonly FollowUpState[];
}

/** A sync that could not finish (bad token, missing repository): exit 1 with this message. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
}

/** The one line a failed sync ends with (stderr in the CLI, the failed step's message in the Action). */
export function syncFailureLine(report: SyncReport): string | undefined {
  if (!report.failed) return undefined;
  const { operation, message } = report.failed;
  const total = report.applied.length + 1 + report.notAttempted.length;
  return `sync stopped at ${operation.kind} ${operation.key} (${report.applied.length} of ${total} operations applied): ${message}`;
}

/** Each follow-up's issue and state once the applied operations are done. */
export function stateAfter(plan: Plan, applied: readonly AppliedOperation[]): FollowUpState[] {
  const created = new Map(applied.filter((a) => a.operation.kind === 'create').map((a) => [a.operation.key, a]));
  return plan.followUps.map((state) => {
    const done = created.get(state.key);
    if (!done || done.operation.kind !== 'create') return state;
    const closeAs = done.operation.closeAs;
    return {
      ...state,
      issue: done.issue,
      url: done.url,
      state: closeAs ? 'closed' : 'open',
      stateReason: closeAs ?? null,
    };
  });
}
