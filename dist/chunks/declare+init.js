import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  checkCommander,
  checkServices,
  checkSeverity,
  checkStarted,
  checkTitle,
  detectedAt,
  renderIncident
} from "./declare+init+new.js";
import {
  incidentId
} from "./declare+import+init+new.js";

// src/declare/issue-form.ts
var NO_RESPONSE = "_No response_";
function parseIssueForm(body, labels) {
  const answers = /* @__PURE__ */ new Map();
  if (!body) return answers;
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const wanted = labels.map((label) => label.toLowerCase());
  let next = 0;
  let current;
  const finish = () => {
    const value = current?.lines.join("\n").trim();
    if (current && value && value !== NO_RESPONSE) answers.set(current.label, value);
  };
  for (const line of lines) {
    const heading = /^### (.*)$/.exec(line)?.[1]?.trim().toLowerCase();
    const at = heading === void 0 ? -1 : wanted.indexOf(heading, next);
    if (at >= 0) {
      finish();
      current = { label: wanted[at], lines: [] };
      next = at + 1;
    } else {
      current?.lines.push(line);
    }
  }
  finish();
  return answers;
}

// src/declare/plan.ts
var DECLARE_LABEL = "incident";
var FORM = {
  severity: "severity",
  started: "when did impact start?",
  services: "services affected",
  commander: "incident commander",
  summary: "what is happening?"
};
function planDeclaration(issue, config, now) {
  if (!issue.labels.includes(DECLARE_LABEL))
    return { kind: "ignore", reason: `issue #${issue.number} has no '${DECLARE_LABEL}' label` };
  const answers = parseIssueForm(issue.body, Object.values(FORM));
  const created = issue.createdAt === void 0 ? Number.NaN : Date.parse(issue.createdAt);
  const asked = Number.isNaN(created) ? now : new Date(created);
  const problems = [];
  const take = (label, check) => {
    if (check.ok) return check.value;
    problems.push({ field: label, reason: check.reason });
    return void 0;
  };
  const title = take("Title", checkTitle(issue.title.replace(/^\s*\[incident\]:?\s*/i, "")));
  const severity = take("Severity", checkSeverity(answers.get(FORM.severity) ?? "", config));
  const started = take("When did impact start?", checkStarted(answers.get(FORM.started) ?? "", asked, "UTC"));
  const services = take(
    "Services affected",
    checkServices(
      (answers.get(FORM.services) ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      config
    )
  );
  const commanderAnswer = answers.get(FORM.commander);
  const commander = commanderAnswer === void 0 ? void 0 : take("Incident commander", checkCommander(commanderAnswer));
  if (problems.length || !title || !severity || !started || !services) return { kind: "invalid", problems };
  const incident = {
    title,
    severity,
    started,
    services,
    commander,
    detected: detectedAt(started, now),
    ...answers.has(FORM.summary) ? { summary: answers.get(FORM.summary) } : {}
  };
  const id = incidentId(started, title);
  return {
    kind: "file",
    id,
    title,
    path: `${config.incidentsDir}/${started.text.slice(0, 4)}/${id}.md`,
    text: renderIncident(id, incident, asked)
  };
}

export {
  DECLARE_LABEL,
  FORM,
  planDeclaration
};
