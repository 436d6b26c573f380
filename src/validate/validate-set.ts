import type { Config } from '../core/config';
import type { IncidentRecord, SourceDocument } from '../incidents/document';
import type { Finding } from '../core/finding';
import { sortFindings } from '../core/finding';
import type { IncidentRule, RuleContext } from './rules/context';
import { followUpsRule } from './rules/follow-ups';
import { detectionRule, identityRule } from './rules/identity';
import { deletedReferencesRule, referencesRule } from './rules/references';
import { sectionsRule } from './rules/sections';
import { taxonomyRule } from './rules/taxonomy';
import { timestampsRule } from './rules/timestamps';
import { schemaFindings } from '../schema/findings';

/** What validate found: every finding, and the counts a summary line gives. */
export interface ValidateResult {
  readonly findings: readonly Finding[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** The ref, when only the files changed since it were checked. */
  readonly changedSince?: string | undefined;
}

export const INCIDENT_RULES: readonly IncidentRule[] = [
  identityRule,
  taxonomyRule,
  timestampsRule,
  followUpsRule,
  referencesRule,
  sectionsRule,
  detectionRule,
];

/**
 * The rules whose failure makes an incident's numbers untrustworthy. The
 * batch review uses these: a missing review section does not change a
 * duration, and parsing every body's Markdown would dominate its time.
 */
export const DATA_RULES: readonly IncidentRule[] = INCIDENT_RULES.filter((rule) => rule !== sectionsRule);

/**
 * The one rule for which incident files the batch review and sync leave
 * out, the same in both (and in the README): a file that cannot be read
 * (not text, too large, no frontmatter) or whose frontmatter has an error
 * (the schema and DATA_RULES: fields, values, times, ids, references).
 * A missing or empty review section changes no number and no follow-up:
 * such a file is kept, while validate still reports it.
 */
export const LEFT_OUT_RULES = DATA_RULES;

/** The rules that read other incidents (RuleContext.incidentsById): ids and references. */
export const CROSS_FILE_RULES: readonly IncidentRule[] = [referencesRule];

/** DATA_RULES that need nothing but the file: these can run wherever the file is read. */
export const PER_FILE_DATA_RULES: readonly IncidentRule[] = LEFT_OUT_RULES.filter(
  (rule) => !CROSS_FILE_RULES.includes(rule),
);

export function indexById(incidents: readonly IncidentRecord[]): Map<string, IncidentRecord[]> {
  const byId = new Map<string, IncidentRecord[]>();
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
  /** The documents to check in full. */
  readonly targets: readonly SourceDocument[];
  /** Every incident in the repository, for ids and references. */
  readonly allIncidents: readonly IncidentRecord[];
  /** Unchanged incidents that name one the change deletes: checked for that only. */
  readonly referrers?: readonly SourceDocument[];
  /** Incidents the change being validated deletes: id to the file it was in. */
  readonly deletedById?: ReadonlyMap<string, string>;
  readonly config: Config;
  readonly now: Date;
  readonly rules?: readonly IncidentRule[];
}

/**
 * Every finding for a set of incident files, in reading order. Pure: no I/O.
 * The targets are checked in full; the referrers (of a change) only for
 * what the change broke there: a reference to an incident it deletes.
 */
export function validateDocuments({
  targets,
  allIncidents,
  referrers = [],
  deletedById,
  config,
  now,
  rules = INCIDENT_RULES,
}: ValidateInput): Finding[] {
  const context: RuleContext = { config, now, incidentsById: indexById(allIncidents), deletedById };
  const findings: Finding[] = [];
  for (const document of targets) {
    if (document.kind === 'review') {
      findings.push(...schemaFindings(document, 'review'));
      continue;
    }
    findings.push(...schemaFindings(document, 'incident'));
    for (const rule of rules) findings.push(...rule(document, context));
  }
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return sortFindings(findings);
}
