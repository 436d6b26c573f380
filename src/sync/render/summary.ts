import type { SyncReport } from '../report';
import type { Operation, UnfiledReason } from '../types';

export interface SyncCounts {
  readonly created: number;
  readonly updated: number;
  readonly closed: number;
  readonly reopened: number;
  readonly pending: number;
}

function count(operations: readonly Operation[], kind: Operation['kind']): number {
  return operations.filter((op) => op.kind === kind).length;
}

/** What happened (or, in a dry run, what would happen), as the outputs report it. */
export function syncCounts(report: SyncReport): SyncCounts {
  const done =
    report.mode === 'applied'
      ? report.applied.map((a) => a.operation)
      : report.plan.operations.slice(0, report.plan.operations.length - report.pending.length);
  return {
    created: count(done, 'create'),
    updated: count(done, 'update'),
    closed: count(done, 'close'),
    reopened: count(done, 'reopen'),
    pending: report.pending.length + report.notAttempted.length + (report.failed ? 1 : 0),
  };
}

export function describeOperation(op: Operation): string {
  switch (op.kind) {
    case 'create':
      return `create  ${op.title}${op.closeAs ? ` (then close: ${op.closeAs === 'completed' ? 'done' : 'not planned'} in the file)` : ''}`;
    case 'update':
      return `update  #${op.issue} (${op.reasons.join(', ')})`;
    case 'close':
      return `close   #${op.issue} (${op.why === 'removed' ? 'removed from its incident file' : op.why === 'duplicate' ? 'duplicate' : `${op.reason === 'completed' ? 'done' : 'not planned'} in the file`})`;
    case 'reopen':
      return `reopen  #${op.issue}`;
  }
}

export function headline(report: SyncReport): string {
  const c = syncCounts(report);
  const where = report.repo ?? 'GitHub';
  const numbers = `${c.created} to create, ${c.updated} to update, ${c.closed} to close${c.reopened ? `, ${c.reopened} to reopen` : ''}`;
  if (report.mode === 'applied') {
    return `Synced follow-ups with ${where}: created ${c.created}, updated ${c.updated}, closed ${c.closed}${c.reopened ? `, reopened ${c.reopened}` : ''}${c.pending ? `; ${c.pending} left for the next run` : ''}`;
  }
  return `Follow-up plan for ${where} (${report.mode === 'no-token' ? 'no token: nothing read or written' : 'dry run: nothing written'}): ${numbers}${report.pending.length ? `; ${report.pending.length} more after that` : ''}`;
}

const UNFILED: Readonly<Record<UnfiledReason, string>> = {
  historical: 'of historical records (follow_ups.file_historical: true files them)',
  'before-file-from': 'of incidents before follow_ups.file_from',
  'done-in-file': 'already done or not planned in their files (follow_ups.file_done: true files them)',
};

/** How many follow-ups the plan leaves unfiled, and why; undefined when it files them all. */
export function unfiledLine(report: SyncReport): string | undefined {
  const unfiled = report.plan.unfiled;
  if (!unfiled.length) return undefined;
  const reasons = (Object.keys(UNFILED) as UnfiledReason[])
    .map((why) => ({ why, n: unfiled.filter((u) => u.why === why).length }))
    .filter(({ n }) => n > 0)
    .map(({ why, n }) => `${n} ${UNFILED[why]}`);
  return `${unfiled.length} follow-up${unfiled.length === 1 ? '' : 's'} left unfiled: ${reasons.join('; ')}`;
}
