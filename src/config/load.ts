import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from './defaults';
import { DEFAULT_CONFIG, resolveConfig, type RawConfig } from './resolve';
import type { Config } from '../core/config';
import { ConfigError, UsageError } from '../core/errors';
import { configFindings } from './rules/config-findings';
import { countBySeverity, sortFindings, type Finding } from '../core/finding';
import { idPatternFindings } from './rules/id-pattern';
import { goalTargetFindings } from './rules/goal-targets';
import { decodeText } from '../incidents/decode';
import { displayPath } from '../incidents/find';
import { MAX_FILE_BYTES, sizeOverLimit } from '../incidents/limits';
import { createLocator } from '../incidents/locate';
import { readBounded } from '../incidents/read-bounded';
import { parseYaml } from '../incidents/yaml/parse';

export interface LoadedConfig {
  readonly config: Config;
  /** Warnings about the config (errors throw ConfigError). */
  readonly findings: readonly Finding[];
}

function unusable(file: string, summary: string, finding: Omit<Finding, 'file' | 'severity' | 'line' | 'column'> & Partial<Pick<Finding, 'line' | 'column'>>): ConfigError {
  return new ConfigError(`${file} ${summary}`, [{ file, line: 1, column: 1, severity: 'error', ...finding }]);
}

/** The config's text; throws ConfigError when it is not a small UTF-8 text file. */
function readConfigText(absolute: string, file: string): string {
  if (statSync(absolute).isDirectory()) {
    throw new ConfigError(`${file} is a folder; the config must be a file of that name (remove or rename the folder)`, []);
  }
  const read = readBounded(absolute);
  if ('tooLarge' in read) {
    const sizes = sizeOverLimit(read.tooLarge, MAX_FILE_BYTES);
    throw unusable(file, 'is too large to be a config file', {
      rule: 'file-too-large',
      message: `the config is ${sizes.size}, larger than the ${sizes.limit} limit for a config file`,
      hint: 'a config is a page of settings; check that the right file is named .incidents.yml',
    });
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    throw unusable(file, 'is not UTF-8 text', {
      rule: 'file-not-text', ...decoded.position,
      message: decoded.problem === 'binary' ? 'the config contains a NUL byte: it looks like a binary file, not YAML' : 'the config is not valid UTF-8 text',
      hint: 'save the file as UTF-8 (most editors: "Save with encoding"); the first invalid byte is here',
    });
  }
  return decoded.text;
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
  const text = readConfigText(absolute, file);
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    throw new ConfigError(`${file} is not valid YAML`, [{ file, ...problem.position, rule: problem.rule, severity: 'error', message: problem.message, hint: problem.hint }]);
  }
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw unusable(file, "must be a set of 'key: value' lines", { rule: 'config-not-mapping', message: 'the config must be a set of fields (severities:, categories:, ...)', hint: 'see the README for an example .incidents.yml' });
  }
  const document = { file, data: data as Record<string, unknown>, locate: createLocator(text, 1) };
  const findings = sortFindings([...configFindings(document), ...idPatternFindings(document), ...goalTargetFindings(document)]);
  if (countBySeverity(findings).errors > 0) throw new ConfigError(`${file} has errors`, findings);
  return { config: resolveConfig(data as RawConfig, file), findings };
}
