import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  declareIncident
} from "./chunk-FG5FCJRD.js";
import "./chunk-QYRSQICO.js";
import "./chunk-GU3VK5IO.js";
import "./chunk-MQIZYMWJ.js";
import {
  createClient,
  parseRepo
} from "./chunk-MVTJRHP2.js";
import "./chunk-4GFNWXKY.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-CRSACREG.js";
import {
  loadConfig
} from "./chunk-DQXFDU7A.js";
import "./chunk-KLDDHSVW.js";
import {
  UsageError
} from "./chunk-VMWURIDY.js";
import "./chunk-XWDRN4ZW.js";

// src/cli/declare.ts
async function declareCommand(flags, io) {
  const number = Number(flags.issue);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`Invalid value for '--issue': must be an issue number (got '${flags.issue}')`);
  const repoText = flags.repo ?? io.env.GITHUB_REPOSITORY;
  const repo = parseRepo(repoText);
  if (!repo) throw new UsageError(`repository must be owner/name (got '${repoText ?? ""}'): pass --repo or set GITHUB_REPOSITORY`);
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UsageError("declare needs GITHUB_TOKEN (contents, pull-requests and issues write)");
  const { config } = loadConfig(io.cwd, flags.config);
  const client = createClient({ token, baseUrl: io.env.GITHUB_API_URL || "https://api.github.com", log: { info: () => void 0, warn: (m) => io.writeErr(`warning: ${m}
`) }, ...io.githubTiming ? { timing: io.githubTiming } : {} });
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  const labels = data.labels.map((l) => typeof l === "string" ? l : l.name ?? "");
  const result = await declareIncident(client, repo, { number, title: data.title, body: data.body ?? null, labels, author: data.user?.login ?? "" }, config, io.now);
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
      io.writeOut(`${result.created ? "Opened" : "Already open:"} pull request #${result.pull.number} (${result.pull.url}) adding ${result.path}
`);
      return EXIT_OK;
  }
}
export {
  declareCommand
};
