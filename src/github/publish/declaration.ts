import { ensureBranch } from '../api/branches';
import { readFile, writeFile } from '../api/contents';
import { findAnyPull, openPull, type PullRef } from '../api/pulls';
import type { RepoRef } from '../api/repo';
import type { GitHubClient } from '../client';

export interface Declaration {
  readonly issue: number;
  readonly path: string;
  readonly text: string;
  readonly title: string;
  readonly body: string;
}

export function declarationBranch(issue: number): string {
  return `incidents-declare/issue-${issue}`;
}

/**
 * One branch and one pull request per declaring issue, whatever happens: a
 * second run (the issue edited, labelled again, the workflow re-run) finds
 * the pull request and makes no other.
 */
export async function publishDeclaration(
  client: GitHubClient,
  repo: RepoRef,
  declaration: Declaration,
): Promise<{ pull: PullRef; created: boolean }> {
  const branch = declarationBranch(declaration.issue);
  const existing = await findAnyPull(client, repo, branch);
  if (existing) return { pull: existing, created: false };
  const base = await ensureBranch(client, repo, branch);
  if (!(await readFile(client, repo, declaration.path, branch))) {
    await writeFile(
      client,
      repo,
      declaration.path,
      branch,
      declaration.text,
      `Declare incident from #${declaration.issue}: ${declaration.title}`,
    );
  }
  const pull = await openPull(client, repo, {
    head: branch,
    base,
    title: `Incident: ${declaration.title}`,
    body: declaration.body,
  });
  return { pull, created: true };
}
