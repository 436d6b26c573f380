import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  renderMarkdownForTerminal
} from "./review+status.js";
import "./import+review+status.js";
import {
  readableFormat
} from "./program+review+status.js";
import {
  useColor
} from "./review+status+validate.js";
import "./program+review+status+validate.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+status+sync.js";
import "./program+review+status+sync.js";
import {
  keepDocument,
  loadIncidents
} from "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+program+review+status+sync+validate+worker.js";
import "./import+new+review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  DAY_MS,
  parseDay,
  parseTimestamp
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+import+init+new+program+review+status.js";
import {
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/status/overview.ts
var NOT_GIVEN = "(not given)";
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
    const status = typeof data.status === "string" ? data.status : NOT_GIVEN;
    const severity = typeof data.severity === "string" ? data.severity : NOT_GIVEN;
    count(byStatus, status);
    count(bySeverity, severity);
    if (data.near_miss === true) nearMisses++;
    if (typeof data.started_at === "string") starts.push(data.started_at);
    if (status === "investigating" || status === "mitigated") open.push(id);
    const resolved = typeof data.resolved_at === "string" ? parseTimestamp(data.resolved_at) : void 0;
    if (status === "resolved" && resolved !== void 0 && data.historical !== true) {
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
async function readProgramStatus(options) {
  const { config } = loadConfig(options.cwd, options.configPath);
  const { targets } = await loadIncidents(options.cwd, config, { whole: true }, { visit: keepDocument });
  const incidents = targets.flatMap((target) => target.kind === "incident" ? [target.result] : []);
  return { status: programStatus(incidents, config, options.now), config };
}

// src/status/render-markdown.ts
var STATUS_ORDER = ["investigating", "mitigated", "resolved", "reviewed"];
var days = (n) => `${n} day${n === 1 ? "" : "s"}`;
function pie(title, slices) {
  const shown = slices.filter(([, n]) => n > 0);
  if (!shown.length) return [];
  return [
    "```mermaid",
    `pie title ${title}`,
    ...shown.map(([name, n]) => `  "${name.replace(/["\n\r]/g, "")}" : ${n}`),
    "```"
  ];
}
function renderStatusMarkdown(status, severityOrder) {
  const span = status.first ? ` from ${status.first} to ${status.last}` : "";
  const severities = [
    ...severityOrder,
    ...Object.keys(status.bySeverity).filter((s) => !severityOrder.includes(s))
  ].map((s) => [s, status.bySeverity[s] ?? 0]);
  const lines = [
    `# Incidents: ${status.total}${span}`,
    "",
    `${status.nearMisses} of them near misses.`,
    "",
    "| Status | Incidents |",
    "|---|---:|",
    ...STATUS_ORDER.map((s) => `| ${s} | ${status.byStatus[s] ?? 0} |`),
    "",
    ...pie("By severity", severities)
  ];
  if (status.open.length) lines.push("", "## Still open", "", ...status.open.map((id) => `- ${inlineCode(id)}`));
  if (status.awaitingReview.length)
    lines.push(
      "",
      "## Awaiting review",
      "",
      "| Incident | Severity | Review |",
      "|---|---|---|",
      ...status.awaitingReview.map(
        (w) => `| ${inlineCode(w.id)} | ${escapeMarkdown(w.severity)} | ${w.daysOverdue > 0 ? `overdue by ${days(w.daysOverdue)}` : `due in ${days(-w.daysOverdue)}`} |`
      )
    );
  lines.push(
    "",
    "## Follow-ups",
    "",
    `${status.followUps.total} in all, ${status.followUps.open} open, ${status.followUps.overdue} past their due date.`
  );
  return `${lines.join("\n")}
`;
}

// src/status/render-json.ts
function counts(given, expected) {
  const out = {};
  for (const key of expected) out[key] = given[key] ?? 0;
  for (const [key, count2] of Object.entries(given)) if (!(key in out)) out[key] = count2;
  return out;
}
function renderStatusJson(status, severityOrder) {
  const output = {
    incidents: status.total,
    first_started: status.first ?? null,
    last_started: status.last ?? null,
    near_misses: status.nearMisses,
    by_status: counts(status.byStatus, STATUS_ORDER),
    by_severity: counts(status.bySeverity, severityOrder),
    open: status.open,
    awaiting_review: status.awaitingReview.map((waiting) => ({
      id: waiting.id,
      severity: waiting.severity,
      days_overdue: waiting.daysOverdue
    })),
    follow_ups: status.followUps
  };
  return `${JSON.stringify(output, null, 2)}
`;
}

// src/cli/status.ts
async function statusCommand(flags, io) {
  const { status, config } = await readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  const severities = config.severities.map((s) => s.id);
  if (flags.format === "json") {
    io.writeOut(renderStatusJson(status, severities));
    return EXIT_OK;
  }
  const markdown = renderStatusMarkdown(status, severities);
  io.writeOut(
    readableFormat(flags.format, io) === "text" ? renderMarkdownForTerminal(markdown, { color: useColor(io, flags.color) }) : markdown
  );
  return EXIT_OK;
}
export {
  statusCommand
};
