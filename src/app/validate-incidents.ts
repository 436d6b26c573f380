import path from 'node:path';
import { loadConfig } from '../config/load';
import type { Config } from '../core/config';
import { changedSince } from '../git/changes';
import {
  loadIncidents,
  serveClaimedShare,
  type LoadOptions,
  type LoadScope,
  type LoadWork,
  type StdinIncident,
} from '../incidents/load';
import { locateAgain } from '../incidents/read/file';
import { UsageError } from '../core/errors';
import { countBySeverity, detachFindings, sortFindings, type Finding } from '../core/finding';
import { checkAcrossFiles, checkFile, type ValidateResult } from '../validate/validate-set';

export interface ValidateOptions {
  readonly cwd: string;
  /** Files or folders; empty means the configured incidents folder. */
  readonly paths: readonly string[];
  readonly configPath?: string | undefined;
  readonly now: Date;
  /** A git ref or sha: check only the incident files changed since its merge base with HEAD. */
  readonly changedSince?: string | undefined;
  /** The entry file, which also serves worker threads: a large repository is then read on two threads. */
  readonly workerEntry?: URL | undefined;
  /** One incident's text from standard input (`validate -`), checked in place of the file it names. */
  readonly stdin?: StdinIncident | undefined;
}

/** Which files a validate checks in full: the ones named, the ones changed since a ref, or all. */
function scopeOf(options: ValidateOptions): LoadScope {
  if (options.stdin !== undefined) {
    if (options.paths.length > 0 || options.changedSince !== undefined)
      throw new UsageError(
        "'-' reads one incident from standard input: give it alone, without other paths or --changed-since",
      );
    return { stdin: options.stdin };
  }
  if (options.changedSince !== undefined) {
    if (options.paths.length > 0)
      throw new UsageError(
        '--changed-since checks the files a change touched: give either paths or --changed-since, not both',
      );
    return { changedSince: changedSince(options.cwd, options.changedSince) };
  }
  return options.paths.length > 0 ? { named: options.paths } : { whole: true };
}

/** Each file checked as it is read; only its findings are kept. The same on either thread. */
function checkEachFile(config: Config, now: Date): LoadOptions<Finding[]> {
  return {
    visit: (document) => checkFile(document, config, now),
    detach: detachFindings,
    keep: (findings) => findings.length > 0,
  };
}

/** What the second thread is asked (app/worker.ts): the same check, with the same config and clock. */
export interface ValidateTask {
  readonly task: 'validate-files';
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly now: string;
}

/** The second thread's share of a validate: the files it claims, checked as the first thread checks them. */
export function validateClaimedFiles(work: LoadWork & ValidateTask, post: (message: unknown) => void): void {
  const { config } = loadConfig(work.cwd, work.configPath);
  serveClaimedShare(work, config, checkEachFile(config, new Date(work.now)), post);
}

/**
 * The `validate` command's work, shared by the CLI and the Action.
 * Throws UsageError or ConfigError (exit 2); returns findings otherwise.
 */
export async function validateIncidents(options: ValidateOptions): Promise<ValidateResult> {
  const { cwd, now } = options;
  const { config, findings: configWarnings } = loadConfig(cwd, options.configPath);
  const task: ValidateTask = {
    task: 'validate-files',
    cwd,
    configPath: options.configPath,
    now: now.toISOString(),
  };
  const set = await loadIncidents(cwd, config, scopeOf(options), {
    ...checkEachFile(config, now),
    thread: options.workerEntry && { entry: options.workerEntry, task },
  });
  // Ids and references, once every id is known; a file is read again only for a finding's position.
  const targets = set.checked;
  const locate = (file: string) => set.textLocators?.get(file) ?? locateAgain(path.resolve(cwd, file));
  const findings = sortFindings([
    ...configWarnings,
    ...set.findings,
    ...set.targets.flatMap((target) => target.result),
    ...checkAcrossFiles({ ...set, targets, locate, config, now }),
  ]);
  return {
    findings,
    files: set.fileCount,
    ...countBySeverity(findings),
    ...(options.changedSince === undefined ? {} : { changedSince: options.changedSince }),
  };
}
