import { defineRule, lines } from '../../core/rule';
import { inConfig } from '../../core/rule-examples';
import { unusableConfig } from '../../incidents/read/config';

export const CONFIG_NOT_MAPPING = defineRule({
  id: 'config-not-mapping',
  severity: 'error',
  summary: "the config is a set of 'key: value' lines",
  why: 'Every setting is looked up by its key (severities, categories, services, ...); a list or a single value has no keys, so no command can run.',
  wrong: lines('- SEV1', '- SEV2'),
  right: lines('severities:', '  - id: SEV1', '    description: Most customers cannot order or pay.'),
  repository: inConfig,
});

/** The parsed config as its keys; throws ConfigError when it is a list or a single value. */
export function configMapping(file: string, data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw unusableConfig(file, "must be a set of 'key: value' lines", {
      rule: CONFIG_NOT_MAPPING.id,
      message: 'the config must be a set of fields (severities:, categories:, ...)',
      hint: 'see docs/config.md for an example .incidents.yml, or run incidents init for a commented one',
    });
  }
  return data as Record<string, unknown>;
}
