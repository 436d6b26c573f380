import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load';
import { loadIncidents } from '../incidents/load';
import type { FileReport } from '../report/pr-comment';
import { describeNextStatus, nextStatus } from '../validate/next-status';
import type { ValidateResult } from '../validate/validate-set';

/**
 * What the pull-request comment says per file: the findings of every file
 * that has any, and for each incident file the pull request touches, what
 * its next status still needs.
 */
export function pullRequestFileReports(cwd: string, configPath: string | undefined, result: ValidateResult, changed: readonly string[]): FileReport[] {
  const { config } = loadConfig(cwd, configPath);
  const touched = changed.filter((file) => file.endsWith('.md') && (file === config.incidentsDir || file.startsWith(`${config.incidentsDir}/`)) && !file.startsWith(`${config.reviewsDir}/`) && existsSync(path.join(cwd, file)));
  const documents = touched.length ? loadIncidents(cwd, config, { named: touched }).targets : [];
  const byFile = new Map<string, FileReport>();
  for (const finding of result.findings) {
    const report = byFile.get(finding.file) ?? { file: finding.file, findings: [], next: undefined };
    byFile.set(finding.file, { ...report, findings: [...report.findings, finding] });
  }
  for (const document of documents) {
    const report = byFile.get(document.file) ?? { file: document.file, findings: [], next: undefined };
    byFile.set(document.file, { ...report, next: describeNextStatus(nextStatus(document, config)) });
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
}
