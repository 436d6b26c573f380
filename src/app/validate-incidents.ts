import { loadConfig } from '../config/load';
import { changedSince } from '../git/changes';
import { loadChanged } from '../incidents/load-changed';
import { loadFiles } from '../incidents/load';
import { loadNamed } from '../incidents/load-named';
import { UsageError } from '../core/errors';
import { countBySeverity, sortFindings, type Finding } from '../core/finding';
import { validateChange, validateDocuments } from '../validate/validate-set';

export interface ValidateOptions {
  readonly cwd: string;
  /** Files or folders; empty means the configured incidents folder. */
  readonly paths: readonly string[];
  readonly configPath?: string | undefined;
  readonly now: Date;
  /** A git ref or sha: check only the incident files changed since its merge base with HEAD. */
  readonly changedSince?: string | undefined;
}

export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** The ref, when only the files changed since it were checked. */
  readonly changedSince?: string | undefined;
}

/**
 * The `validate` command's work, shared by the CLI and the Action.
 * Throws UsageError or ConfigError (exit 2); returns findings otherwise.
 */
export function runValidate(options: ValidateOptions): ValidateResult {
  const { config, findings: configWarnings } = loadConfig(options.cwd, options.configPath);
  if (options.changedSince !== undefined) {
    if (options.paths.length > 0) throw new UsageError('--changed-since checks the files a change touched: give either paths or --changed-since, not both');
    const loaded = loadChanged(options.cwd, config, changedSince(options.cwd, options.changedSince));
    const findings = sortFindings([...configWarnings, ...loaded.findings, ...validateChange({ ...loaded, config, now: options.now })]);
    return { findings, files: loaded.fileCount, ...countBySeverity(findings), changedSince: options.changedSince };
  }
  const loaded = options.paths.length > 0 ? loadNamed(options.cwd, options.paths, config) : loadFiles(options.cwd, [], config);
  const findings = sortFindings([
    ...configWarnings,
    ...loaded.findings,
    ...validateDocuments({ targets: loaded.targets, allIncidents: loaded.allIncidents, config, now: options.now }),
  ]);
  return { findings, files: loaded.fileCount, ...countBySeverity(findings) };
}
