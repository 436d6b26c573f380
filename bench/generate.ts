// Deterministic generator of realistic incident files for benchmarks: a
// fixed seed, every field, varied sizes, real Markdown bodies.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = [
  'web-storefront',
  'checkout',
  'payments-gateway',
  'identity',
  'search',
  'catalog',
  'pricing',
  'orders',
  'inventory',
  'delivery-dispatch',
  'courier-app-api',
  'notifications',
  'recommendations',
  'data-pipeline',
  'feature-flags',
  'postgres-main',
  'kafka',
  'edge-cdn',
  'k8s-platform',
];
const CATEGORIES = [
  'deploy',
  'config',
  'capacity',
  'database',
  'dependency',
  'third-party',
  'certificate',
  'network',
  'data',
  'monitoring',
];
const METHODS = ['alert', 'alert', 'alert', 'customer', 'employee', 'automated-test'];
const TECHNIQUES = [
  'rollback',
  'traffic-shift',
  'feature-flag',
  'failover',
  'scale-up',
  'circuit-breaker',
  'restart',
  'manual-fix',
];
const PEOPLE = Array.from({ length: 40 }, (_, i) => `@engineer-${i + 1}`);
const FOLLOW_UPS = [
  'Add an alert for {s} error rate',
  'Alert when {s} p99 latency exceeds the SLO',
  'Page on {s} saturation',
  'Update the {s} runbook',
  'Document the {s} failover procedure',
  'Add canary analysis to {s} deploys',
  'Load test {s} at three times peak',
  'Autoscale {s} on request rate',
  'Add a circuit breaker between {s} and its dependencies',
  'Automate certificate renewal for {s}',
  'Add connection pooling in front of {s}',
  'Add a dashboard for {s} queue depth',
];
const SENTENCES = [
  'Requests to {s} started failing shortly after the change rolled out to every region.',
  'The on-call engineer was paged by the error-rate alert and opened an incident channel.',
  'We rolled back the release, and error rates returned to normal within a few minutes.',
  'Customers saw slow pages and some failed orders while the queue drained.',
  'The dashboard showed connection pool saturation on the primary database.',
  'A configuration value that looked harmless doubled the number of worker processes.',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function incidentFile(
  index: number,
  startMs: number,
  r: () => number,
): { id: string; year: string; text: string } {
  const service = pick(r, SERVICES);
  const other = pick(r, SERVICES);
  const category = pick(r, CATEGORIES);
  const severity = pick(r, ['SEV1', 'SEV2', 'SEV2', 'SEV3', 'SEV3', 'SEV3', 'SEV4', 'SEV4']);
  const status = r() < 0.9 ? 'reviewed' : pick(r, ['investigating', 'mitigated', 'resolved']);
  const day = iso(startMs).slice(0, 10);
  const id = `${day}-${service}-${index}`;
  const detected = startMs + Math.floor(r() * 40 + 1) * 60_000;
  const mitigated = detected + Math.floor(r() * 120 + 5) * 60_000;
  const resolved = mitigated + Math.floor(r() * 600 + 10) * 60_000;
  const followUpCount = Math.floor(r() * 5) + 1;
  const lines = [
    '---',
    `id: ${id}`,
    `title: ${service} errors after a ${category} change (${index})`,
    `status: ${status}`,
    `severity: ${severity}`,
    `near_miss: ${r() < 0.05}`,
    `started_at: ${iso(startMs)}`,
    `detected_at: ${iso(detected)}`,
    ...(status !== 'investigating' ? [`mitigated_at: ${iso(mitigated)}`] : []),
    ...(status === 'resolved' || status === 'reviewed' ? [`resolved_at: ${iso(resolved)}`] : []),
    'detection:',
    `  method: ${pick(r, METHODS)}`,
    `services: [${service}${other !== service ? `, ${other}` : ''}]`,
    `categories: [${category}]`,
    'tags: [generated]',
    'roles:',
    `  incident_commander: "${pick(r, PEOPLE)}"`,
    `  communications: "${pick(r, PEOPLE)}"`,
    `  responders: ["${pick(r, PEOPLE)}"]`,
    'impact:',
    `  summary: About ${Math.floor(r() * 20) + 1}% of ${service} requests failed.`,
    `  users_affected: ${Math.floor(r() * 5000)}`,
    'contributing_factors:',
    `  - category: ${category}`,
    `    description: A ${category} problem in ${service}.`,
    'mitigation:',
    `  techniques: [${pick(r, TECHNIQUES)}]`,
    `  automated: ${r() < 0.2}`,
    'follow_ups:',
    ...Array.from({ length: followUpCount }, (_, k) => {
      const done = r() < 0.5;
      return [
        `  - id: fix-${k + 1}`,
        `    title: ${pick(r, FOLLOW_UPS).replace('{s}', service)}`,
        `    type: ${pick(r, ['detect', 'prevent', 'mitigate', 'process'])}`,
        `    owner: "${pick(r, PEOPLE)}"`,
        `    priority: ${pick(r, ['P1', 'P2', 'P3'])}`,
        `    due: ${iso(startMs + 30 * 86_400_000).slice(0, 10)}`,
        ...(done
          ? ['    status: done', `    closed_at: ${iso(startMs + Math.floor(r() * 60 + 1) * 86_400_000).slice(0, 10)}`]
          : []),
      ].join('\n');
    }),
    ...(status === 'reviewed'
      ? ['review:', `  date: ${iso(resolved + 3 * 86_400_000).slice(0, 10)}`, `  facilitator: "${pick(r, PEOPLE)}"`]
      : []),
    '---',
  ];
  const paragraphs = (n: number) =>
    Array.from({ length: n }, () =>
      Array.from({ length: 3 }, () => pick(r, SENTENCES).replace('{s}', service)).join(' '),
    ).join('\n\n');
  const size = Math.floor(r() * 4) + 1;
  const body = [
    '# Summary',
    '',
    paragraphs(1),
    '',
    '## Impact',
    '',
    paragraphs(size),
    '',
    '## Timeline',
    '',
    ...Array.from(
      { length: 4 + size * 2 },
      (_, k) =>
        `- ${String(9 + (k % 10)).padStart(2, '0')}:${String((k * 7) % 60).padStart(2, '0')} ${pick(r, SENTENCES).replace('{s}', service)}`,
    ),
    '',
    '## Contributing factors',
    '',
    paragraphs(size),
    '',
    '```text',
    `ERROR ${service}: connection refused (pool exhausted)`,
    '## not a heading inside code',
    '```',
    '',
    '## What went well',
    '',
    paragraphs(1),
    '',
    '## What went wrong',
    '',
    paragraphs(1),
    '',
    '## Where we got lucky',
    '',
    paragraphs(1),
    '',
    '## Follow-ups',
    '',
    '- See the frontmatter.',
    '',
  ];
  return { id, year: day.slice(0, 4), text: `${lines.join('\n')}\n${body.join('\n')}` };
}

/** Writes `count` incidents (2016 to 2026) and the example config under `dir`; skips the work when it is already there. */
export function generate(dir: string, count: number, seed = 42): string {
  const marker = path.join(dir, `.complete-${count}-${seed}`);
  if (existsSync(marker)) return dir;
  const r = random(seed);
  const from = Date.UTC(2016, 0, 1);
  // Up to 2026-08-31, so no generated date (follow-ups close up to 60 days later) lies in the future.
  const span = Date.UTC(2026, 7, 31) - from;
  mkdirSync(dir, { recursive: true });
  copyFileSync(new URL('../.incidents.yml', import.meta.url), path.join(dir, '.incidents.yml'));
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor((span * i) / count / 60_000) * 60_000;
    const { id, year, text } = incidentFile(i, start, r);
    const folder = path.join(dir, 'incidents', year);
    if (i === 0 || !existsSync(folder)) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${id}.md`), text);
  }
  writeFileSync(marker, '');
  return dir;
}
