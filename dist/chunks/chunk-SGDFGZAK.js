import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/sync/render/summary.ts
function count(operations, kind) {
  return operations.filter((op) => op.kind === kind).length;
}
function syncCounts(report) {
  const done = report.mode === "applied" ? report.applied.map((a) => a.operation) : report.plan.operations.slice(0, report.plan.operations.length - report.pending.length);
  return {
    created: count(done, "create"),
    updated: count(done, "update"),
    closed: count(done, "close"),
    reopened: count(done, "reopen"),
    pending: report.pending.length + report.notAttempted.length + (report.failed ? 1 : 0)
  };
}
function describeOperation(op) {
  switch (op.kind) {
    case "create":
      return `create  ${op.title}${op.closeAs ? ` (then close: ${op.closeAs === "completed" ? "done" : "not planned"} in the file)` : ""}`;
    case "update":
      return `update  #${op.issue} (${op.reasons.join(", ")})`;
    case "close":
      return `close   #${op.issue} (${op.why === "removed" ? "removed from its incident file" : op.why === "duplicate" ? "duplicate" : `${op.reason === "completed" ? "done" : "not planned"} in the file`})`;
    case "reopen":
      return `reopen  #${op.issue}`;
  }
}
function headline(report) {
  const c = syncCounts(report);
  const where = report.repo ?? "GitHub";
  const numbers = `${c.created} to create, ${c.updated} to update, ${c.closed} to close${c.reopened ? `, ${c.reopened} to reopen` : ""}`;
  if (report.mode === "applied") {
    return `Synced follow-ups with ${where}: created ${c.created}, updated ${c.updated}, closed ${c.closed}${c.reopened ? `, reopened ${c.reopened}` : ""}${c.pending ? `; ${c.pending} left for the next run` : ""}`;
  }
  return `Follow-up plan for ${where} (${report.mode === "no-token" ? "no token: nothing read or written" : "dry run: nothing written"}): ${numbers}${report.pending.length ? `; ${report.pending.length} more after that` : ""}`;
}

export {
  syncCounts,
  describeOperation,
  headline
};
