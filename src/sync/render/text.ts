import type { SyncReport } from '../report';
import { plainLine } from '../../core/text';
import { describeOperation, headline, unfiledLine } from './summary';

/** The sync plan or result for a terminal. */
export function renderSyncText(report: SyncReport): string {
  const lines = [plainLine(headline(report))];
  const operations =
    report.mode === 'applied'
      ? report.applied.map((a) => a.operation)
      : report.plan.operations.slice(0, report.plan.operations.length - report.pending.length);
  for (const op of operations) lines.push(plainLine(`  ${describeOperation(op)}    [${op.key}]`));
  if (report.pending.length)
    lines.push(`  … ${report.pending.length} more operations wait for the next run (max-operations)`);
  const unfiled = unfiledLine(report);
  if (unfiled) lines.push(`  ${unfiled}`);
  if (report.failed) {
    lines.push(
      plainLine(
        `Failed: ${describeOperation(report.failed.operation)} [${report.failed.operation.key}]: ${report.failed.message}`,
      ),
    );
    if (report.notAttempted.length)
      lines.push(`${report.notAttempted.length} operations were not attempted; run sync again to finish.`);
  }
  for (const notice of report.notices) lines.push(`note: ${plainLine(notice)}`);
  for (const warning of report.warnings) lines.push(`warning: ${plainLine(warning)}`);
  return `${lines.join('\n')}\n`;
}

/** The plan and each follow-up's state, for scripts and the batch review. */
export function renderSyncJson(report: SyncReport): string {
  return `${JSON.stringify(
    {
      mode: report.mode,
      repo: report.repo ?? null,
      operations: report.plan.operations,
      applied: report.applied.map((a) => ({
        kind: a.operation.kind,
        key: a.operation.key,
        issue: a.issue,
        url: a.url,
      })),
      pending: report.pending.length,
      failed: report.failed
        ? { kind: report.failed.operation.kind, key: report.failed.operation.key, message: report.failed.message }
        : null,
      follow_ups: report.followUps.map((f) => ({
        key: f.key,
        file: f.file ?? null,
        issue: f.issue ?? null,
        url: f.url ?? null,
        state: f.state,
        state_reason: f.stateReason,
        closed_at: f.closedAt,
        linked: f.linked,
      })),
      skipped: report.skipped,
      unfiled: report.plan.unfiled,
      notices: report.notices,
      warnings: report.warnings,
    },
    null,
    2,
  )}\n`;
}
