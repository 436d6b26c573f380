import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  DECLARE_LABEL,
  FORM
} from "./declare+init.js";
import {
  ensureLabels
} from "./init+review+sync.js";
import {
  GITHUB_TIMING,
  createClient,
  explainFailure,
  parseRepo,
  repoName
} from "./declare+init+review+sync.js";
import "./declare+init+program+review+sync.js";
import {
  package_default
} from "./init+program+review+status+sync+validate+worker.js";
import {
  esm_default
} from "./init+new.js";
import "./declare+init+new.js";
import "./declare+import+init+new.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import "./declare+import+init+new+program+review+status.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import {
  DEFAULT_CATEGORIES,
  DEFAULT_SEVERITIES
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/init.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/app/set-up-github.ts
async function makeDeclareLabel(options) {
  const timing = options.timing ?? GITHUB_TIMING;
  const client = createClient({ token: options.token, baseUrl: options.apiUrl, log: options.log, timing });
  try {
    const created = await ensureLabels(client, options.repo, /* @__PURE__ */ new Set([DECLARE_LABEL]));
    return { made: created.length > 0 };
  } catch (error) {
    return {
      failed: explainFailure(error, {
        token: "GITHUB_TOKEN (or GH_TOKEN): it needs issues write on the repository",
        repo: "--repo or GITHUB_REPOSITORY",
        repoName: repoName(options.repo),
        retries: timing.retries
      })
    };
  }
}

// src/incidents/create-file.ts
import { linkSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
function createFileAtomic(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

// src/init/answers.ts
var DEFAULT_ANSWERS = {
  severities: DEFAULT_SEVERITIES.map((s) => s.id),
  categories: DEFAULT_CATEGORIES.map((c) => c.id),
  services: [],
  branch: "main"
};
var ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function parseIdList(text, what, allowEmpty) {
  const ids = text.split(/[,\s]+/).map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0 && !allowEmpty) return { ok: false, reason: `give at least one ${what}` };
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== void 0)
    return {
      ok: false,
      reason: `'${bad}' is not a ${what} id: use letters, digits, '.', '_' and '-', starting with a letter or digit`
    };
  const seen = /* @__PURE__ */ new Set();
  const twice = ids.find((id) => seen.has(id.toLowerCase()) ? true : (seen.add(id.toLowerCase()), false));
  if (twice !== void 0) return { ok: false, reason: `${what} '${twice}' is listed twice` };
  return { ok: true, value: ids };
}
function parseBranch(text) {
  const branch = text.trim();
  return BRANCH.test(branch) && !branch.includes("..") ? { ok: true, value: branch } : { ok: false, reason: `'${text}' is not a branch name a workflow can filter on` };
}

// src/init/editor.ts
var CONFIG_SCHEMA_PATH = "./node_modules/incidents-as-code/schemas/config.schema.json";
var MARKDOWNLINT_RULE_MODULE = "incidents-as-code/markdownlint";
var MARKDOWNLINT_RULES = { errors: "incidents-as-code", warnings: "incidents-as-code-warnings" };
function renderMarkdownlintConfig() {
  return [
    "// Written by `incidents init`: incident files checked as you type, in any editor that runs",
    '// markdownlint (VS Code: the markdownlint extension), and by `npx markdownlint-cli2 "incidents/**/*.md"`.',
    "{",
    `  "customRules": ["${MARKDOWNLINT_RULE_MODULE}"],`,
    "  // The frontmatter is what these rules check, at its own line numbers: markdownlint must not cut it off.",
    '  "frontMatter": "(?!)",',
    '  "config": {',
    "    // markdownlint's own style rules stay off here: with the frontmatter kept, they would misread it.",
    '    "default": false,',
    `    "${MARKDOWNLINT_RULES.errors}": true,`,
    `    "${MARKDOWNLINT_RULES.warnings}": "warning"`,
    "  }",
    "}",
    ""
  ].join("\n");
}
var RECOMMENDED_EXTENSIONS = ["DavidAnson.vscode-markdownlint", "redhat.vscode-yaml"];
function renderVsCodeExtensions() {
  return `${JSON.stringify({ recommendations: RECOMMENDED_EXTENSIONS }, null, 2)}
`;
}

// src/init/config-file.ts
var yamlString = (text) => JSON.stringify(text);
function severityBlock(id, index, count) {
  const known = DEFAULT_SEVERITIES.find((s) => s.id === id);
  const like = known ?? DEFAULT_SEVERITIES[Math.min(index, DEFAULT_SEVERITIES.length - 1)];
  const description = known?.description ?? `TODO: say when an incident is ${id}, so a responder can choose under stress.`;
  return [
    `  - id: ${id}`,
    `    description: ${yamlString(description)}`,
    `    review_within: ${like.reviewWithinDays}d`,
    `    review_sections: [${like.reviewSections.join(", ")}]`,
    ...index === count - 1 ? [] : [""]
  ];
}
function categoryLine(id) {
  const known = DEFAULT_CATEGORIES.find((c) => c.id === id);
  return [`  - id: ${id}`, `    description: ${yamlString(known?.description ?? `TODO: what counts as ${id}.`)}`];
}
function renderConfigFile(answers) {
  const services = answers.services.length ? [
    "# The service catalog: services in incident files must come from it (with did-you-mean), and",
    "# `incidents new` offers them as completions. Give each an owner to route follow-ups.",
    "services:",
    ...answers.services.flatMap((id) => [`  - id: ${id}`, '    # owner: "@your-org/team"'])
  ] : [
    "# The service catalog (optional): with it, services in incident files must come from the list.",
    "# services:",
    "#   - id: checkout",
    '#     owner: "@your-org/checkout"'
  ];
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_PATH}`,
    "# The incident program: what each severity means and requires, the taxonomy incidents are",
    "# filed under, and the services. Every key is optional; `incidents explain` and the docs say more.",
    "",
    "# Where incident files live (any *.md below it); batch review records go to reviews_dir.",
    "incidents_dir: incidents",
    "reviews_dir: incidents/reviews",
    "",
    "# Severities, most severe first. Write each description so a responder can choose under stress.",
    "# review_within: how soon after resolution the review is due (the batch review lists late ones).",
    "# review_sections: the headings a reviewed incident of that severity must have.",
    "severities:",
    ...answers.severities.flatMap((id, index) => severityBlock(id, index, answers.severities.length)),
    "",
    "# The taxonomy: a short list people can tell apart. The batch review counts categories and",
    "# contributing factors over time, so a category nobody uses tells you nothing.",
    "categories:",
    ...answers.categories.flatMap(categoryLine),
    "",
    ...services,
    "",
    "# Follow-ups become GitHub issues on pushes to the default branch, labelled with this label.",
    "follow_ups:",
    "  label: follow-up",
    "",
    "# Goals: the investment thesis, shown with its trend in every batch review. For example:",
    "# goals:",
    "#   - name: Fast mitigation",
    "#     metric: time_to_mitigate",
    "#     stat: p50",
    `#     where: { severity: [${answers.severities.slice(0, 2).join(", ")}] }`,
    '#     target: "<= 30m"',
    ""
  ].join("\n");
}

// src/init/issue-form.ts
var quoted = (text) => JSON.stringify(text);
function label(question) {
  return question.charAt(0).toUpperCase() + question.slice(1);
}
function renderIssueForm(answers) {
  const meanings = answers.severities.map((id) => {
    const known = DEFAULT_SEVERITIES.find((s) => s.id === id);
    return known ? `${id}: ${known.description}` : void 0;
  }).filter((text) => text !== void 0);
  return [
    "# Written by `incidents init`. The labels of the fields are what `declare` reads: keep them.",
    "name: Declare an incident",
    "description: Something is broken for users (or nearly was). This opens a pull request with the incident file; you can fill in the rest later.",
    'title: "[Incident]: "',
    `labels: [${DECLARE_LABEL}]`,
    "body:",
    "  - type: markdown",
    "    attributes:",
    "      value: |",
    "        Fill in what you know now; everything can be corrected later in the pull request. It takes two minutes.",
    "  - type: dropdown",
    `    id: severity`,
    "    attributes:",
    `      label: ${label(FORM.severity)}`,
    `      description: ${quoted(meanings.length ? meanings.join(" ") : "See .incidents.yml for what each severity means.")}`,
    `      options: [${answers.severities.join(", ")}]`,
    "    validations:",
    "      required: true",
    "  - type: input",
    "    id: started",
    "    attributes:",
    `      label: ${label(FORM.started)}`,
    '      description: "now, 30m ago, 2h ago, 14:05 (UTC today) or a timestamp like 2026-03-04T09:12Z"',
    "      placeholder: 30m ago",
    "    validations:",
    "      required: true",
    "  - type: input",
    "    id: services",
    "    attributes:",
    `      label: ${label(FORM.services)}`,
    `      description: ${quoted(answers.services.length ? `Comma-separated, from: ${answers.services.join(", ")}.` : "Comma-separated service names.")}`,
    `      placeholder: ${answers.services.slice(0, 2).join(", ") || "checkout, payments"}`,
    "  - type: input",
    "    id: commander",
    "    attributes:",
    `      label: ${label(FORM.commander)}`,
    "      description: The GitHub handle of the person coordinating the response.",
    '      placeholder: "@alice"',
    "  - type: textarea",
    "    id: summary",
    "    attributes:",
    `      label: ${label(FORM.summary)}`,
    "      description: What users see, in one or two sentences.",
    ""
  ].join("\n");
}

// src/init/workflows.ts
var CHECKOUT = "actions/checkout@v7";
var VALIDATE_CHECKOUT = [
  "      - uses: " + CHECKOUT,
  "        with:",
  "          fetch-depth: 2   # the merge commit and its parents: only the files the pull request changes are checked in full"
];
var PATHS = "['incidents/**', '.incidents.yml']";
function step(actionRef, command, comment, extra = []) {
  return [`      - uses: ${actionRef}`, "        with:", `          command: ${command}   # ${comment}`, ...extra];
}
function workflows(answers, actionRef) {
  return [
    {
      file: "incidents-check.yml",
      text: [
        "# Pull requests: check the incident files they change, and keep one comment that says what is",
        "# wrong and what the next status needs. Written by `incidents init`.",
        "name: incidents-check",
        "on:",
        "  pull_request:",
        `    paths: ${PATHS}`,
        "permissions:",
        "  contents: read          # read the incident files",
        "  pull-requests: write    # the one comment on the pull request (none on pull requests from forks)",
        "concurrency:",
        "  group: incidents-check-${{ github.event.pull_request.number }}",
        "  cancel-in-progress: true   # a newer push makes this run stale",
        "jobs:",
        "  validate:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        ...VALIDATE_CHECKOUT,
        ...step(actionRef, "validate", "findings as annotations, the job summary and the comment"),
        ""
      ].join("\n")
    },
    {
      file: "incidents-sync.yml",
      text: [
        "# Pushes to the default branch: validate, then file one issue per follow-up, exactly once, and",
        "# keep the issues in step with the files. Written by `incidents init`.",
        "name: incidents-sync",
        "on:",
        "  push:",
        `    branches: [${answers.branch}]`,
        `    paths: ${PATHS}`,
        "permissions:",
        "  contents: read",
        "  issues: write           # file, update and close the follow-up issues",
        "concurrency:",
        "  group: incidents-sync   # one sync at a time: a second waits instead of racing",
        "  cancel-in-progress: false",
        "jobs:",
        "  sync:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, "auto", "a push to the default branch: validate, then sync"),
        ""
      ].join("\n")
    },
    {
      file: "incidents-review.yml",
      text: [
        "# Every quarter: the batch review of the last full quarter, as one pull request per period that",
        "# adds incidents/reviews/<period>.md for the meeting. Written by `incidents init`.",
        "name: incidents-review",
        "on:",
        "  schedule:",
        "    - cron: '0 6 2 1,4,7,10 *'   # 06:00 UTC on the 2nd day of each quarter",
        "  workflow_dispatch:",
        "permissions:",
        "  contents: write         # push the review record to its branch",
        "  pull-requests: write    # open or update the review pull request",
        "  issues: read            # read follow-up states back from their issues",
        "concurrency:",
        "  group: incidents-review",
        "  cancel-in-progress: false",
        "jobs:",
        "  review:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, "review", "the last full quarter", ["          review-output: pr"]),
        ""
      ].join("\n")
    },
    {
      file: "incidents-declare.yml",
      text: [
        '# Issues opened with the "Declare an incident" form: the incident file, on a branch, in a pull',
        "# request, and a comment on the issue. Written by `incidents init`.",
        "name: incidents-declare",
        "on:",
        "  issues:",
        "    types: [opened, edited, labeled]",
        "permissions:",
        "  contents: write         # the branch with the new incident file",
        "  pull-requests: write    # the pull request that adds it",
        "  issues: write           # the comment on the issue",
        "concurrency:",
        "  group: incidents-declare-${{ github.event.issue.number }}",
        "  cancel-in-progress: false",
        "jobs:",
        "  declare:",
        "    if: contains(github.event.issue.labels.*.name, 'incident')",
        "    runs-on: ubuntu-latest",
        "    steps:",
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, "declare", "the form becomes a pull request, once per issue"),
        ""
      ].join("\n")
    }
  ];
}

// src/init/plan.ts
function planInit(answers, actionRef) {
  return [
    { path: ".incidents.yml", text: renderConfigFile(answers), what: "the program: severities, categories, services" },
    ...workflows(answers, actionRef).map((workflow) => ({
      path: `.github/workflows/${workflow.file}`,
      text: workflow.text,
      what: WORKFLOW_PURPOSE[workflow.file] ?? "a workflow"
    })),
    {
      path: ".github/ISSUE_TEMPLATE/declare-incident.yml",
      text: renderIssueForm(answers),
      what: 'the "Declare an incident" issue form'
    },
    {
      path: "incidents/.markdownlint-cli2.jsonc",
      text: renderMarkdownlintConfig(),
      what: "incident files checked as you type (markdownlint)"
    },
    {
      path: ".vscode/extensions.json",
      text: renderVsCodeExtensions(),
      what: "the VS Code extensions that use the two files above"
    },
    // Only where there is none: `npm i -D` makes node_modules/, which must not be committed with the incidents.
    { path: ".gitignore", text: "node_modules/\n", what: "node_modules/ stays out of commits" }
  ];
}
var WORKFLOW_PURPOSE = {
  "incidents-check.yml": "pull requests: check, and one comment",
  "incidents-sync.yml": "pushes to the default branch: follow-up issues",
  "incidents-review.yml": "each quarter: the batch review",
  "incidents-declare.yml": "issues from the form: a pull request"
};
var DOCS_ACTION = "https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/action.md";
function githubSettings(repo, labelMade = false) {
  const actionsSettings = repo ? `https://github.com/${repo}/settings/actions` : "the repository's Settings > Actions > General";
  const label2 = `gh label create ${DECLARE_LABEL}${repo ? ` --repo ${repo}` : ""} --color B60205 --description "Declared with the incident form"`;
  return [
    ...labelMade ? [] : [
      `Create the '${DECLARE_LABEL}' label: the declare form sets it, and GitHub drops a label that does not exist:
     ${label2}
     (or run init again with --github and GITHUB_TOKEN set)`
    ],
    `Let workflows open pull requests (declare and the batch review do): in ${actionsSettings},
     Workflow permissions, tick "Allow GitHub Actions to create and approve pull requests"`,
    `Optional: pull requests opened with GITHUB_TOKEN start no workflow, so a declared incident's pull request
     gets no checks until someone pushes to it; an App token fixes that:
     ${DOCS_ACTION}#checks-on-declared-pull-requests`
  ];
}

// src/cli/init-prompts.ts
async function ask(message, parse, initial) {
  const answer = await esm_default({
    message,
    default: initial,
    validate: (text) => {
      const parsed2 = parse(text);
      return parsed2.ok ? true : parsed2.reason;
    }
  });
  const parsed = parse(answer);
  if (!parsed.ok) throw new Error(`an answer that passed its check failed it again: ${parsed.reason}`);
  return parsed.value;
}
var terminalInitPrompts = {
  available: () => Boolean(process.stdin.isTTY),
  async ask(defaults) {
    const severities = await ask(
      "Severities, most severe first (comma-separated):",
      (text) => parseIdList(text, "severity", false),
      defaults.severities.join(", ")
    );
    const categories = await ask(
      "Categories incidents are filed under:",
      (text) => parseIdList(text, "category", false),
      defaults.categories.join(", ")
    );
    const services = await ask(
      "Services (your catalog; Enter for none: any name is accepted):",
      (text) => parseIdList(text, "service", true),
      defaults.services.join(", ")
    );
    const branch = await ask("Default branch (its pushes file the follow-ups):", parseBranch, defaults.branch);
    return { severities, categories, services, branch };
  }
};

// src/cli/init.ts
function gitHubTarget(flags, io) {
  if (!flags.github) return void 0;
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token)
    throw new UsageError(
      "--github makes the settings on GitHub, and needs a token that can write issues: set GITHUB_TOKEN (or GH_TOKEN), or leave out --github"
    );
  const text = flags.repo ?? io.env.GITHUB_REPOSITORY;
  const repo = parseRepo(text);
  if (!repo) throw new UsageError(`--github needs the repository as owner/name (got '${text ?? ""}'): pass --repo`);
  return { token, repo };
}
var ACTION_REF = `incidents-as-code/incidents-as-code@v${package_default.version.split(".")[0]}`;
function fromFlags(flags) {
  const problems = [];
  const take = (flag, text, parse, fallback) => {
    if (text === void 0) return fallback;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    problems.push(`${flag}: ${parsed.reason}`);
    return fallback;
  };
  const answers = {
    severities: take("--severities", flags.severities, (t) => parseIdList(t, "severity", false), [
      ...DEFAULT_ANSWERS.severities
    ]),
    categories: take("--categories", flags.categories, (t) => parseIdList(t, "category", false), [
      ...DEFAULT_ANSWERS.categories
    ]),
    services: take("--services", flags.services, (t) => parseIdList(t, "service", true), []),
    branch: take("--branch", flags.branch, parseBranch, DEFAULT_ANSWERS.branch)
  };
  return { answers, problems };
}
async function initCommand(flags, io, prompts = terminalInitPrompts) {
  const { answers: given, problems } = fromFlags(flags);
  if (problems.length) {
    for (const problem of problems) io.writeErr(`incidents init: ${problem}
`);
    return EXIT_USAGE;
  }
  const github = gitHubTarget(flags, io);
  let answers = given;
  if (!flags.yes && io.stdoutIsTty && prompts.available()) {
    try {
      answers = await prompts.ask(given);
    } catch (error) {
      if (!(error instanceof Error && error.name === "ExitPromptError")) throw error;
      io.writeErr("incidents init: cancelled; nothing was written\n");
      return EXIT_FINDINGS;
    }
  }
  const written = [];
  const kept = [];
  for (const file of planInit(answers, ACTION_REF)) {
    const ok = createFileAtomic(path2.join(io.cwd, file.path), file.text);
    (ok ? written : kept).push(file.path);
    io.writeOut(
      `${ok ? "  wrote" : "  kept "} ${file.path.padEnd(45)} ${ok ? file.what : "(already there: not changed)"}
`
    );
  }
  io.writeOut(
    written.length ? `
${written.length} file(s) written${kept.length ? `, ${kept.length} kept as they were` : ""}.
` : "\nEvery file was already there: nothing was changed.\n"
  );
  let labelMade = false;
  let exit = EXIT_OK;
  if (github) {
    const name = `${github.repo.owner}/${github.repo.repo}`;
    const outcome = await makeDeclareLabel({
      token: github.token,
      apiUrl: io.env.GITHUB_API_URL || "https://api.github.com",
      repo: github.repo,
      log: { info: () => void 0, warn: (m) => io.writeErr(`warning: ${m}
`) },
      ...io.githubTiming ? { timing: io.githubTiming } : {}
    });
    if ("failed" in outcome) {
      io.writeErr(`incidents init: could not make the '${DECLARE_LABEL}' label on ${name}: ${outcome.failed}
`);
      exit = EXIT_FINDINGS;
    } else {
      labelMade = true;
      io.writeOut(
        outcome.made ? `  made  the '${DECLARE_LABEL}' label on ${name}
` : `  kept  the '${DECLARE_LABEL}' label on ${name} (already there)
`
      );
    }
  }
  if (!existsSync(path2.join(io.cwd, ".git")))
    io.writeErr(
      "incidents init: warning: this is not the root of a git repository; GitHub runs the workflows only from .github/ at the root\n"
    );
  io.writeOut(
    [
      "",
      "Next:",
      "  1. Record an incident:   npx incidents new",
      "  2. Check it:             npx incidents validate",
      "  3. Commit and push, then open a pull request: the check comments on it.",
      "",
      "Once, on GitHub (files cannot do this):",
      ...githubSettings(flags.repo ?? (io.env.GITHUB_REPOSITORY || void 0), labelMade).map(
        (line, i) => `  ${i + 1}. ${line}`
      ),
      ""
    ].join("\n")
  );
  return exit;
}
export {
  ACTION_REF,
  initCommand
};
