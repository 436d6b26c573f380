import type { RootContent } from 'mdast';
import { parseYaml } from '../../incidents/yaml/parse';
import type { SourceFollowUp } from '../follow-up';
import type { Draft, Moment } from '../record';
import { detectionMethod, splitNames } from '../values';
import { readWhenValue, type Day } from '../when';
import { parseZone, statedZone, zonedFromWall, type Zone } from '../zone';
import { readActionItems } from './action-items';
import { fieldName, readFields, type FieldName, type Fields } from './fields';
import { phaseEntries, type PhaseField } from './phases';
import { splitSections, type Section } from './sections';
import { isoDay, readTimeline, type TimelineEntry } from './timeline';
import { oneLine, parseMarkdown, plainText } from './tree';

export interface MarkdownSource {
  /** Path relative to the folder imported, forward slashes: the source's identity. */
  readonly path: string;
  readonly text: string;
}

/** "Shakespeare Sonnet++ Postmortem (incident #465)" -> the title without the word postmortem around it. */
function cleanTitle(heading: string): string {
  const cleaned = heading
    .replace(/^\s*(?:post[-\s]?mortem|incident\s+(?:report|review|postmortem)|pir|rca)\s*[:\-–—|]\s*/i, '')
    .replace(/\s*[-–—|:]?\s*(?:post[-\s]?mortem|incident\s+report)\s*$/i, '')
    .trim();
  return cleaned || heading.trim();
}

/** The leading YAML block some wikis and static-site exports keep, read for the fields the importer knows. */
function sourceFrontmatter(text: string): { fields: Fields; body: string; incidentFile: boolean } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { fields: new Map(), body: text, incidentFile: false };
  const parsed = parseYaml(match[1]!);
  const data =
    parsed.ok && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
  const fields: Fields = new Map();
  for (const [label, value] of Object.entries(data)) {
    const name = fieldName(label);
    const text = Array.isArray(value) ? value.map(String).join(', ') : value == null ? '' : String(value);
    if (name && text && typeof value !== 'object') fields.set(name, text);
    else if (name && Array.isArray(value)) fields.set(name, text);
  }
  const incidentFile = 'id' in data && 'status' in data && 'started_at' in data;
  return { fields, body: text.slice(match[0].length), incidentFile };
}

function dayOf(text: string | undefined): Day | undefined {
  const date = text ? readWhenValue(text)?.date : undefined;
  return date?.year === undefined ? undefined : { year: date.year, month: date.month, day: date.day };
}

/** A field's time: a timestamp when it gives date (or the document's day), time and a zone; otherwise its day. */
function fieldMoment(value: string | undefined, day: Day | undefined, zone: Zone | undefined): Moment | undefined {
  const when = value ? readWhenValue(value) : undefined;
  if (!when) return undefined;
  const date = when.date ? { year: when.date.year ?? day?.year, month: when.date.month, day: when.date.day } : day;
  if (!date || date.year === undefined) return undefined;
  const d: Day = { year: date.year, month: date.month, day: date.day };
  const z = when.zone ?? zone;
  if (!when.clock || !z) return { text: isoDay(d), ms: undefined, day: isoDay(d) };
  const at = zonedFromWall(
    Date.UTC(d.year, d.month - 1, d.day, when.clock.hour, when.clock.minute, when.clock.second),
    z,
  );
  return { text: at.text, ms: at.ms, day: isoDay(d) };
}

function entryMoment(entry: TimelineEntry): Moment | undefined {
  if (entry.at) return { text: entry.at.text, ms: entry.at.ms, day: entry.day ?? entry.at.text.slice(0, 10) };
  return entry.day ? { text: entry.day, ms: undefined, day: entry.day } : undefined;
}

/** The first zone the document states anywhere outside code ("All times are UTC."). */
function documentZone(nodes: readonly RootContent[]): Zone | undefined {
  for (const node of nodes) {
    if (node.type === 'code' || node.type === 'html') continue;
    for (const line of plainText(node).split('\n')) {
      const zone = statedZone(line);
      if (zone) return zone;
    }
  }
  return undefined;
}

const TIME_FIELDS: readonly [FieldName, PhaseField][] = [
  ['started', 'started_at'],
  ['detected', 'detected_at'],
  ['mitigated', 'mitigated_at'],
  ['resolved', 'resolved_at'],
];

function sectionText(sections: readonly Section[], kind: Section['kind']): string {
  return sections
    .filter((s) => s.kind === kind)
    .map((s) => [s.inline ?? '', ...s.nodes.map((n) => plainText(n))].join('\n'))
    .join('\n');
}

/**
 * One postmortem document as a draft record: title from its first heading,
 * the day and the zone it states, phase times from fields or from timeline
 * entries that say so, action items from its action-item sections, and its
 * whole text as the body.
 */
export function readPostmortem(source: MarkdownSource, zoneGiven: Zone | undefined): Draft | { reason: string } {
  const front = sourceFrontmatter(source.text);
  if (front.incidentFile)
    return { reason: 'already an incident file (its frontmatter has id, status and started_at): copy it instead' };
  const root = parseMarkdown(front.body);
  const sections = splitSections(root);
  // The part before the first section: after a title heading, up to the next heading.
  const headings = root.children.flatMap((n, i) => (n.type === 'heading' ? [{ depth: n.depth, i }] : []));
  const titled = headings[0]?.depth === 1 && headings[0].i === 0;
  const end = (titled ? headings[1] : headings[0])?.i ?? root.children.length;
  const preamble = root.children.slice(titled ? 1 : 0, end);
  const fields = readFields(root, preamble, front.fields);
  const firstHeading = root.children.find((n) => n.type === 'heading');
  const fileName = source.path
    .split('/')
    .pop()!
    .replace(/\.[^.]*$/, '');
  const title = cleanTitle(
    fields.get('title') ?? (firstHeading ? oneLine(plainText(firstHeading)) : fileName.replace(/[-_]+/g, ' ')),
  );

  const zone = parseZone(fields.get('zone') ?? '') ?? documentZone(root.children) ?? zoneGiven;
  const day =
    dayOf(fields.get('date')) ??
    dayOf(/\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0]) ??
    dayOf(/\d{4}-\d{2}-\d{2}/.exec(title)?.[0]);
  const entries = sections
    .filter((s) => s.kind === 'timeline')
    .flatMap((s) => readTimeline(s.nodes, { day, zone: statedZone(s.title) ?? zone }));
  const marked = phaseEntries(entries);
  const times: Partial<Record<PhaseField, Moment>> = {};
  for (const [name, field] of TIME_FIELDS) {
    const moment = fieldMoment(fields.get(name), day, zone) ?? (marked[field] ? entryMoment(marked[field]) : undefined);
    if (moment) times[field] = moment;
  }
  const firstDated = entries.find((e) => e.day)?.day;
  const notes: string[] = [];
  const zoneless = entries.filter((e) => e.zoneless).length;
  if (zoneless) notes.push(`${zoneless} timeline times state no zone: recorded to the day (give --zone)`);

  const followUps: SourceFollowUp[] = sections
    .filter((s) => s.kind === 'actions')
    .flatMap((s) => readActionItems(s.nodes));
  const reviewDay = dayOf(fields.get('reviewDate'));
  return {
    origin: source.path,
    title,
    status: 'reviewed',
    times,
    day: day ? isoDay(day) : firstDated,
    severity: fields.get('severity'),
    services: splitNames(fields.get('services') ?? ''),
    detection: detectionMethod(sectionText(sections, 'detection')),
    commander: fields.get('commander'),
    reviewDate: reviewDay ? isoDay(reviewDay) : undefined,
    followUps,
    source: { format: 'markdown', path: source.path },
    body: front.body.replace(/^\s*\n/, '').replace(/\s*$/, '\n'),
    timesRead: entries.filter((e) => e.at).length,
    notes,
  };
}
