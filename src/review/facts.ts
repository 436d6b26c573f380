import type { SourceDocument } from '../incidents/document';
import { parseDay, parseTimestamp } from '../core/time';

export type FollowUpStatus = 'open' | 'done' | 'not-planned';

export interface FollowUpFacts {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly status: FollowUpStatus;
  /** Midnight UTC of the due day. */
  readonly due: number | undefined;
  /** When it was done or dropped (ms). */
  readonly closedAt: number | undefined;
}

/** What the batch review reads of one incident, typed and in milliseconds. */
export interface IncidentFacts {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly status: string;
  readonly severity: string;
  readonly nearMiss: boolean;
  /** When impact started; midnight UTC of its day when only the day was recorded. */
  readonly started: number;
  /** Whether started is a recorded moment (not only its day): durations are measured only from one. */
  readonly startedExact: boolean;
  /** A record made after the fact (historical: true): it has no review deadline. */
  readonly historical: boolean;
  readonly detected: number | undefined;
  readonly mitigated: number | undefined;
  readonly resolved: number | undefined;
  readonly detection: string | undefined;
  /** The alert that fired first (detection.alert): a shared alert is evidence of a repeat. */
  readonly alert: string | undefined;
  readonly tags: readonly string[];
  /** Contributing factors' descriptions, for how alike two incidents read. */
  readonly factorText: string;
  readonly mitigationAutomated: boolean;
  readonly services: readonly string[];
  readonly categories: readonly string[];
  readonly factorCategories: readonly string[];
  readonly commander: string | undefined;
  readonly responders: readonly string[];
  readonly repeatOf: string | undefined;
  readonly followUps: readonly FollowUpFacts[];
  readonly reviewDate: number | undefined;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function followUp(incidentId: string, raw: Record<string, unknown>): FollowUpFacts {
  const status = raw.status === 'done' || raw.status === 'not-planned' ? raw.status : 'open';
  return {
    key: `${incidentId}/${String(raw.id)}`,
    id: String(raw.id),
    title: String(raw.title ?? ''),
    status,
    due: parseDay(str(raw.due)),
    closedAt: parseDay(str(raw.closed_at)),
  };
}

/** Facts of incidents that validate; others are left out (their numbers cannot be trusted). */
export function incidentFacts(document: SourceDocument): IncidentFacts | undefined {
  const d = document.data;
  const id = str(d.id);
  const exactStart = parseTimestamp(str(d.started_at));
  const started = exactStart ?? parseDay(str(d.started_at));
  if (id === undefined || started === undefined) return undefined;
  const roles = obj(d.roles);
  return {
    id,
    title: str(d.title) ?? id,
    file: document.file,
    status: str(d.status) ?? 'investigating',
    severity: str(d.severity) ?? 'unknown',
    nearMiss: d.near_miss === true,
    started,
    startedExact: exactStart !== undefined,
    historical: d.historical === true,
    detected: parseTimestamp(str(d.detected_at)),
    mitigated: parseTimestamp(str(d.mitigated_at)),
    resolved: parseTimestamp(str(d.resolved_at)),
    detection: str(obj(d.detection).method),
    alert: str(obj(d.detection).alert),
    tags: strs(d.tags),
    factorText: (Array.isArray(d.contributing_factors) ? d.contributing_factors : [])
      .map((f) => str(obj(f).description) ?? '')
      .join(' ')
      .slice(0, 2000),
    mitigationAutomated: obj(d.mitigation).automated === true,
    services: strs(d.services),
    categories: strs(d.categories),
    factorCategories: (Array.isArray(d.contributing_factors) ? d.contributing_factors : [])
      .map((f) => str(obj(f).category))
      .filter((c): c is string => c !== undefined),
    commander: str(roles.incident_commander),
    responders: strs(roles.responders),
    repeatOf: str(d.repeat_of),
    followUps: (Array.isArray(d.follow_ups) ? d.follow_ups : []).map((f) => followUp(id, obj(f))),
    reviewDate: parseDay(str(obj(d.review).date)),
  };
}

/** Texts many incidents repeat (statuses, severities, services, categories, people, follow-up ids): one copy each. */
const shared = new Map<string, string>();
/** Past this many, new texts are copied but no longer shared: the table must not grow with the repository. */
const MAX_SHARED = 50_000;

function share(text: string): string {
  let copy = shared.get(text);
  if (copy === undefined) {
    copy = structuredClone(text);
    if (shared.size < MAX_SHARED) shared.set(copy, copy);
  }
  return copy;
}
const shareAll = (texts: readonly string[]) => texts.map(share);
const copyOf = (text: string) => structuredClone(text);
const asIs = (text: string) => text;

function kept(facts: IncidentFacts, copy: (text: string) => string): IncidentFacts {
  return {
    ...facts,
    id: copy(facts.id),
    title: copy(facts.title),
    file: copy(facts.file),
    status: share(facts.status),
    severity: share(facts.severity),
    detection: facts.detection === undefined ? undefined : share(facts.detection),
    alert: facts.alert === undefined ? undefined : share(facts.alert),
    tags: shareAll(facts.tags),
    // One factor's description is the file's own string, not a copy, whatever join and slice make of it.
    factorText: copy(facts.factorText),
    services: shareAll(facts.services),
    categories: shareAll(facts.categories),
    factorCategories: shareAll(facts.factorCategories),
    commander: facts.commander === undefined ? undefined : share(facts.commander),
    responders: shareAll(facts.responders),
    repeatOf: facts.repeatOf === undefined ? undefined : copy(facts.repeatOf),
    followUps: facts.followUps.map((f) => ({ ...f, key: copy(f.key), id: share(f.id), title: copy(f.title) })),
  };
}

/**
 * Facts as the review keeps them while a large repository is read: no
 * string cut from a file's text (such a string keeps all of the text
 * alive), and the texts many incidents repeat stored once. A million
 * incidents' facts, each with its own copy of "reviewed", "SEV3", its
 * services and its people, came near the default heap.
 */
export const keptFacts = (facts: IncidentFacts): IncidentFacts => kept(facts, copyOf);

/** Facts another thread kept and posted: its strings arrive as copies already, so only the repeated texts are shared. */
export const adoptedFacts = (facts: IncidentFacts): IncidentFacts => kept(facts, asIs);
