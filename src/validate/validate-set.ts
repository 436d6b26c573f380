import type { Config } from '../core/config';
import type { IncidentRecord, SourceDocument } from '../incidents/document';
import type { Locator } from '../incidents/locate';
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

const NO_INCIDENTS: RuleContext['incidentsById'] = new Map();

/** A locator made on the first position asked. */
function lazily(make: () => Locator): Locator {
  let made: Locator | undefined;
  return { key: (path) => (made ??= make()).key(path), value: (path) => (made ??= make()).value(path) };
}

/** The rules that need nothing but the file: these run while the file is read. */
export const PER_FILE_RULES: readonly IncidentRule[] = INCIDENT_RULES.filter(
  (rule) => !CROSS_FILE_RULES.includes(rule),
);

function checkDocument(document: SourceDocument, context: RuleContext, rules: readonly IncidentRule[]): Finding[] {
  if (document.kind === 'review') return schemaFindings(document, 'review');
  const findings = schemaFindings(document, 'incident');
  for (const rule of rules) findings.push(...rule(document, context));
  return findings;
}

/**
 * What one file shows on its own: the schema and every rule that needs
 * nothing but the file. Run while the file is read, so the file need not
 * be kept; checkAcrossFiles does the rest once every id is known.
 */
export function checkFile(document: SourceDocument, config: Config, now: Date): Finding[] {
  return checkDocument(document, { config, now, incidentsById: NO_INCIDENTS }, PER_FILE_RULES);
}

export interface AcrossFilesInput {
  /** The incidents checked in full, by id and references. */
  readonly targets: readonly IncidentRecord[];
  /** Where a key is in one of them: asked only for a finding (it may read the file again). */
  readonly locate: (file: string) => Locator;
  readonly allIncidents: readonly IncidentRecord[];
  readonly referrers?: readonly SourceDocument[];
  readonly deletedById?: ReadonlyMap<string, string>;
  readonly config: Config;
  readonly now: Date;
}

/** What validate checks across files: ids unique, references to incidents that exist (or that a change deletes). */
export function checkAcrossFiles({
  targets,
  locate,
  allIncidents,
  referrers = [],
  deletedById,
  config,
  now,
}: AcrossFilesInput): Finding[] {
  const context: RuleContext = { config, now, incidentsById: indexById(allIncidents), deletedById };
  const findings: Finding[] = [];
  for (const { file, data } of targets) {
    // Made one at a time, and let go: a locator per file of a large repository, kept, was 2 KB a file.
    const document: SourceDocument = {
      file,
      data,
      kind: 'incident',
      body: '',
      bodyLine: 1,
      frontmatterLine: 1,
      locate: lazily(() => locate(file)),
    };
    for (const rule of CROSS_FILE_RULES) findings.push(...rule(document, context));
  }
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return findings;
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
  for (const document of targets) findings.push(...checkDocument(document, context, rules));
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return sortFindings(findings);
}
