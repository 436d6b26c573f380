import type { Config } from '../core/config';
import { cut } from '../core/text';
import { slugify } from '../scaffold/incident-id';
import type { SourceFollowUp } from './follow-up';
import type { PhaseField } from './markdown/phases';
import { sourceKey } from './source-key';
import { mapServices, mapSeverity } from './values';
import type { ImportedIncident, ImportFormat, ImportSkip } from './types';

/** A time as the source gave it: a zoned timestamp (ms known), or only its day. */
export interface Moment {
  readonly text: string;
  readonly ms: number | undefined;
  readonly day: string;
}

export type Status = 'investigating' | 'mitigated' | 'resolved' | 'reviewed';

/** What a reader of one format found in one source item, before it is mapped to the format. */
export interface Draft {
  readonly origin: string;
  readonly title: string | undefined;
  readonly status: Status;
  readonly times: Partial<Record<PhaseField, Moment>>;
  /** The day it happened when no start time is known (a postmortem's date). */
  readonly day?: string | undefined;
  readonly severity?: string | undefined;
  readonly services?: readonly string[];
  readonly detection?: string | undefined;
  readonly commander?: string | undefined;
  readonly reviewDate?: string | undefined;
  readonly followUps: readonly SourceFollowUp[];
  readonly source: {
    readonly format: ImportFormat;
    readonly path?: string;
    readonly url?: string;
    readonly id?: string;
  };
  readonly unmapped?: Readonly<Record<string, string>>;
  readonly body: string;
  /** Times read from the timeline or the updates. */
  readonly timesRead: number;
  readonly notes?: readonly string[];
}

export interface BuildContext {
  readonly config: Config;
  readonly now: Date;
}

/** GitHub's limit for issue titles, which an incident title may become; and the schema's for follow-ups per incident. */
const MAX_TITLE = 256;
const MAX_FOLLOW_UPS = 100;
const FOLLOW_UP_SLUG = 40;
const PHASES: readonly PhaseField[] = ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'];
/** Which phase times each status needs; the rest are written only when known. */
const NEEDED: Readonly<Record<Status, readonly PhaseField[]>> = {
  investigating: [],
  mitigated: ['detected_at', 'mitigated_at'],
  resolved: ['detected_at', 'mitigated_at', 'resolved_at'],
  reviewed: ['detected_at', 'mitigated_at', 'resolved_at'],
};

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/** Times in order and in the past; one that is not is left unknown, with a note (it cannot be both as written and valid). */
function checkedTimes(draft: Draft, now: Date, notes: string[]): Partial<Record<PhaseField, Moment>> {
  const out: Partial<Record<PhaseField, Moment>> = {};
  let previous: { field: PhaseField; moment: Moment } | undefined;
  for (const field of PHASES) {
    const moment = draft.times[field];
    if (!moment) continue;
    const future = (moment.ms ?? Date.parse(`${moment.day}T00:00:00Z`)) > now.getTime();
    const before =
      previous &&
      (moment.ms !== undefined && previous.moment.ms !== undefined
        ? moment.ms < previous.moment.ms
        : moment.day < previous.moment.day);
    if (future) notes.push(`${field} ${moment.text} is in the future: left unknown`);
    else if (before)
      notes.push(`${field} ${moment.text} is before ${previous!.field} ${previous!.moment.text}: left unknown`);
    if (future || before) continue;
    out[field] = moment;
    previous = { field, moment };
  }
  return out;
}

/** A follow-up id from its title, unique in its incident. */
function followUpIds(followUps: readonly SourceFollowUp[]): string[] {
  const taken = new Set<string>();
  return followUps.map((followUp) => {
    const full = followUp.slug ?? slugify(followUp.title);
    const base = full.length <= FOLLOW_UP_SLUG ? full : full.slice(0, FOLLOW_UP_SLUG + 1).replace(/-[^-]*$/, '');
    const stem = base || 'action-item';
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  });
}

function followUpFields(followUps: readonly SourceFollowUp[], unmapped: Record<string, string>) {
  const ids = followUpIds(followUps);
  return followUps.map((f, i) => {
    const id = ids[i]!;
    for (const [field, value] of Object.entries(f.unmapped)) unmapped[`follow_ups.${id}.${field}`] = value;
    return {
      id,
      title: f.title,
      ...(f.type ? { type: f.type } : {}),
      ...(f.owner ? { owner: f.owner } : {}),
      ...(f.priority ? { priority: f.priority } : {}),
      ...(f.due ? { due: f.due } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.ticket ? { ticket: f.ticket } : {}),
    };
  });
}

/** The id: the day it started and a slug of the title (a date the title starts with is not repeated). */
function incidentId(day: string, title: string): string {
  const slug = slugify(title.replace(/^\s*\d{4}-\d{2}-\d{2}\s*[-–—:]?\s*/, ''));
  return `${day}-${slug}`;
}

/**
 * A draft as an incident record: values mapped through the config, what the
 * source does not give recorded as unknown, what could not be mapped named
 * under source.unmapped. Nothing is guessed.
 */
export function buildRecord(draft: Draft, context: BuildContext): ImportedIncident | ImportSkip {
  const notes = [...(draft.notes ?? [])];
  const title = draft.title?.replace(/\s+/g, ' ').trim();
  if (!title) return { origin: draft.origin, reason: 'no title: give it a heading or a title field' };
  const times = checkedTimes(draft, context.now, notes);
  const start = times.started_at;
  const day = start?.day ?? draft.day;
  if (!day)
    return {
      origin: draft.origin,
      reason: 'no date: an incident needs at least the day it started (started_at), and the source gives none',
    };
  const unmapped: Record<string, string> = { ...draft.unmapped };
  const severity = mapSeverity(draft.severity, context.config);
  if (severity.unmapped) unmapped.severity = severity.unmapped;
  const services = mapServices(draft.services ?? [], context.config);
  if (services.unmapped.length) unmapped.services = services.unmapped.join(', ');
  if (draft.commander && !HANDLE.test(draft.commander)) unmapped['roles.incident_commander'] = draft.commander;
  const kept = draft.followUps.slice(0, MAX_FOLLOW_UPS);
  if (draft.followUps.length > kept.length)
    notes.push(`${draft.followUps.length - kept.length} action items past the limit of ${MAX_FOLLOW_UPS} not imported`);
  const followUps = followUpFields(kept, unmapped);

  const exact: PhaseField[] = [];
  const dayOnly: PhaseField[] = [];
  const unknown: PhaseField[] = [];
  const timeFields: Record<string, string> = {};
  for (const field of PHASES) {
    const moment = field === 'started_at' ? (start ?? { text: day, ms: undefined, day }) : times[field];
    if (moment) {
      timeFields[field] = moment.text;
      (moment.ms === undefined ? dayOnly : exact).push(field);
    } else if (NEEDED[draft.status].includes(field)) {
      timeFields[field] = 'unknown';
      unknown.push(field);
    }
  }
  const frontmatter: Record<string, unknown> = {
    id: incidentId(day, title),
    title: cut(title, MAX_TITLE),
    status: draft.status,
    historical: true,
    severity: severity.id,
    ...timeFields,
    ...(draft.detection ? { detection: { method: draft.detection } } : {}),
    ...(services.ids.length ? { services: services.ids } : {}),
    ...(draft.commander && HANDLE.test(draft.commander) ? { roles: { incident_commander: draft.commander } } : {}),
    ...(followUps.length ? { follow_ups: followUps } : {}),
    ...(draft.reviewDate ? { review: { date: draft.reviewDate } } : {}),
    source: { ...draft.source, ...(Object.keys(unmapped).length ? { unmapped } : {}) },
  };
  return {
    key: sourceKey(draft.source)!,
    origin: draft.origin,
    id: String(frontmatter.id),
    year: day.slice(0, 4),
    frontmatter,
    body: draft.body,
    stats: {
      times: draft.timesRead,
      exact,
      dayOnly,
      unknown,
      followUps: followUps.length,
      followUpsDone: followUps.filter((f) => f.status === 'done' || f.status === 'not-planned').length,
      unmapped: Object.keys(unmapped),
      notes,
    },
  };
}
