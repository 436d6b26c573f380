import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  RequestError
} from "./declare+init+review+sync.js";

// src/core/pull-request-checks.ts
var GITHUB_TOKEN_CHECKS_NOTE = "> Opened with the workflow's `GITHUB_TOKEN`? GitHub starts no workflow for it, so no check runs here until someone pushes to the branch, and a required check blocks the merge until then. Run the step with a GitHub App token (`actions/create-github-app-token`) and its pull requests get their checks.";

// src/github/api/branches.ts
async function defaultBranch(client, repo) {
  const { data } = await client.rest.repos.get({ ...repo });
  return data.default_branch;
}
async function branchHead(client, repo, branch) {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return void 0;
    throw error;
  }
}
async function createBranch(client, repo, branch, sha) {
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
  } catch (error) {
    if (!(error instanceof RequestError && error.status === 422)) throw error;
  }
}
async function ensureBranch(client, repo, branch) {
  const base = await defaultBranch(client, repo);
  if (await branchHead(client, repo, branch) === void 0) {
    const sha = await branchHead(client, repo, base);
    if (!sha) throw new Error(`the default branch '${base}' has no commits`);
    await createBranch(client, repo, branch, sha);
  }
  return base;
}

// src/github/api/contents.ts
async function readFile(client, repo, path, branch) {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref: branch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return void 0;
    return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) return void 0;
    throw error;
  }
}
async function writeFile(client, repo, path, branch, text, message, sha) {
  await client.rest.repos.createOrUpdateFileContents({
    ...repo,
    path,
    branch,
    message,
    content: Buffer.from(text, "utf8").toString("base64"),
    ...sha ? { sha } : {}
  });
}

// src/github/api/pulls.ts
async function firstPull(client, repo, branch, state) {
  const { data } = await client.rest.pulls.list({ ...repo, state, head: `${repo.owner}:${branch}`, per_page: 10 });
  const pull = data[0];
  return pull ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "" } : void 0;
}
async function findAnyPull(client, repo, branch) {
  return firstPull(client, repo, branch, "all");
}
async function openPull(client, repo, pull) {
  const { data } = await client.rest.pulls.create({ ...repo, ...pull });
  return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? "" };
}

export {
  ensureBranch,
  readFile,
  writeFile,
  findAnyPull,
  openPull,
  GITHUB_TOKEN_CHECKS_NOTE
};
