import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  GITHUB_TOKEN_CHECKS_NOTE,
  ensureBranch,
  findAnyPull,
  openPull,
  readFile,
  writeFile
} from "./declare+review.js";
import {
  isTransient,
  ownLogin
} from "./declare+review+sync.js";
import {
  validateDocuments
} from "./declare+review+sync+validate+worker.js";
import {
  MAX_ISSUE_TITLE_CHARS
} from "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+status+sync.js";
import {
  parseDocument
} from "./declare+review+status+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import {
  planDeclaration
} from "./declare+init.js";
import {
  RequestError,
  createClient,
  explainPublishFailure,
  parseRepo
} from "./declare+init+review+sync.js";
import "./declare+init+program+review+sync.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+init+new.js";
import "./declare+import+init+new.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import "./declare+import+init+new+program+review+status.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  PublishError,
  UsageError,
  cut
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/github/api/pull-files.ts
async function changedFiles(client, repo, pull) {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
  return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}

// src/github/publish/declaration.ts
function declarationBranch(issue) {
  return `incidents-declare/issue-${issue}`;
}
function lostRace(error) {
  return error instanceof RequestError && (error.status === 422 || error.status === 409);
}
async function heldFile(client, repo, pull, declaration) {
  const dir = `${declaration.incidentsDir.replace(/\/+$/, "")}/`;
  const files = await changedFiles(client, repo, pull.number);
  return files.find((f) => f.startsWith(dir) && f.endsWith(".md")) ?? declaration.path;
}
async function publishDeclaration(client, repo, declaration) {
  const branch = declarationBranch(declaration.issue);
  const existing = await findAnyPull(client, repo, branch);
  if (existing)
    return { pull: existing, created: false, path: await heldFile(client, repo, existing, declaration), raced: false };
  const base = await ensureBranch(client, repo, branch);
  let raced = false;
  if (!await readFile(client, repo, declaration.path, branch)) {
    try {
      await writeFile(
        client,
        repo,
        declaration.path,
        branch,
        declaration.text,
        `Declare incident from #${declaration.issue}: ${declaration.title}`
      );
    } catch (error) {
      if (!lostRace(error) || !await readFile(client, repo, declaration.path, branch)) throw error;
      raced = true;
    }
  }
  try {
    const pull = await openPull(client, repo, {
      head: branch,
      base,
      title: cut(`Incident: ${declaration.title}`, MAX_ISSUE_TITLE_CHARS),
      body: declaration.body
    });
    return { pull, created: true, path: declaration.path, raced };
  } catch (error) {
    const other = lostRace(error) ? await findAnyPull(client, repo, branch) : void 0;
    if (!other) throw error;
    return { pull: other, created: false, path: await heldFile(client, repo, other, declaration), raced: true };
  }
}

// src/github/api/comments.ts
async function listComments(client, repo, issue) {
  const raw = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  return raw.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" }));
}
async function updateComment(client, repo, id, body) {
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}
async function createComment(client, repo, issue, body, once = false) {
  const { data } = await client.rest.issues.createComment({
    ...repo,
    issue_number: issue,
    body,
    ...once ? { request: { retries: 0 } } : {}
  });
  return data.id;
}

// src/github/sticky-comment.ts
async function upsertStickyComment(client, repo, issue, marker, body) {
  const login = await ownLogin(client);
  const ours = async () => (await listComments(client, repo, issue)).find((c) => c.author === login && c.body.startsWith(marker));
  const existing = await ours();
  if (!existing) {
    try {
      return { id: await createComment(client, repo, issue, body, true), action: "created" };
    } catch (error) {
      if (!isTransient(error)) throw error;
      const landed = await ours();
      if (landed) return { id: landed.id, action: "created" };
      return { id: await createComment(client, repo, issue, body), action: "created" };
    }
  }
  if (existing.body === body) return { id: existing.id, action: "unchanged" };
  await updateComment(client, repo, existing.id, body);
  return { id: existing.id, action: "updated" };
}

// src/declare/comment.ts
var DECLARE_COMMENT_MARKER = "<!-- incidents-as-code:declare -->";
function declareProblemsComment(problems) {
  return [
    DECLARE_COMMENT_MARKER,
    "### The incident could not be recorded yet",
    "",
    "Edit the issue to fix these answers; the incident file is created as soon as they are right:",
    "",
    ...problems.map((p) => `- **${escapeMarkdown(p.field)}**: ${escapeMarkdown(p.reason)}`)
  ].join("\n");
}
function declaredComment(pull, path) {
  return [
    DECLARE_COMMENT_MARKER,
    `### Incident recorded: pull request [#${pull.number}](${pull.url})`,
    "",
    `It adds ${inlineCode(path)}. Next:`,
    "",
    "1. Keep the Summary and Timeline in that file current while you respond (edit it in the pull request).",
    "2. When user impact stops, add `mitigated_at` and set `status: mitigated`; when the cause is fixed, `resolved_at` and `status: resolved`.",
    "3. Merge the pull request whenever the record is useful; the review and follow-ups come later."
  ].join("\n");
}

// src/app/declare-incident.ts
var QUESTION = {
  title: "Title",
  severity: "Severity",
  started_at: "When did impact start?",
  services: "Services affected",
  commander: "Incident commander"
};
function problemsInFile(path, text, config, now) {
  const parsed = parseDocument(path, "incident", new TextEncoder().encode(text));
  const findings = parsed.document ? validateDocuments({ targets: [parsed.document], allIncidents: [], config, now }) : [parsed.finding];
  return findings.filter((finding) => finding.severity === "error").map((finding) => {
    const field = /^(\w+)/.exec(finding.message)?.[1] ?? "";
    return { field: QUESTION[field] ?? finding.rule, reason: `${finding.message} (${finding.rule})` };
  });
}
async function declareIncident(client, repo, issue, config, now) {
  const plan = planDeclaration(issue, config, now);
  if (plan.kind === "ignore") return { kind: "ignored", reason: plan.reason };
  const problems = plan.kind === "invalid" ? plan.problems : problemsInFile(plan.path, plan.text, config, now);
  if (plan.kind === "invalid" || problems.length > 0) {
    await upsertStickyComment(client, repo, issue.number, DECLARE_COMMENT_MARKER, declareProblemsComment(problems));
    return { kind: "invalid", problems: problems.length };
  }
  let published;
  try {
    published = await publishDeclaration(client, repo, {
      issue: issue.number,
      path: plan.path,
      incidentsDir: config.incidentsDir,
      text: plan.text,
      title: plan.title,
      body: declarationPullBody(issue.number, plan.path)
    });
  } catch (error) {
    throw new PublishError(
      explainPublishFailure(
        error,
        `open the pull request for issue #${issue.number}`,
        "contents: write and pull-requests: write"
      ),
      { cause: error }
    );
  }
  const { pull, created, path, raced } = published;
  await upsertStickyComment(client, repo, issue.number, DECLARE_COMMENT_MARKER, declaredComment(pull, path));
  return { kind: "declared", path, pull, created, raced };
}
function declarationPullBody(issue, path) {
  return [
    `Declares the incident reported in #${issue}: adds \`${path}\`.`,
    "",
    "Edit the file on this branch as the response goes on; merge it when the record is useful.",
    "",
    GITHUB_TOKEN_CHECKS_NOTE
  ].join("\n");
}

// src/cli/declare.ts
async function declareCommand(flags, io) {
  const number = Number(flags.issue);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`Invalid value for '--issue': must be an issue number (got '${flags.issue}')`);
  const repoText = flags.repo ?? io.env.GITHUB_REPOSITORY;
  const repo = parseRepo(repoText);
  if (!repo)
    throw new UsageError(
      `repository must be owner/name (got '${repoText ?? ""}'): pass --repo or set GITHUB_REPOSITORY`
    );
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UsageError("declare needs GITHUB_TOKEN (contents, pull-requests and issues write)");
  const { config } = loadConfig(io.cwd, flags.config);
  const client = createClient({
    token,
    baseUrl: io.env.GITHUB_API_URL || "https://api.github.com",
    log: { info: () => void 0, warn: (m) => io.writeErr(`warning: ${m}
`) },
    ...io.githubTiming ? { timing: io.githubTiming } : {}
  });
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  const labels = data.labels.map((l) => typeof l === "string" ? l : l.name ?? "");
  const result = await declareIncident(
    client,
    repo,
    {
      number,
      title: data.title,
      body: data.body ?? null,
      labels,
      author: data.user?.login ?? "",
      createdAt: data.created_at
    },
    config,
    io.now
  );
  switch (result.kind) {
    case "ignored":
      io.writeOut(`Nothing to declare: ${result.reason}.
`);
      return EXIT_OK;
    case "invalid":
      io.writeOut(`Issue #${number} has ${result.problems} answer(s) to fix; see the comment on the issue.
`);
      return EXIT_FINDINGS;
    case "declared":
      if (result.raced)
        io.writeOut(`Another run was declaring issue #${number} at the same moment; nothing was made twice.
`);
      io.writeOut(
        `${result.created ? "Opened" : "Already open:"} pull request #${result.pull.number} (${result.pull.url}) adding ${result.path}
`
      );
      return EXIT_OK;
  }
}
export {
  declareCommand
};
