import { DEFAULT_SEVERITIES } from '../../config/defaults';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { didYouMean } from '../../core/suggest';
import { atValue, type IncidentRule } from './context';
import { records, strings, text } from '../../incidents/fields';

function suggestion(given: string, allowed: readonly string[], noun: string, configKey: string): string {
  const guess = didYouMean(given, allowed);
  return guess ? `did you mean '${guess}'?` : `use one of ${allowed.join(', ')}, or add a new ${noun} to '${configKey}' in .incidents.yml`;
}

/** Severity, categories and services come from the config, with did-you-mean. */
export const taxonomyRule: IncidentRule = (document, { config }) => {
  const findings: Finding[] = [];
  const data = document.data;

  const severity = text(data, 'severity');
  const severities = config.severities.map((s) => s.id);
  if (severity !== undefined && !severities.includes(severity)) {
    // A config that lists its own severities may have dropped one that older incidents still use: say where the list is.
    const fromConfig = config.source !== undefined && config.severities !== DEFAULT_SEVERITIES;
    findings.push(atValue(document, ['severity'], {
      rule: 'severity-value',
      message: fromConfig
        ? `severity ${quote(severity)} is not in the severities of ${config.source} (${severities.join(', ')})`
        : `severity must be one of ${severities.join(', ')} (got ${quote(severity)})`,
      hint: suggestion(severity, severities, 'severity', 'severities'),
    }));
  }

  const categories = config.categories.map((c) => c.id);
  for (const { value, index } of strings(data.categories)) {
    if (!categories.includes(value)) {
      findings.push(atValue(document, ['categories', index], {
        rule: 'category-value',
        message: `unknown category ${quote(value)}`,
        hint: suggestion(value, categories, 'category', 'categories'),
      }));
    }
  }
  for (const { value: factor, index } of records(data.contributing_factors)) {
    const category = factor.category;
    if (typeof category === 'string' && !categories.includes(category)) {
      findings.push(atValue(document, ['contributing_factors', index, 'category'], {
        rule: 'category-value',
        message: `unknown contributing-factor category ${quote(category)}`,
        hint: suggestion(category, categories, 'category', 'categories'),
      }));
    }
  }

  const services = config.services.map((s) => s.id);
  if (services.length > 0) {
    for (const { value, index } of strings(data.services)) {
      if (!services.includes(value)) {
        findings.push(atValue(document, ['services', index], {
          rule: 'service-value',
          message: `unknown service ${quote(value)}: it is not in the service catalog`,
          hint: suggestion(value, services, 'service', 'services'),
        }));
      }
    }
  }
  return findings;
};
