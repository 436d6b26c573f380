import { parseTimestamp } from '../core/time';
import type { Draft, Moment, Status } from './record';
import type { ImportSkip } from './types';

/**
 * Atlassian Statuspage's incidents, in the shape of its public
 * /api/v2/incidents.json ({ page, incidents: [...] }) or of an export (a
 * list of incidents): name, impact, created_at / started_at, monitoring_at,
 * resolved_at, components and incident_updates.
 */

interface Update {
  readonly status?: unknown;
  readonly body?: unknown;
  readonly created_at?: unknown;
  readonly display_at?: unknown;
  readonly affected_components?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

/** The list of incidents in a parsed document, or why it is not one. */
export function statuspageIncidents(data: unknown): Record<string, unknown>[] | { problem: string } {
  const incidents = Array.isArray(data) ? data : (data as { incidents?: unknown } | null)?.incidents;
  if (!Array.isArray(incidents))
    return { problem: 'not a Statuspage incidents document: expected { "incidents": [...] } or a list of incidents' };
  return list(incidents);
}

function moment(value: unknown): Moment | undefined {
  const text = str(value);
  const ms = parseTimestamp(text);
  return text && ms !== undefined ? { text, ms, day: text.slice(0, 10) } : undefined;
}

/** Its status on the page; a postmortem published means the cause was fixed. */
const STATUSES: Readonly<Record<string, Status>> = {
  investigating: 'investigating',
  identified: 'investigating',
  monitoring: 'mitigated',
  resolved: 'resolved',
  postmortem: 'resolved',
};

function componentNames(incident: Record<string, unknown>): string[] {
  const names = [
    ...list(incident.components),
    ...list(incident.incident_updates).flatMap((u) => list((u as Update).affected_components)),
  ]
    .map((c) => str(c.name))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** The updates, oldest first, as the timeline of the body: what the page said and when. */
function timeline(updates: readonly Update[]): string[] {
  return [...updates]
    .map((u) => ({ at: str(u.display_at) ?? str(u.created_at), status: str(u.status), body: str(u.body) }))
    .sort((a, b) => (parseTimestamp(a.at) ?? 0) - (parseTimestamp(b.at) ?? 0))
    .map(
      (u) =>
        `- ${u.at ?? 'time not given'}${u.status ? ` **${u.status}**` : ''}: ${(u.body ?? '').replace(/\s*\n\s*/g, ' ')}`,
    );
}

function body(name: string, impact: string | undefined, updates: readonly Update[], postmortem: string | undefined) {
  const lines = [`# ${name}`, ''];
  if (impact) lines.push(`Impact on the status page: ${impact}.`, '');
  lines.push('## Timeline', '', 'As posted on the status page.', '', ...timeline(updates), '');
  if (postmortem) lines.push('## Postmortem', '', postmortem.trim(), '');
  return lines.join('\n');
}

/** One Statuspage incident as a draft record. */
export function readStatuspageIncident(incident: Record<string, unknown>, index: number): Draft | ImportSkip {
  const id = str(incident.id);
  const name = str(incident.name);
  const origin = id ? `incident ${id}` : `incident #${index + 1}`;
  if (!id) return { origin, reason: 'no id: a Statuspage incident always has one; is this an incidents document?' };
  const started = moment(incident.started_at) ?? moment(incident.created_at);
  const status = STATUSES[str(incident.status) ?? ''];
  const updates = list(incident.incident_updates) as Update[];
  const notes: string[] = [];
  if (!status) return { origin, reason: `status '${String(incident.status)}' is not one Statuspage gives incidents` };
  if (!incident.monitoring_at && status !== 'investigating') notes.push('no monitoring_at: mitigated_at unknown');
  const impact = str(incident.impact);
  return {
    origin,
    title: name,
    status,
    times: {
      ...(started ? { started_at: started } : {}),
      ...(moment(incident.monitoring_at) ? { mitigated_at: moment(incident.monitoring_at)! } : {}),
      ...(moment(incident.resolved_at) ? { resolved_at: moment(incident.resolved_at)! } : {}),
    },
    severity: impact,
    services: componentNames(incident),
    followUps: [],
    source: { format: 'statuspage', id, ...(str(incident.shortlink) ? { url: str(incident.shortlink)! } : {}) },
    body: body(name ?? id, impact, updates, str(incident.postmortem_body)),
    timesRead: updates.filter((u) => moment(u.display_at ?? u.created_at)).length,
    notes,
  };
}
