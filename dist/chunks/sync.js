import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  SyncError,
  syncFailureLine,
  syncFollowUps
} from "./review+sync.js";
import "./declare+review+sync.js";
import "./program+review+sync.js";
import "./declare+review+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import "./declare+review+status+sync.js";
import {
  DEFAULT_MAX_OPERATIONS
} from "./program+review+status+sync.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+review+sync.js";
import "./declare+init+review+sync.js";
import "./declare+init+program+review+sync.js";
import "./init+program+review+status+sync+validate+worker.js";
import "./import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError,
  plainLine
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

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
var UNFILED = {
  historical: "of historical records (follow_ups.file_historical: true files them)",
  "before-file-from": "of incidents before follow_ups.file_from",
  "done-in-file": "already done or not planned in their files (follow_ups.file_done: true files them)"
};
function unfiledLine(report) {
  const unfiled = report.plan.unfiled;
  if (!unfiled.length) return void 0;
  const reasons = Object.keys(UNFILED).map((why) => ({ why, n: unfiled.filter((u) => u.why === why).length })).filter(({ n }) => n > 0).map(({ why, n }) => `${n} ${UNFILED[why]}`);
  return `${unfiled.length} follow-up${unfiled.length === 1 ? "" : "s"} left unfiled: ${reasons.join("; ")}`;
}

// src/sync/render/text.ts
function renderSyncText(report) {
  const lines = [plainLine(headline(report))];
  const operations = report.mode === "applied" ? report.applied.map((a) => a.operation) : report.plan.operations.slice(0, report.plan.operations.length - report.pending.length);
  for (const op of operations) lines.push(plainLine(`  ${describeOperation(op)}    [${op.key}]`));
  if (report.pending.length)
    lines.push(`  \u2026 ${report.pending.length} more operations wait for the next run (max-operations)`);
  const unfiled = unfiledLine(report);
  if (unfiled) lines.push(`  ${unfiled}`);
  if (report.failed) {
    lines.push(
      plainLine(
        `Failed: ${describeOperation(report.failed.operation)} [${report.failed.operation.key}]: ${report.failed.message}`
      )
    );
    if (report.notAttempted.length)
      lines.push(`${report.notAttempted.length} operations were not attempted; run sync again to finish.`);
  }
  for (const notice of report.notices) lines.push(`note: ${plainLine(notice)}`);
  for (const warning of report.warnings) lines.push(`warning: ${plainLine(warning)}`);
  return `${lines.join("\n")}
`;
}
function renderSyncJson(report) {
  return `${JSON.stringify(
    {
      mode: report.mode,
      repo: report.repo ?? null,
      operations: report.plan.operations,
      applied: report.applied.map((a) => ({
        kind: a.operation.kind,
        key: a.operation.key,
        issue: a.issue,
        url: a.url
      })),
      pending: report.pending.length,
      failed: report.failed ? { kind: report.failed.operation.kind, key: report.failed.operation.key, message: report.failed.message } : null,
      follow_ups: report.followUps.map((f) => ({
        key: f.key,
        file: f.file ?? null,
        issue: f.issue ?? null,
        url: f.url ?? null,
        state: f.state,
        state_reason: f.stateReason,
        closed_at: f.closedAt,
        linked: f.linked
      })),
      skipped: report.skipped,
      unfiled: report.plan.unfiled,
      notices: report.notices,
      warnings: report.warnings
    },
    null,
    2
  )}
`;
}

// src/cli/sync.ts
function parseMaxOperations(text, name) {
  if (text === void 0 || text.trim() === "") return DEFAULT_MAX_OPERATIONS;
  if (!/^\d+$/.test(text.trim()))
    throw new UsageError(`Invalid value for '${name}': must be a non-negative whole number (got '${text}')`);
  return Number(text.trim());
}
async function syncCommand(flags, io) {
  const env = io.env;
  try {
    const report = await syncFollowUps({
      cwd: io.cwd,
      configPath: flags.config,
      now: io.now,
      token: env.GITHUB_TOKEN || env.GH_TOKEN || void 0,
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
      repo: flags.repo ?? (env.GITHUB_REPOSITORY || void 0),
      defaultBranch: void 0,
      dryRun: flags.dryRun === true,
      maxOperations: parseMaxOperations(flags.maxOperations, "--max-operations"),
      allowMassFiling: flags.allowMassFiling === true,
      log: { info: (m) => io.writeErr(`${m}
`), warn: (m) => io.writeErr(`warning: ${m}
`) },
      ...io.githubTiming ? { timing: io.githubTiming } : {}
    });
    io.writeOut(flags.format === "json" ? renderSyncJson(report) : renderSyncText(report));
    const failure = syncFailureLine(report);
    if (failure) io.writeErr(`incidents: ${failure}
`);
    return failure ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof SyncError) {
      io.writeErr(`incidents: ${error.message}
`);
      return EXIT_FINDINGS;
    }
    throw error;
  }
}
export {
  parseMaxOperations,
  syncCommand
};
