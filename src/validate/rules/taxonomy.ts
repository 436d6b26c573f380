import { DEFAULT_SEVERITIES } from '../../config/defaults';
import { type Config, UNKNOWN_SEVERITY } from '../../core/config';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { configFile, inIncident } from '../../core/rule-examples';
import { didYouMean } from '../../core/suggest';
import { atValue, type IncidentRule } from './context';
import { records, strings, text } from '../../incidents/fields';
import { sectionsBySeverityNote } from './sections';

export const SEVERITY_VALUE = defineRule({
  id: 'severity-value',
  severity: 'error',
  summary:
    'severity is one of the severities in .incidents.yml (by default SEV1 to SEV4), or unknown in a historical record',
  why: 'The severity decides which review sections are required and how fast the review is due. A severity the config does not define gets neither, and drops out of every count by severity.',
  wrong: lines('severity: high'),
  right: lines('severity: SEV1'),
});

export const CATEGORY_VALUE = defineRule({
  id: 'category-value',
  severity: 'error',
  summary: 'categories and contributing-factor categories come from the taxonomy in .incidents.yml',
  why: 'Trends compare incidents by category; "deployment" and "deploy" would be counted as two different things. Add a new category to the config when none fits.',
  wrong: lines(
    'categories: [deployment]',
    'contributing_factors:',
    '  - category: third_party',
    '    description: The payment provider timed out.',
  ),
  right: lines(
    'categories: [deploy]',
    'contributing_factors:',
    '  - category: third-party',
    '    description: The payment provider timed out.',
  ),
});

export const SERVICE_VALUE = defineRule({
  id: 'service-value',
  severity: 'error',
  summary: 'services come from the service catalog in .incidents.yml, when it has one',
  why: 'Repeats and trends are found per service; a name the catalog does not know ("checkout-svc" for "checkout") hides a repeat.',
  wrong: lines('services: [checkout-svc]'),
  right: lines('services: [checkout]'),
  repository: inIncident({ beside: [configFile(lines('services:', '  - id: checkout'))] }),
});

function suggestion(given: string, allowed: readonly string[], noun: string, configKey: string): string {
  const guess = didYouMean(given, allowed);
  return guess
    ? `did you mean '${guess}'?`
    : `use one of ${allowed.join(', ')}, or add a new ${noun} to '${configKey}' in .incidents.yml`;
}

const ids = new WeakMap<Config, { severities: string[]; categories: string[]; services: string[] }>();

/** The config's severity, category and service ids, listed once per config rather than once per file. */
function idsOf(config: Config) {
  let found = ids.get(config);
  if (!found) {
    found = {
      severities: config.severities.map((s) => s.id),
      categories: config.categories.map((c) => c.id),
      services: config.services.map((s) => s.id),
    };
    ids.set(config, found);
  }
  return found;
}

/** Severity, categories and services come from the config, with did-you-mean. */
export const taxonomyRule: IncidentRule = (document, { config }) => {
  const findings: Finding[] = [];
  const data = document.data;

  const { severities, categories, services } = idsOf(config);
  const severity = text(data, 'severity');
  // A historical record may say its severity was never recorded.
  const unrecorded = severity === UNKNOWN_SEVERITY && data.historical === true;
  if (severity !== undefined && !severities.includes(severity) && !unrecorded) {
    // A config that lists its own severities may have dropped one that older incidents still use: say where the list is.
    const fromConfig = config.source !== undefined && config.severities !== DEFAULT_SEVERITIES;
    findings.push(
      atValue(document, ['severity'], {
        rule: SEVERITY_VALUE,
        message: fromConfig
          ? `severity ${quote(severity)} is not in the severities of ${config.source} (${severities.join(', ')})`
          : `severity must be one of ${severities.join(', ')} (got ${quote(severity)})`,
        hint: `${suggestion(severity, severities, 'severity', 'severities')}${text(data, 'status') === 'reviewed' ? sectionsBySeverityNote(config) : ''}`,
      }),
    );
  }

  for (const { value, index } of strings(data.categories)) {
    if (!categories.includes(value)) {
      findings.push(
        atValue(document, ['categories', index], {
          rule: CATEGORY_VALUE,
          message: `unknown category ${quote(value)}`,
          hint: suggestion(value, categories, 'category', 'categories'),
        }),
      );
    }
  }
  for (const { value: factor, index } of records(data.contributing_factors)) {
    const category = factor.category;
    if (typeof category === 'string' && !categories.includes(category)) {
      findings.push(
        atValue(document, ['contributing_factors', index, 'category'], {
          rule: CATEGORY_VALUE,
          message: `unknown contributing-factor category ${quote(category)}`,
          hint: suggestion(category, categories, 'category', 'categories'),
        }),
      );
    }
  }

  if (services.length > 0) {
    for (const { value, index } of strings(data.services)) {
      if (!services.includes(value)) {
        findings.push(
          atValue(document, ['services', index], {
            rule: SERVICE_VALUE,
            message: `unknown service ${quote(value)}: it is not in the service catalog`,
            hint: suggestion(value, services, 'service', 'services'),
          }),
        );
      }
    }
  }
  return findings;
};
