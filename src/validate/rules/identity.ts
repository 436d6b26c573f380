import path from 'node:path';
import { quote } from '../describe';
import type { Finding } from '../finding';
import { atValue, text, type IncidentRule } from './context';

/** The id has the configured form, and the file is named after it. */
export const identityRule: IncidentRule = (document, { config }) => {
  const id = text(document.data, 'id');
  if (id === undefined) return [];
  const findings: Finding[] = [];
  if (!config.idPattern.test(id)) {
    const slug = id.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    findings.push(atValue(document, ['id'], {
      rule: 'id-format',
      message: `id ${quote(id)} does not match the id pattern ${config.idPattern.source}`,
      hint: config.source && config.idPattern.source !== '^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$'
        ? `change the id to match id_pattern in ${config.source}`
        : `use the start date and a short lowercase slug, like 2026-03-04-${slug.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'checkout-errors'}`,
    }));
  }
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, '');
  if (fileId !== id && findings.length === 0) {
    findings.push(atValue(document, ['id'], {
      rule: 'file-name-mismatch',
      severity: 'warning',
      message: `the file name '${fileId}.md' does not match the id ${quote(id)}`,
      hint: `rename the file to ${id}.md so people can find the incident by its id`,
    }));
  }
  return findings;
};

/** Statuses past investigating without detected_at make time-to-detect unmeasurable. */
export const detectionRule: IncidentRule = (document) => {
  const status = text(document.data, 'status');
  if (status === undefined || status === 'investigating' || document.data.detected_at !== undefined) return [];
  return [atValue(document, ['started_at'], {
    rule: 'detected-at-missing',
    severity: 'warning',
    message: `no detected_at: time to detect cannot be measured for this ${status} incident`,
    hint: 'add detected_at: the time the first alert fired or the first person noticed, with a time zone',
  })];
};
