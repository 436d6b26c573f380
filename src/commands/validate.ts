import { loadConfig } from '../load/config-file';
import { loadFiles } from '../load/load-files';
import { countBySeverity, sortFindings, type Finding } from '../validate/finding';
import { validateDocuments } from '../validate/validate-documents';

export interface ValidateOptions {
  readonly cwd: string;
  /** Files or folders; empty means the configured incidents folder. */
  readonly paths: readonly string[];
  readonly configPath?: string | undefined;
  readonly now: Date;
}

export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The `validate` command's work, shared by the CLI and the Action.
 * Throws UsageError or ConfigError (exit 2); returns findings otherwise.
 */
export function runValidate(options: ValidateOptions): ValidateResult {
  const { config, findings: configWarnings } = loadConfig(options.cwd, options.configPath);
  const loaded = loadFiles(options.cwd, options.paths, config);
  const findings = sortFindings([
    ...configWarnings,
    ...loaded.findings,
    ...validateDocuments({ targets: loaded.targets, allIncidents: loaded.allIncidents, config, now: options.now }),
  ]);
  return { findings, files: loaded.fileCount, ...countBySeverity(findings) };
}
