import { loadConfig } from '../config/load';
import { isUnder, presentFiles } from '../incidents/find';
import { keepDocument, loadIncidents } from '../incidents/load';
import { changedFiles } from '../github/api/pull-files';
import type { RepoRef } from '../github/api/repo';
import { createClient, type Logger } from '../github/client';
import { upsertStickyComment } from '../github/sticky-comment';
import { renderPullRequestComment, VALIDATE_COMMENT_MARKER, type FileReport } from '../report/pr-comment';
import { describeNextStatus, nextStatus } from '../validate/next-status';
import type { ValidateResult } from '../validate/validate-set';

/**
 * What the pull-request comment says per file: the findings of every file
 * that has any, and for each incident file the pull request touches, what
 * its next status still needs.
 */
export async function pullRequestFileReports(
  cwd: string,
  configPath: string | undefined,
  result: ValidateResult,
  changed: readonly string[],
): Promise<FileReport[]> {
  const { config } = loadConfig(cwd, configPath);
  const touched = presentFiles(
    cwd,
    changed.filter(
      (file) => file.endsWith('.md') && isUnder(file, config.incidentsDir) && !file.startsWith(`${config.reviewsDir}/`),
    ),
  );
  const documents = touched.length
    ? (await loadIncidents(cwd, config, { named: touched }, { visit: keepDocument })).targets.map((t) => t.result)
    : [];
  const byFile = new Map<string, FileReport>();
  for (const finding of result.findings) {
    const report = byFile.get(finding.file) ?? { file: finding.file, findings: [], next: undefined };
    byFile.set(finding.file, { ...report, findings: [...report.findings, finding] });
  }
  for (const document of documents) {
    const report = byFile.get(document.file) ?? { file: document.file, findings: [], next: undefined };
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    byFile.set(document.file, { ...report, next: describeNextStatus(nextStatus(document, config), errors) });
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}

export interface PullRequestComment {
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly token: string;
  readonly apiUrl: string;
  readonly repo: RepoRef;
  readonly pullRequest: number;
  readonly log: Logger;
}

/** The one validate comment on a pull request, created or updated in place: what is wrong per file, and what each touched file's next status needs. */
export async function commentOnPullRequest(
  target: PullRequestComment,
  result: ValidateResult,
): Promise<'created' | 'updated' | 'unchanged'> {
  const client = createClient({ token: target.token, baseUrl: target.apiUrl, log: target.log });
  const changed = await changedFiles(client, target.repo, target.pullRequest);
  const body = renderPullRequestComment(
    await pullRequestFileReports(target.cwd, target.configPath, result, changed),
    result,
  );
  const { action } = await upsertStickyComment(client, target.repo, target.pullRequest, VALIDATE_COMMENT_MARKER, body);
  return action;
}
