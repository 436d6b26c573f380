import type { Config } from '../config/types';
import type { SourceDocument } from '../load/document';
import type { Finding } from './finding';
import { sortFindings } from './finding';
import type { IncidentRule, RuleContext } from './rules/context';
import { followUpsRule } from './rules/follow-ups';
import { detectionRule, identityRule } from './rules/identity';
import { referencesRule } from './rules/references';
import { sectionsRule } from './rules/sections';
import { taxonomyRule } from './rules/taxonomy';
import { timestampsRule } from './rules/timestamps';
import { schemaFindings } from './schema-findings';

export const INCIDENT_RULES: readonly IncidentRule[] = [identityRule, taxonomyRule, timestampsRule, followUpsRule, referencesRule, sectionsRule, detectionRule];

/**
 * The rules whose failure makes an incident's numbers untrustworthy. The
 * batch review uses these: a missing review section does not change a
 * duration, and parsing every body's Markdown would dominate its time.
 */
export const DATA_RULES: readonly IncidentRule[] = INCIDENT_RULES.filter((rule) => rule !== sectionsRule);

export function indexById(incidents: readonly SourceDocument[]): Map<string, SourceDocument[]> {
  const byId = new Map<string, SourceDocument[]>();
  for (const incident of incidents) {
    const id = incident.data.id;
    if (typeof id !== 'string') continue;
    const list = byId.get(id);
    if (list) list.push(incident);
    else byId.set(id, [incident]);
  }
  return byId;
}

export interface ValidateInput {
  /** The documents to check. */
  readonly targets: readonly SourceDocument[];
  /** Every incident in the repository, for ids and references. */
  readonly allIncidents: readonly SourceDocument[];
  readonly config: Config;
  readonly now: Date;
  readonly rules?: readonly IncidentRule[];
}

/** Every finding for the target documents, in reading order. Pure: no I/O. */
export function validateDocuments({ targets, allIncidents, config, now, rules = INCIDENT_RULES }: ValidateInput): Finding[] {
  const context: RuleContext = { config, now, incidentsById: indexById(allIncidents) };
  const findings: Finding[] = [];
  for (const document of targets) {
    if (document.kind === 'review') {
      findings.push(...schemaFindings(document, 'review'));
      continue;
    }
    findings.push(...schemaFindings(document, 'incident'));
    for (const rule of rules) findings.push(...rule(document, context));
  }
  return sortFindings(findings);
}
