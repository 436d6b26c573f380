import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One incident as the review tests need it; everything else is the smallest valid file. */
export interface IncidentSpec {
  readonly id: string;
  readonly started: string;
  readonly severity?: string;
  readonly services?: readonly string[];
  readonly categories?: readonly string[];
  readonly factors?: readonly string[];
  readonly commander?: string;
  readonly followUps?: readonly string[];
  readonly extra?: string;
}

const list = (items: readonly string[]) => `[${items.join(', ')}]`;

export function incidentFile(spec: IncidentSpec): string {
  const start = Date.parse(spec.started);
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  return [
    '---',
    `id: ${spec.id}`,
    `title: ${spec.id.slice(11).replace(/-/g, ' ')}`,
    'status: resolved',
    `severity: ${spec.severity ?? 'SEV2'}`,
    `started_at: ${at(0)}`,
    `detected_at: ${at(10)}`,
    `mitigated_at: ${at(40)}`,
    `resolved_at: ${at(120)}`,
    `services: ${list(spec.services ?? ['checkout'])}`,
    `categories: ${list(spec.categories ?? ['deploy'])}`,
    ...(spec.factors?.length
      ? ['contributing_factors:', ...spec.factors.map((f) => `  - { category: ${f}, description: It happened. }`)]
      : []),
    ...(spec.commander ? [`roles: { incident_commander: "${spec.commander}" }`] : []),
    ...(spec.followUps?.length
      ? [
          'follow_ups:',
          ...spec.followUps.map((t, i) => `  - { id: f${i + 1}, title: "${t}", owner: "@bob", due: 2030-01-01 }`),
        ]
      : []),
    ...(spec.extra ? [spec.extra] : []),
    '---',
    '# Summary',
    '',
    'It happened.',
    '',
  ].join('\n');
}

/** A repository in a temporary folder: a config and one file per incident. */
export function reviewRepo(incidents: readonly IncidentSpec[], config = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
  writeFileSync(path.join(dir, '.incidents.yml'), config);
  mkdirSync(path.join(dir, 'incidents'));
  for (const spec of incidents) writeFileSync(path.join(dir, 'incidents', `${spec.id}.md`), incidentFile(spec));
  return dir;
}
