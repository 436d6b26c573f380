import { RequestError } from '@octokit/request-error';
import { ensureBranch } from '../api/branches';
import { readFile, writeFile } from '../api/contents';
import { changedFiles } from '../api/pull-files';
import { findAnyPull, openPull, type PullRef } from '../api/pulls';
import type { RepoRef } from '../api/repo';
import type { GitHubClient } from '../client';
import { MAX_ISSUE_TITLE_CHARS } from '../../core/github-limits';
import { cut } from '../../core/text';

export interface Declaration {
  readonly issue: number;
  readonly path: string;
  /** The incidents folder: where the file a pull request holds is looked for. */
  readonly incidentsDir: string;
  readonly text: string;
  readonly title: string;
  readonly body: string;
}

export interface Published {
  readonly pull: PullRef;
  readonly created: boolean;
  /** The incident file the pull request holds (the one first declared, even if the issue's title changed since). */
  readonly path: string;
  /** Another run (the form fires `opened` and `labeled` together) made the branch, the file or the pull request first. */
  readonly raced: boolean;
}

export function declarationBranch(issue: number): string {
  return `incidents-declare/issue-${issue}`;
}

/**
 * A write another run beat us to: the file appeared between our read and
 * our write (422 "sha" wasn't supplied, 409), or the pull request exists (422).
 */
function lostRace(error: unknown): boolean {
  return error instanceof RequestError && (error.status === 422 || error.status === 409);
}

/** The incident file a pull request adds; the planned path when it cannot be told. */
async function heldFile(client: GitHubClient, repo: RepoRef, pull: PullRef, declaration: Declaration): Promise<string> {
  const dir = `${declaration.incidentsDir.replace(/\/+$/, '')}/`;
  const files = await changedFiles(client, repo, pull.number);
  return files.find((f) => f.startsWith(dir) && f.endsWith('.md')) ?? declaration.path;
}

/**
 * One branch and one pull request per declaring issue, whatever happens: a
 * second run (the issue edited, labelled again, the workflow re-run, or a
 * run at the same moment) finds the pull request and makes no other.
 */
export async function publishDeclaration(
  client: GitHubClient,
  repo: RepoRef,
  declaration: Declaration,
): Promise<Published> {
  const branch = declarationBranch(declaration.issue);
  const existing = await findAnyPull(client, repo, branch);
  if (existing)
    return { pull: existing, created: false, path: await heldFile(client, repo, existing, declaration), raced: false };
  const base = await ensureBranch(client, repo, branch);
  let raced = false;
  if (!(await readFile(client, repo, declaration.path, branch))) {
    try {
      await writeFile(
        client,
        repo,
        declaration.path,
        branch,
        declaration.text,
        `Declare incident from #${declaration.issue}: ${declaration.title}`,
      );
    } catch (error) {
      if (!lostRace(error) || !(await readFile(client, repo, declaration.path, branch))) throw error;
      raced = true;
    }
  }
  try {
    const pull = await openPull(client, repo, {
      head: branch,
      base,
      title: cut(`Incident: ${declaration.title}`, MAX_ISSUE_TITLE_CHARS),
      body: declaration.body,
    });
    return { pull, created: true, path: declaration.path, raced };
  } catch (error) {
    const other = lostRace(error) ? await findAnyPull(client, repo, branch) : undefined;
    if (!other) throw error;
    return { pull: other, created: false, path: await heldFile(client, repo, other, declaration), raced: true };
  }
}
