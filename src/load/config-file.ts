import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../config/defaults';
import { DEFAULT_CONFIG, resolveConfig, type RawConfig } from '../config/resolve';
import type { Config } from '../config/types';
import { ConfigError, UsageError } from '../errors';
import { configFindings } from '../validate/config-findings';
import { countBySeverity, type Finding } from '../validate/finding';
import { displayPath } from './discover';
import { MAX_FILE_BYTES } from './limits';
import { createLocator } from './locate';
import { parseYaml } from './yaml';

export interface LoadedConfig {
  readonly config: Config;
  /** Warnings about the config (errors throw ConfigError). */
  readonly findings: readonly Finding[];
}

/**
 * Reads .incidents.yml (or the file named by --config). No file at the
 * default place means the built-in defaults; a named file that is missing
 * is a usage error.
 */
export function loadConfig(cwd: string, configPath: string | undefined): LoadedConfig {
  const absolute = path.resolve(cwd, configPath ?? DEFAULT_CONFIG_FILE);
  const file = displayPath(cwd, absolute);
  if (!existsSync(absolute)) {
    if (configPath !== undefined) throw new UsageError(`config file '${configPath}' does not exist`);
    return { config: DEFAULT_CONFIG, findings: [] };
  }
  const bytes = readFileSync(absolute);
  if (bytes.length > MAX_FILE_BYTES) throw new ConfigError(`${file} is too large to be a config file`, []);
  const text = bytes.toString('utf8');
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    throw new ConfigError(`${file} is not valid YAML`, [{ file, ...problem.position, rule: problem.rule, severity: 'error', message: problem.message, hint: problem.hint }]);
  }
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${file} must be a set of 'key: value' lines`, [{ file, line: 1, column: 1, rule: 'config-not-mapping', severity: 'error', message: 'the config must be a set of fields (severities:, categories:, ...)', hint: 'see the README for an example .incidents.yml' }]);
  }
  const findings = configFindings({ file, data: data as Record<string, unknown>, locate: createLocator(text, 1) });
  if (countBySeverity(findings).errors > 0) throw new ConfigError(`${file} has errors`, findings);
  return { config: resolveConfig(data as RawConfig, file), findings };
}
