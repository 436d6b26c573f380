import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  loadIncidents
} from "./review+status+sync+validate.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+new+review+status+sync+validate+worker.js";
import "./cli+declare+new+review+status+sync+validate+worker.js";
import {
  DAY_MS,
  parseDay,
  parseTimestamp
} from "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+explain+new+review+status+sync+validate+worker.js";
import {
  EXIT_OK
} from "./cli+declare+explain+new+review+status+sync+validate.js";
import "./cli+declare+explain+new+review+status+sync+validate+worker.js";

// src/status/overview.ts
function count(into, key) {
  into[key] = (into[key] ?? 0) + 1;
}
function programStatus(incidents, config, now) {
  const byStatus = {};
  const bySeverity = {};
  const open = [];
  const awaitingReview = [];
  const followUps = { total: 0, open: 0, overdue: 0 };
  let nearMisses = 0;
  const starts = [];
  for (const { data } of incidents) {
    const id = String(data.id);
    const status = String(data.status);
    const severity = String(data.severity);
    count(byStatus, status);
    count(bySeverity, severity);
    if (data.near_miss === true) nearMisses++;
    if (typeof data.started_at === "string") starts.push(data.started_at);
    if (status === "investigating" || status === "mitigated") open.push(id);
    const resolved = typeof data.resolved_at === "string" ? parseTimestamp(data.resolved_at) : void 0;
    if (status === "resolved" && resolved !== void 0) {
      const within = config.severities.find((s) => s.id === severity)?.reviewWithinDays ?? 14;
      awaitingReview.push({ id, severity, daysOverdue: Math.floor((now.getTime() - resolved) / DAY_MS - within) });
    }
    for (const followUp of Array.isArray(data.follow_ups) ? data.follow_ups : []) {
      followUps.total++;
      const state = followUp?.status ?? "open";
      if (state !== "open") continue;
      followUps.open++;
      const due = typeof followUp.due === "string" ? parseDay(followUp.due) : void 0;
      if (due !== void 0 && due < now.getTime()) followUps.overdue++;
    }
  }
  starts.sort();
  awaitingReview.sort((a, b) => b.daysOverdue - a.daysOverdue);
  return {
    total: incidents.length,
    byStatus,
    bySeverity,
    nearMisses,
    open,
    awaitingReview,
    followUps,
    ...starts.length ? { first: starts[0].slice(0, 10), last: starts[starts.length - 1].slice(0, 10) } : {}
  };
}

// src/app/program-status.ts
function readProgramStatus(options) {
  const { config } = loadConfig(options.cwd, options.configPath);
  const incidents = loadIncidents(options.cwd, config, { whole: true }).targets.filter(
    (document) => document.kind === "incident"
  );
  return { status: programStatus(incidents, config, options.now), config };
}

// src/status/render-text.ts
var STATUS_ORDER = ["investigating", "mitigated", "resolved", "reviewed"];
function renderStatus(status, severityOrder) {
  const lines = [];
  const span = status.first ? ` from ${status.first} to ${status.last}` : "";
  lines.push(`${status.total} incidents${span} (${status.nearMisses} near misses)`);
  lines.push(`  by status:   ${STATUS_ORDER.map((s) => `${s} ${status.byStatus[s] ?? 0}`).join(", ")}`);
  lines.push(`  by severity: ${severityOrder.map((s) => `${s} ${status.bySeverity[s] ?? 0}`).join(", ")}`);
  if (status.open.length) lines.push(`  still open:  ${status.open.join(", ")}`);
  for (const waiting of status.awaitingReview) {
    const when = waiting.daysOverdue > 0 ? `review overdue by ${waiting.daysOverdue} days` : `review due in ${-waiting.daysOverdue} days`;
    lines.push(`  awaiting review: ${waiting.id} (${waiting.severity}, ${when})`);
  }
  lines.push(
    `  follow-ups:  ${status.followUps.total} in all, ${status.followUps.open} open, ${status.followUps.overdue} past their due date`
  );
  return `${lines.join("\n")}
`;
}

// src/cli/status.ts
function statusCommand(flags, io) {
  const { status, config } = readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  io.writeOut(
    renderStatus(
      status,
      config.severities.map((s) => s.id)
    )
  );
  return EXIT_OK;
}
export {
  statusCommand
};
