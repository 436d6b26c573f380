import { loadConfig } from '../config/load';
import { changedSince } from '../git/changes';
import { loadIncidents, type LoadScope, type StdinIncident } from '../incidents/load';
import { UsageError } from '../core/errors';
import { countBySeverity, sortFindings } from '../core/finding';
import { validateDocuments, type ValidateResult } from '../validate/validate-set';

export interface ValidateOptions {
  readonly cwd: string;
  /** Files or folders; empty means the configured incidents folder. */
  readonly paths: readonly string[];
  readonly configPath?: string | undefined;
  readonly now: Date;
  /** A git ref or sha: check only the incident files changed since its merge base with HEAD. */
  readonly changedSince?: string | undefined;
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

/**
 * The `validate` command's work, shared by the CLI and the Action.
 * Throws UsageError or ConfigError (exit 2); returns findings otherwise.
 */
export function validateIncidents(options: ValidateOptions): ValidateResult {
  const { config, findings: configWarnings } = loadConfig(options.cwd, options.configPath);
  const set = loadIncidents(options.cwd, config, scopeOf(options));
  const findings = sortFindings([
    ...configWarnings,
    ...set.findings,
    ...validateDocuments({ ...set, config, now: options.now }),
  ]);
  return {
    findings,
    files: set.fileCount,
    ...countBySeverity(findings),
    ...(options.changedSince === undefined ? {} : { changedSince: options.changedSince }),
  };
}
