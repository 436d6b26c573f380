import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from './defaults';
import { DEFAULT_CONFIG, resolveConfig, type RawConfig } from './resolve';
import type { Config } from '../core/config';
import { ConfigError, UsageError } from '../core/errors';
import { configFindings } from './rules/config-findings';
import { configMapping } from './rules/config-mapping';
import { countBySeverity, sortFindings, type Finding } from '../core/finding';
import { idPatternFindings } from './rules/id-pattern';
import { followUpLabelFindings } from './rules/follow-up-label';
import { goalTargetFindings } from './rules/goal-targets';
import { displayPath } from '../incidents/find';
import { readConfigText } from '../incidents/read/config';
import { createLocator } from '../incidents/locate';
import { parseYaml } from '../incidents/yaml/parse';

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
  const text = readConfigText(absolute, file);
  if (text === undefined) {
    if (configPath !== undefined) throw new UsageError(`config file '${configPath}' does not exist`);
    return { config: DEFAULT_CONFIG, findings: [] };
  }
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    throw new ConfigError(`${file} is not valid YAML`, [
      {
        file,
        ...problem.position,
        rule: problem.rule.id,
        severity: problem.rule.severity,
        message: problem.message,
        hint: problem.hint,
      },
    ]);
  }
  const data = configMapping(file, parsed.data ?? {});
  const document = { file, data, locate: createLocator(text, 1) };
  const findings = sortFindings([
    ...configFindings(document),
    ...idPatternFindings(document),
    ...followUpLabelFindings(document),
    ...goalTargetFindings(document),
  ]);
  if (countBySeverity(findings).errors > 0) throw new ConfigError(`${file} has errors`, findings);
  return { config: resolveConfig(data as RawConfig, file), findings };
}
