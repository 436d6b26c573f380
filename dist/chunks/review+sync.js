import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  isTransient,
  ownLogin
} from "./declare+review+sync.js";
import {
  massFilingReason
} from "./program+review+sync.js";
import {
  LEFT_OUT_RULES,
  validateDocuments
} from "./declare+review+sync+validate+worker.js";
import {
  MAX_ISSUE_BODY_CHARS,
  MAX_ISSUE_TITLE_CHARS
} from "./declare+explain+review+sync+validate+worker.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+status+sync.js";
import {
  withinBudget
} from "./program+review+status+sync.js";
import {
  keepDocument,
  loadIncidents
} from "./review+status+sync+validate+worker.js";
import {
  ensureLabels
} from "./init+review+sync.js";
import {
  GITHUB_TIMING,
  RequestError,
  createClient,
  describeError,
  explainFailure,
  parseRepo,
  repoName
} from "./declare+init+review+sync.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  UsageError,
  cut
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/sync/report.ts
var SyncError = class extends Error {
  name = "SyncError";
};
function syncFailureLine(report) {
  if (!report.failed) return void 0;
  const { operation, message } = report.failed;
  const total = report.applied.length + 1 + report.notAttempted.length;
  return `sync stopped at ${operation.kind} ${operation.key} (${report.applied.length} of ${total} operations applied): ${message}`;
}
function stateAfter(plan, applied) {
  const created = new Map(applied.filter((a) => a.operation.kind === "create").map((a) => [a.operation.key, a]));
  return plan.followUps.map((state) => {
    const done = created.get(state.key);
    if (!done || done.operation.kind !== "create") return state;
    const closeAs = done.operation.closeAs;
    return {
      ...state,
      issue: done.issue,
      url: done.url,
      state: closeAs ? "closed" : "open",
      stateReason: closeAs ?? null
    };
  });
}

// src/sync/markers.ts
var PREFIX = "incidents-as-code";
var KEY_UNSAFE = /[^A-Za-z0-9._~/-]/gu;
function encodeKey(key) {
  return key.replace(
    KEY_UNSAFE,
    (ch) => [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function decodeKey(encoded) {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return void 0;
  }
}
function identityMarker(key, source) {
  return `<!-- ${PREFIX}:follow-up ${encodeKey(key)}${source ? ` from ${source}` : ""} -->`;
}
var MANAGED_START = `<!-- ${PREFIX}:managed:start (edits between these markers are replaced by the next sync) -->`;
var MANAGED_END = `<!-- ${PREFIX}:managed:end -->`;
var IDENTITY = new RegExp(`<!-- ${PREFIX}:follow-up (\\S+/\\S+)(?: from ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+))? -->`);
var MANAGED = new RegExp(`<!-- ${PREFIX}:managed:start[^\\n]*?-->[\\s\\S]*?<!-- ${PREFIX}:managed:end -->`);
function readMarker(body) {
  const managed = body ? readManaged(body) : void 0;
  const found = managed ? IDENTITY.exec(managed) : null;
  const key = found ? decodeKey(found[1]) : void 0;
  if (!found || !key) return void 0;
  return { key, incidentId: key.slice(0, key.lastIndexOf("/")), source: found[2] };
}
function readManaged(body) {
  return MANAGED.exec(body)?.[0];
}
function replaceManaged(body, managed) {
  if (MANAGED.test(body)) return body.replace(MANAGED, () => managed);
  return `${managed}

${body}`;
}

// src/github/api/issue-shape.ts
function toExistingIssue(raw) {
  return {
    number: raw.number,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    stateReason: raw.state_reason ?? null,
    closedAt: raw.closed_at,
    createdAt: raw.created_at,
    labels: raw.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((l) => l !== "").sort(),
    assignees: (raw.assignees ?? []).map((a) => a.login).sort(),
    author: raw.user?.login ?? "",
    app: raw.performed_via_github_app?.slug ?? null
  };
}

// src/github/api/list-issues.ts
var PER_PAGE = 100;
async function listIssues(client, repo, filter) {
  const raw = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    ...filter,
    state: "all",
    per_page: PER_PAGE
  });
  return raw.filter((issue) => !issue.pull_request).map(toExistingIssue);
}
function listLabelledIssues(client, repo, label) {
  return listIssues(client, repo, { labels: label });
}
function listIssuesBy(client, repo, login) {
  return listIssues(client, repo, { creator: login });
}
async function listFollowUpIssues(client, repo, login, label) {
  const own = await listIssuesBy(client, repo, login);
  const seen = new Set(own.map((issue) => issue.number));
  const labelled = (await listLabelledIssues(client, repo, label)).filter((issue) => !seen.has(issue.number));
  return [...own, ...labelled];
}
async function getIssue(client, repo, number) {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return toExistingIssue(data);
}

// src/github/api/write-issues.ts
async function createIssue(client, repo, issue) {
  const { data } = await client.rest.issues.create({
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: [...issue.labels],
    assignees: [...issue.assignees],
    request: { retries: 0 }
  });
  return toExistingIssue(data);
}
async function updateIssue(client, repo, number, changes) {
  await client.rest.issues.update({
    ...repo,
    issue_number: number,
    ...changes.title === void 0 ? {} : { title: changes.title },
    ...changes.body === void 0 ? {} : { body: changes.body },
    ...changes.labels === void 0 ? {} : { labels: [...changes.labels] },
    ...changes.assignees === void 0 ? {} : { assignees: [...changes.assignees] }
  });
}
async function setIssueState(client, repo, number, state, reason) {
  await client.rest.issues.update({
    ...repo,
    issue_number: number,
    state,
    ...reason ? { state_reason: reason } : {}
  });
}
async function addComment(client, repo, number, body) {
  await client.rest.issues.createComment({ ...repo, issue_number: number, body });
}
function refusedAssignees(error) {
  if (!(error instanceof RequestError) || error.status !== 422) return [];
  const errors = error.response?.data?.errors ?? [];
  return errors.filter((e) => e.field === "assignees" || e.field === "assignee").map((e) => String(e.value ?? "?"));
}

// src/sync/apply.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var isRefusedAssignee = (error) => refusedAssignees(error).length > 0;
async function update(context, operation, warnings) {
  try {
    await updateIssue(context.client, context.repo, operation.issue, operation.changes);
  } catch (error) {
    const { assignees, ...rest } = operation.changes;
    const refused = refusedAssignees(error);
    if (refused.length === 0 || !assignees) throw error;
    warnings.push(
      `${operation.key}: GitHub refused to assign ${refused.map((a) => `@${a}`).join(", ")} (not a collaborator with access?); updated without changing the assignees`
    );
    if (Object.keys(rest).length > 0) await updateIssue(context.client, context.repo, operation.issue, rest);
  }
}
async function create(context, operation, warnings) {
  let assignees = operation.assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await createIssue(context.client, context.repo, { ...operation, assignees });
    } catch (error) {
      if (isRefusedAssignee(error) && assignees.length) {
        warnings.push(
          `${operation.key}: GitHub refused to assign ${assignees.map((a) => `@${a}`).join(", ")} (not a collaborator with access?); filed without an assignee`
        );
        assignees = [];
        continue;
      }
      if (!isTransient(error) || attempt > context.timing.retries) throw error;
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
async function applyOne(context, operation, warnings) {
  const { client, repo } = context;
  switch (operation.kind) {
    case "create": {
      const issue = await create(context, operation, warnings);
      if (operation.closeAs && issue.state === "open")
        await setIssueState(client, repo, issue.number, "closed", operation.closeAs);
      return { operation, issue: issue.number, url: issue.url };
    }
    case "update":
      await update(context, operation, warnings);
      return { operation, issue: operation.issue, url: operation.url };
    case "close":
      await setIssueState(client, repo, operation.issue, "closed", operation.reason);
      await addComment(client, repo, operation.issue, operation.comment);
      return { operation, issue: operation.issue, url: operation.url };
    case "reopen":
      await setIssueState(client, repo, operation.issue, "open");
      return { operation, issue: operation.issue, url: operation.url };
  }
}
async function applyOperations(context, operations) {
  const applied = [];
  const warnings = [];
  for (const [index, operation] of operations.entries()) {
    try {
      applied.push(await applyOne(context, operation, warnings));
    } catch (error) {
      return {
        applied,
        failed: { operation, message: describeError(error), error },
        notAttempted: operations.slice(index + 1),
        warnings
      };
    }
  }
  return { applied, notAttempted: [], warnings };
}

// src/sync/issue-body.ts
var MINIMAL_VALUE_CHARS = 200;
function render(facts, detail) {
  const short = (text) => detail === "minimal" ? cut(text, MINIMAL_VALUE_CHARS) : text;
  const rows = [
    ["Severity", facts.severity],
    ["Type", facts.type],
    ["Priority", facts.priority],
    ["Due", facts.due],
    ["Owner", facts.owner]
  ];
  const lines = [
    MANAGED_START,
    identityMarker(facts.key, facts.source),
    `**${escapeMarkdown(short(facts.followUpTitle))}**`,
    "",
    `Follow-up from incident [${escapeMarkdown(short(facts.incidentId))}](${facts.incidentUrl}): ${escapeMarkdown(short(facts.incidentTitle))}`,
    "",
    "| | |",
    "|---|---|",
    ...rows.filter(([, value]) => value !== void 0).map(([name, value]) => `| ${name} | ${escapeMarkdown(short(value))} |`)
  ];
  if (detail === "full" && facts.impactSummary) lines.push("", `> ${escapeMarkdown(facts.impactSummary)}`);
  lines.push(
    "",
    `<sub>Filed by incidents-as-code from ${inlineCode(short(facts.file))}. Change the follow-up in that file; text outside this block is yours to edit.</sub>`,
    MANAGED_END
  );
  return lines.join("\n");
}
function managedBody(facts, budget = MAX_ISSUE_BODY_CHARS) {
  for (const detail of ["full", "no-summary", "minimal"]) {
    const body = render(facts, detail);
    if (body.length <= budget) return body;
  }
  return render({ ...facts, incidentTitle: "", followUpTitle: "", impactSummary: void 0 }, "minimal");
}

// src/sync/desired.ts
var USER_HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
}
function issueTitle(template, incidentId, title) {
  const filled = oneLine(template.replace(/\{incident\}/g, () => incidentId).replace(/\{title\}/g, () => title));
  return cut(filled, MAX_ISSUE_TITLE_CHARS);
}
function urlSegment(segment) {
  return encodeURIComponent(segment).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
function labelsFor(config, severity, type, priority) {
  const { labels, label } = config.followUps;
  const all = [
    label,
    labels.severity[severity],
    type ? labels.type[type] : void 0,
    priority ? labels.priority[priority] : void 0
  ];
  return [...new Set(all.filter((l) => typeof l === "string" && l !== ""))].sort();
}
function managedLabels(config) {
  const { labels, label } = config.followUps;
  return /* @__PURE__ */ new Set([
    label,
    ...Object.values(labels.type),
    ...Object.values(labels.priority),
    ...Object.values(labels.severity)
  ]);
}
function desiredFollowUps(incidents, config, links) {
  const out = [];
  for (const incident of incidents) {
    const data = incident.data;
    const incidentId = String(data.id);
    const severity = String(data.severity);
    const impact = data.impact ?? {};
    const followUps = Array.isArray(data.follow_ups) ? data.follow_ups : [];
    for (const followUp of followUps) {
      const followUpId = String(followUp.id);
      const key = `${incidentId}/${followUpId}`;
      const owner = str(followUp.owner);
      const login = owner ? USER_HANDLE.exec(owner)?.[1] : void 0;
      const type = str(followUp.type);
      const priority = str(followUp.priority);
      const status = str(followUp.status);
      out.push({
        key,
        incidentId,
        followUpId,
        file: incident.file,
        title: issueTitle(config.followUps.titleTemplate, incidentId, String(followUp.title)),
        managedBody: managedBody({
          key,
          source: links.sourceRepo,
          incidentId,
          incidentTitle: String(data.title),
          file: incident.file,
          incidentUrl: `${links.repositoryUrl}/blob/${links.defaultBranch}/${incident.file.split("/").map(urlSegment).join("/")}`,
          severity,
          type,
          priority,
          due: str(followUp.due),
          owner,
          followUpTitle: String(followUp.title),
          impactSummary: str(impact.summary)
        }),
        labels: labelsFor(config, severity, type, priority),
        assignees: config.followUps.assignOwner && login ? [login] : [],
        fileStatus: status === "done" || status === "not-planned" ? status : "open",
        ...typeof followUp.issue === "number" ? { linkedIssue: followUp.issue } : {},
        ...data.historical === true ? { historical: true } : {},
        ...typeof data.started_at === "string" ? { startDay: data.started_at.slice(0, 10) } : {}
      });
    }
  }
  return out;
}

// src/sync/ownership.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function fromThisSource(marker, body, source) {
  if (marker.source !== void 0) return same(marker.source, source.repo);
  if (source.isTracker) return true;
  return (readManaged(body) ?? "").toLowerCase().includes(`](${source.url.toLowerCase()}/blob/`);
}
function classifyIssues(issues, options) {
  const ours = /* @__PURE__ */ new Map();
  const incidentOf = /* @__PURE__ */ new Map();
  const ignored = [];
  const unmarked = [];
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const mine = same(issue.author, options.ownLogin);
    const marker = readMarker(issue.body);
    if (!marker) {
      if (mine && issue.labels.some((l) => same(l, options.label))) unmarked.push(issue);
      continue;
    }
    if (!fromThisSource(marker, issue.body, options.source)) continue;
    if (!mine) {
      ignored.push({ issue: issue.number, author: issue.author, key: marker.key, app: issue.app });
      continue;
    }
    ours.set(marker.key, [...ours.get(marker.key) ?? [], issue]);
    incidentOf.set(marker.key, marker.incidentId);
  }
  return { ours, incidentOf, ignored, unmarked };
}
function matchByTitle(unmarked, unfiled) {
  const byTitle = /* @__PURE__ */ new Map();
  for (const followUp of unfiled) byTitle.set(followUp.title, [...byTitle.get(followUp.title) ?? [], followUp]);
  const found = /* @__PURE__ */ new Map();
  for (const issue of unmarked) {
    const candidates = byTitle.get(issue.title);
    if (candidates?.length !== 1) continue;
    const key = candidates[0].key;
    if (!found.has(key)) found.set(key, issue);
  }
  return found;
}

// src/sync/plan.ts
function unfiledReason(followUp, options) {
  if (followUp.historical && !options.fileHistorical) return "historical";
  if (options.fileFrom !== void 0 && followUp.startDay !== void 0 && followUp.startDay < options.fileFrom)
    return "before-file-from";
  if (followUp.fileStatus !== "open" && !options.fileDone) return "done-in-file";
  return void 0;
}
var OWNER_ROW = /\| Owner \| @(?:&#8203;)?([A-Za-z0-9-]+) \|/;
function sameSet(a, b) {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x)) && new Set(b).size === set.size;
}
function sameLabels(a, b) {
  return sameSet(
    a.map((l) => l.toLowerCase()),
    b.map((l) => l.toLowerCase())
  );
}
function stateOf(followUp, issue, linked = false) {
  return {
    key: followUp.key,
    file: followUp.file,
    issue: issue?.number,
    url: issue?.url,
    state: issue?.state ?? "not-filed",
    stateReason: issue?.stateReason ?? null,
    closedAt: issue?.closedAt ?? null,
    linked
  };
}
function changesFor(desired, issue, managedLabels2) {
  const changes = {};
  const reasons = [];
  if (issue.title !== desired.title) {
    changes.title = desired.title;
    reasons.push("title");
  }
  const managedPart = readManaged(issue.body);
  if (managedPart !== desired.managedBody) {
    changes.body = replaceManaged(issue.body, desired.managedBody);
    reasons.push("body");
  }
  const managed = new Set([...managedLabels2].map((l) => l.toLowerCase()));
  const kept = issue.labels.filter((l) => !managed.has(l.toLowerCase()));
  const labels = [...new Map([...kept, ...desired.labels].map((l) => [l.toLowerCase(), l])).values()].sort();
  if (!sameLabels(labels, issue.labels)) {
    changes.labels = labels;
    reasons.push("labels");
  }
  const previousOwner = managedPart ? OWNER_ROW.exec(managedPart)?.[1]?.toLowerCase() : void 0;
  const owner = desired.assignees[0]?.toLowerCase();
  if (managedPart === void 0 || previousOwner !== owner) {
    const kept2 = issue.assignees.filter((a) => a.toLowerCase() !== previousOwner || desired.assignees.includes(a));
    const assignees = [.../* @__PURE__ */ new Set([...kept2, ...desired.assignees])].sort();
    if (!sameSet(assignees, issue.assignees)) {
      changes.assignees = assignees;
      reasons.push("assignees");
    }
  }
  return { changes, reasons };
}
function planSync(desired, existing, options) {
  const { ours, incidentOf, ignored, unmarked } = classifyIssues(existing, options);
  const found = matchByTitle(
    unmarked,
    desired.filter((d) => d.linkedIssue === void 0 && !ours.has(d.key))
  );
  const unmatched = unmarked.filter((issue) => ![...found.values()].includes(issue) && issue.state === "open").map((issue) => ({ issue: issue.number, why: "marker removed" }));
  const creates = [];
  const updates = [];
  const states = [];
  const followUps = [];
  const unfiled = [];
  for (const [key, issues] of ours) {
    const [keeper, ...duplicates] = issues;
    for (const duplicate of duplicates) {
      if (duplicate.state === "open") {
        states.push({
          kind: "close",
          key,
          issue: duplicate.number,
          url: duplicate.url,
          reason: "not_planned",
          why: "duplicate",
          comment: `Duplicate of #${keeper.number}: incidents-as-code filed this follow-up twice (two runs at once). Closing this copy.`
        });
      }
    }
  }
  const wanted = /* @__PURE__ */ new Set();
  for (const followUp of desired) {
    wanted.add(followUp.key);
    if (followUp.linkedIssue !== void 0) {
      followUps.push(stateOf(followUp, options.linkedIssues?.get(followUp.linkedIssue), true));
      continue;
    }
    const refound = found.get(followUp.key);
    const issue = ours.get(followUp.key)?.[0] ?? refound;
    followUps.push(stateOf(followUp, issue));
    const why = issue ? void 0 : unfiledReason(followUp, options);
    if (why) {
      unfiled.push({ key: followUp.key, why });
      continue;
    }
    if (!issue) {
      const closeAs = followUp.fileStatus === "done" ? "completed" : followUp.fileStatus === "not-planned" ? "not_planned" : void 0;
      creates.push({
        kind: "create",
        key: followUp.key,
        title: followUp.title,
        body: followUp.managedBody,
        labels: followUp.labels,
        assignees: followUp.assignees,
        ...closeAs ? { closeAs } : {}
      });
      continue;
    }
    const { changes, reasons } = changesFor(followUp, issue, options.managedLabels);
    if (refound) reasons.unshift("found by its title");
    if (reasons.length)
      updates.push({ kind: "update", key: followUp.key, issue: issue.number, url: issue.url, changes, reasons });
    if (issue.state === "open" && followUp.fileStatus !== "open") {
      const done = followUp.fileStatus === "done";
      states.push({
        kind: "close",
        key: followUp.key,
        issue: issue.number,
        url: issue.url,
        reason: done ? "completed" : "not_planned",
        why: "done-in-file",
        comment: `Marked ${done ? "done" : "not planned"} in \`${followUp.file}\`.`
      });
    } else if (issue.state === "closed" && followUp.fileStatus === "open" && options.reopen) {
      states.push({ kind: "reopen", key: followUp.key, issue: issue.number, url: issue.url });
    }
  }
  for (const [key, [issue]] of ours) {
    if (wanted.has(key) || options.skippedIncidents.has(incidentOf.get(key) ?? "") || !issue) continue;
    followUps.push(stateOf({ key, file: void 0 }, issue));
    if (issue.state === "open" && options.onRemoved !== "close")
      unmatched.push({ issue: issue.number, why: "not in the files" });
    if (issue.state === "open" && options.onRemoved === "close") {
      states.push({
        kind: "close",
        key,
        issue: issue.number,
        url: issue.url,
        reason: "not_planned",
        why: "removed",
        comment: "This follow-up was removed from its incident file, so it is closed as not planned."
      });
    }
  }
  return { operations: [...creates, ...updates, ...states], followUps, unfiled, ignored, unmatched };
}

// src/app/sync-follow-ups.ts
var CLI_SOURCES = {
  token: "GITHUB_TOKEN (or GH_TOKEN)",
  repo: "--repo or GITHUB_REPOSITORY",
  allowMassFiling: "--allow-mass-filing",
  dryRun: "--dry-run"
};
async function sortIncidents(cwd, config, now) {
  const loaded = await loadIncidents(cwd, config, { whole: true }, { visit: keepDocument });
  const incidents = loaded.targets.flatMap((target) => target.kind === "incident" ? [target.result] : []);
  const findings = validateDocuments({
    targets: incidents,
    allIncidents: incidents,
    config,
    now,
    rules: LEFT_OUT_RULES
  });
  const broken = new Set(findings.filter((f) => f.severity === "error").map((f) => f.file));
  const unreadableFiles = loaded.findings.filter((f) => f.severity === "error").map((f) => f.file);
  const valid = incidents.filter((d) => !broken.has(d.file));
  const invalid = incidents.filter((d) => broken.has(d.file));
  return {
    valid,
    skippedFiles: [...invalid.map((d) => d.file), ...unreadableFiles].sort(),
    skippedIds: new Set(invalid.map((d) => d.data.id).filter((id) => typeof id === "string")),
    unreadable: unreadableFiles.length > 0 || invalid.some((d) => typeof d.data.id !== "string")
  };
}
function trackerRepo(config, options) {
  const text = config.followUps.repo ?? options.repo;
  if (text === void 0 || text === "") return void 0;
  const ref = parseRepo(text);
  if (!ref) throw new UsageError(`repository must be owner/name (got '${text}')`);
  return ref;
}
function failureHints(config, options, tracker) {
  const sources = options.sources ?? CLI_SOURCES;
  return {
    token: sources.token,
    repo: config.followUps.repo ? "follow_ups.repo in the config" : sources.repo,
    repoName: repoName(tracker),
    retries: (options.timing ?? GITHUB_TIMING).retries
  };
}
async function readLinked(client, repo, numbers) {
  const linked = /* @__PURE__ */ new Map();
  for (const number of numbers) linked.set(number, await getIssue(client, repo, number));
  return linked;
}
async function syncFollowUps(options) {
  if (!options.token && !options.dryRun) {
    const sources = options.sources ?? CLI_SOURCES;
    throw new UsageError(
      `sync needs a token to file follow-up issues, and has none: set ${sources.token}, or ask for the plan alone with ${sources.dryRun}`
    );
  }
  const { config } = loadConfig(options.cwd, options.configPath);
  const incidents = await sortIncidents(options.cwd, config, options.now);
  const tracker = trackerRepo(config, options);
  const sourceRepo = options.repo ?? (tracker ? repoName(tracker) : "OWNER/REPO");
  const notices = [];
  if (incidents.skippedFiles.length)
    notices.push(
      `${incidents.skippedFiles.length} incident file(s) cannot be read or have errors in their frontmatter, and are not synced until fixed: ${incidents.skippedFiles.join(", ")}`
    );
  if (incidents.unreadable)
    notices.push("Some incident files cannot be read, so no issue is closed for a removed follow-up in this run.");
  const repositoryUrl = `${options.serverUrl.replace(/\/+$/, "")}/${sourceRepo}`;
  const desired = desiredFollowUps(incidents.valid, config, {
    repositoryUrl,
    sourceRepo,
    defaultBranch: options.defaultBranch ?? "main"
  });
  const planOptions = {
    source: {
      repo: sourceRepo,
      url: repositoryUrl,
      isTracker: !tracker || repoName(tracker).toLowerCase() === sourceRepo.toLowerCase()
    },
    label: config.followUps.label,
    onRemoved: incidents.unreadable ? "leave-open" : config.followUps.onRemoved,
    reopen: config.followUps.reopen,
    managedLabels: managedLabels(config),
    skippedIncidents: incidents.skippedIds,
    fileDone: config.followUps.fileDone,
    fileHistorical: config.followUps.fileHistorical,
    ...config.followUps.fileFrom === void 0 ? {} : { fileFrom: config.followUps.fileFrom }
  };
  const empty = { applied: [], pending: [], notAttempted: [], warnings: [] };
  if (!options.token) {
    notices.push("No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.");
    const plan2 = planSync(desired, [], { ...planOptions, ownLogin: "" });
    return {
      mode: "no-token",
      repo: tracker ? repoName(tracker) : void 0,
      notices,
      skipped: incidents.skippedFiles,
      plan: plan2,
      ...empty,
      followUps: plan2.followUps
    };
  }
  if (!tracker)
    throw new UsageError(
      "no repository to sync with: set GITHUB_REPOSITORY, pass --repo owner/name, or set follow_ups.repo in the config"
    );
  const client = createClient({
    token: options.token,
    baseUrl: options.apiUrl,
    log: options.log,
    ...options.timing ? { timing: options.timing } : {}
  });
  let plan;
  let login;
  try {
    login = await ownLogin(client);
    const existing = await listFollowUpIssues(client, tracker, login, config.followUps.label);
    const linked = await readLinked(
      client,
      tracker,
      desired.flatMap((d) => d.linkedIssue === void 0 ? [] : [d.linkedIssue])
    );
    plan = planSync(desired, existing, { ...planOptions, ownLogin: login, linkedIssues: linked });
  } catch (error) {
    throw new SyncError(
      `cannot read the issues of ${repoName(tracker)}: ${explainFailure(error, failureHints(config, options, tracker))}`,
      { cause: error }
    );
  }
  for (const ignored of plan.ignored)
    notices.push(
      `Issue #${ignored.issue} carries the marker of ${ignored.key} but was written by @${ignored.author}, not by this tool's token; it is ignored.`
    );
  const { now, pending } = withinBudget(plan.operations, options.maxOperations);
  const massFiling = massFilingReason(plan, (options.sources ?? CLI_SOURCES).allowMassFiling);
  if (massFiling && !options.allowMassFiling && !options.dryRun) throw new SyncError(massFiling);
  if (massFiling && !options.allowMassFiling) notices.push(massFiling);
  if (options.dryRun)
    return {
      mode: "dry-run",
      repo: repoName(tracker),
      notices,
      skipped: incidents.skippedFiles,
      plan,
      ...empty,
      pending,
      followUps: plan.followUps
    };
  const context = {
    client,
    repo: tracker,
    ownLogin: login,
    log: options.log,
    timing: options.timing ?? GITHUB_TIMING
  };
  const labels = new Set(
    now.flatMap((op) => op.kind === "create" ? op.labels : op.kind === "update" ? op.changes.labels ?? [] : [])
  );
  try {
    if (labels.size) await ensureLabels(client, tracker, labels);
  } catch (error) {
    throw new SyncError(
      `cannot create labels in ${repoName(tracker)}: ${explainFailure(error, failureHints(config, options, tracker))}`,
      { cause: error }
    );
  }
  const result = await applyOperations(context, now);
  const warnings = [...result.warnings];
  let applied = [...result.applied];
  if (!result.failed && applied.some((a) => a.operation.kind === "create")) {
    const again = planSync(desired, await listFollowUpIssues(client, tracker, login, config.followUps.label), {
      ...planOptions,
      ownLogin: login
    });
    const duplicates = again.operations.filter((op) => op.kind === "close" && op.why === "duplicate");
    const dedupe = await applyOperations(context, duplicates);
    applied = [...applied, ...dedupe.applied];
    warnings.push(...dedupe.warnings);
    if (dedupe.failed)
      warnings.push(
        `could not close duplicate #${dedupe.failed.operation.issue}: ${dedupe.failed.message}`
      );
  }
  return {
    mode: "applied",
    repo: repoName(tracker),
    notices,
    skipped: incidents.skippedFiles,
    plan,
    applied,
    pending,
    ...result.failed ? {
      failed: {
        operation: result.failed.operation,
        message: explainFailure(result.failed.error, failureHints(config, options, tracker))
      }
    } : {},
    notAttempted: result.notAttempted,
    warnings,
    followUps: stateAfter(plan, applied)
  };
}

export {
  SyncError,
  syncFailureLine,
  syncFollowUps
};
