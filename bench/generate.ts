// Deterministic generator of incident files for benchmarks, as real
// repositories hold them: a fixed seed, every field, varied sizes, Markdown
// bodies with inline markup (bold lead-ins, code, links, the odd table),
// references to earlier incidents (related, repeat_of), follow-up titles
// that are mostly distinct (as people write them) around a few recurring
// remediations, and a share of files carrying warnings and errors.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
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

/** The remediations every program proposes again and again: about one follow-up in five, in these words. */
const RECURRING = [
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
/** The rest, as people write them: a verb, a thing, where, and a detail; millions of combinations. */
const VERBS = [
  'Add',
  'Alert on',
  'Document',
  'Automate',
  'Load test',
  'Rate limit',
  'Retry',
  'Cache',
  'Backfill',
  'Audit',
  'Rotate',
  'Migrate',
  'Split',
  'Pin',
  'Validate',
  'Track',
  'Expose',
  'Reduce',
  'Test',
  'Deprecate',
  'Shard',
  'Throttle',
  'Replace',
  'Review',
];
const THINGS = [
  'the connection pool size',
  'queue consumer lag',
  'certificate expiry dates',
  'schema migrations',
  'the cache eviction policy',
  'retry budgets',
  'DNS TTLs',
  'feature flag defaults',
  'the on-call handover notes',
  'disk usage on brokers',
  'slow queries',
  'replica lag',
  'the deploy freeze calendar',
  'health check timeouts',
  'the vendor status page',
  'webhook signatures',
  'idempotency keys',
  'the batch job schedule',
  'memory limits',
  'thread pool exhaustion',
  'the rollback script',
  'config templates',
  'secrets in environment files',
  'the load balancer draining',
  'partition rebalancing',
  'index builds',
  'session expiry',
  'the payment provider fallback',
  'stale read replicas',
  'background job retries',
  'the CDN purge procedure',
  'garbage collection pauses',
  'the pager escalation policy',
  'cron overlap',
  'API quota usage',
  'the canary threshold',
  'log volume',
  'file descriptor limits',
  'the outbox table',
  'clock skew',
];
const WHERE = ['in', 'for', 'on', 'around', 'across', 'behind'];
const DETAILS = [
  'before the holiday freeze',
  'per tenant',
  'with a kill switch',
  'for EU traffic',
  'in the deploy pipeline',
  'during failover',
  'at peak load',
  'for mobile clients',
  'in staging first',
  'with an owner per team',
  'behind a flag',
  'for the nightly batch',
  'after each release',
  'on every region',
  'for partner integrations',
  'with a weekly report',
  'in the runbook',
  'as a pre-merge check',
  'for the checkout path',
  'with synthetic probes',
  'during maintenance windows',
  'for read-heavy endpoints',
  'under the new SLO',
  'for new hires on call',
  '',
  '',
  '',
];

const SENTENCES = [
  'Requests to `{s}` started failing shortly after the change rolled out to every region.',
  'The on-call engineer was paged by the error-rate alert and opened an incident channel.',
  'We rolled back the release, and error rates returned to normal within a few minutes.',
  'Customers saw slow pages and some failed orders while the queue drained.',
  'The dashboard showed connection pool saturation on the primary database.',
  'A configuration value that looked harmless doubled the number of worker processes.',
  'The [runbook](https://runbooks.example.com/{s}) did not cover this case, so we *worked it out as we went*.',
  'Retries from clients made the load **worse, not better**, until we shed traffic at the edge.',
  'Nobody had changed `{s}` in weeks; the trigger was a dependency upgrade pulled in by a routine build.',
  'Support escalated with ticket links, which helped us spot the pattern in under *ten minutes*.',
  'The alert fired, but it routed to a channel nobody watched at night (see [the alert](https://alerts.example.com/{s})).',
  'A `SELECT` without an index ran once per request and held locks on the `orders` table.',
];
const LEAD_INS = [
  '**A shared config template.**',
  '**No signal before customers told us.**',
  '**Retries amplified the load.**',
  '**The rollback took longer than the deploy.**',
  '**A missing timeout.**',
  '**Ownership was unclear.**',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** What a file carries besides its record: nothing, at least one warning, or at least one error. */
export type Flaw = 'none' | 'warning' | 'error';

/** Which files carry what: every file alike, or the share a real repository has (see `REAL_MIX`). */
export type Variant = 'clean' | 'warnings' | 'errors' | 'real';

/**
 * The share of files with findings in a real repository: of 10,140 files
 * made from real public postmortems, about two in three carried a finding,
 * most a follow-up without an owner (issue 16). The errors are fewer: a
 * repository that validates on every pull request fixes them.
 */
export const REAL_MIX = { warning: 0.6, error: 0.05 } as const;

function flawOf(variant: Variant, r: () => number): Flaw {
  if (variant === 'clean') return 'none';
  if (variant === 'warnings') return 'warning';
  if (variant === 'errors') return 'error';
  const x = r();
  return x < REAL_MIX.error ? 'error' : x < REAL_MIX.error + REAL_MIX.warning ? 'warning' : 'none';
}

function followUpTitle(r: () => number, service: string): string {
  if (r() < 0.2) return pick(r, RECURRING).replace('{s}', service);
  const detail = pick(r, DETAILS);
  return `${pick(r, VERBS)} ${pick(r, THINGS)} ${pick(r, WHERE)} ${service}${detail ? ` ${detail}` : ''}`;
}

interface Incident {
  readonly id: string;
  readonly year: string;
  readonly frontmatter: string[];
  readonly body: string[];
}

/** One incident as a clean record; `earlier` are ids it may name (related, repeat_of). */
function incident(index: number, startMs: number, r: () => number, earlier: readonly string[]): Incident {
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
  // About one incident in ten names earlier ones, one in twenty as a repeat: the reference rules run.
  const related = earlier.length > 0 && r() < 0.1 ? [pick(r, earlier), pick(r, earlier)] : [];
  const repeatOf = earlier.length > 0 && r() < 0.05 ? pick(r, earlier) : undefined;
  const frontmatter = [
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
    ...(related.length > 0 && related[0] !== related[1] ? [`related: [${related.join(', ')}]`] : []),
    ...(repeatOf ? [`repeat_of: ${repeatOf}`] : []),
    'follow_ups:',
    ...Array.from({ length: followUpCount }, (_, k) => {
      const done = r() < 0.5;
      return [
        `  - id: fix-${k + 1}`,
        `    title: ${followUpTitle(r, service)}`,
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
  ].flatMap((line) => line.split('\n'));
  const sentence = () => pick(r, SENTENCES).replaceAll('{s}', service);
  const paragraphs = (n: number) =>
    Array.from({ length: n }, () => {
      const text = Array.from({ length: 3 }, sentence).join(' ');
      return r() < 0.3 ? `${pick(r, LEAD_INS)} ${text}` : text;
    }).join('\n\n');
  const size = Math.floor(r() * 4) + 1;
  const table =
    r() < 0.15
      ? [
          '| metric | before | during |',
          '| --- | --- | --- |',
          `| error rate | 0.1% | ${Math.floor(r() * 30) + 1}% |`,
          `| p99 latency | 180 ms | ${Math.floor(r() * 9000) + 500} ms |`,
          '',
        ]
      : [];
  const body = [
    '# Summary',
    '',
    paragraphs(1),
    '',
    '## Impact',
    '',
    paragraphs(size),
    '',
    ...table,
    '## Timeline',
    '',
    ...Array.from(
      { length: 4 + size * 2 },
      (_, k) => `- ${String(9 + (k % 10)).padStart(2, '0')}:${String((k * 7) % 60).padStart(2, '0')} ${sentence()}`,
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
  return { id, year: day.slice(0, 4), frontmatter, body };
}

const WARNINGS = ['owner', 'owner', 'owner', 'owner', 'owner', 'owner', 'closed-at', 'detected-at', 'section'] as const;
const ERRORS = [
  'severity',
  'unknown-field',
  'order',
  'reference',
  'status',
  'handle',
  'zone',
  'required',
  'schema-type',
] as const;

/** The first follow-up made open and ownerless: the warning real repositories carry most (follow-up-owner). */
function ownerless(frontmatter: string[]): void {
  const start = frontmatter.indexOf('follow_ups:') + 1;
  let end = start + 1;
  while (end < frontmatter.length && frontmatter[end]!.startsWith('    ')) end++;
  const kept = frontmatter.slice(start, end).filter((line) => !/^ {4}(?:owner|status|closed_at):/.test(line));
  frontmatter.splice(start, end - start, ...kept);
}

/**
 * The record with one mistake of the kind `flaw` says, chosen by `r` (a
 * stream of its own, so the files around it are the same in every variant).
 */
function applyFlaw(incident: Incident, flaw: Flaw, r: () => number, earlier: readonly string[]): void {
  const { frontmatter, body } = incident;
  const at = (prefix: string) => frontmatter.findIndex((line) => line.startsWith(prefix));
  const reviewed = at('status: reviewed') >= 0;
  if (flaw === 'warning') {
    const kind = pick(r, WARNINGS);
    if (kind === 'closed-at' && at('    closed_at:') >= 0) frontmatter.splice(at('    closed_at:'), 1);
    else if (kind === 'detected-at' && at('status: investigating') < 0) frontmatter.splice(at('detected_at:'), 1);
    else if (kind === 'section' && reviewed)
      body.splice(body.indexOf('## Follow-ups') + 2, 1); // a heading over nothing
    else ownerless(frontmatter);
    return;
  }
  if (flaw !== 'error') return;
  const replace = (prefix: string, line: string) => frontmatter.splice(at(prefix), 1, line);
  switch (pick(r, ERRORS)) {
    case 'severity':
      replace('severity:', 'severity: SEV9');
      break;
    case 'unknown-field':
      replace('near_miss:', frontmatter[at('near_miss:')]!.replace('near_miss', 'near_mis'));
      break;
    case 'order': {
      const started = frontmatter[at('started_at:')]!.slice('started_at: '.length);
      replace('detected_at:', `detected_at: ${iso(Date.parse(started) - 3_600_000)}`);
      break;
    }
    case 'reference': {
      // A typo of an earlier id (one character lost), as people make them; each file its own.
      const meant = earlier.length > 0 ? pick(r, earlier) : '2015-12-31-no-such-incident';
      const cut = 11 + Math.floor(r() * (meant.length - 11));
      if (at('related:') >= 0) frontmatter.splice(at('related:'), 1);
      frontmatter.splice(at('follow_ups:'), 0, `related: [${meant.slice(0, cut)}${meant.slice(cut + 1)}]`);
      break;
    }
    case 'status':
      replace('status:', 'status: closed');
      break;
    case 'handle':
      replace('  incident_commander:', '  incident_commander: engineer-7');
      break;
    case 'zone':
      replace('started_at:', frontmatter[at('started_at:')]!.replace(/Z$/, ''));
      break;
    case 'required':
      frontmatter.splice(at('title:'), 1);
      break;
    case 'schema-type':
      replace('  users_affected:', '  users_affected: many');
      break;
  }
}

/** One incident file, index `index` of a set, as it is written to disk. */
export function incidentFile(
  index: number,
  startMs: number,
  r: () => number,
  earlier: readonly string[] = [],
  flaw: Flaw = 'none',
): { id: string; year: string; text: string } {
  const made = incident(index, startMs, r, earlier);
  applyFlaw(made, flaw, random(index * 7919 + 17), earlier);
  return { id: made.id, year: made.year, text: `${made.frontmatter.join('\n')}\n${made.body.join('\n')}` };
}

/** Bumped whenever the generator writes other bytes: a set written by an older one is written again. */
const GENERATOR_VERSION = 2;

/** How many earlier ids a reference may name: recent ones, as real references are. */
const RECENT = 500;

/**
 * Writes `count` incidents (2016 to 2026) and the example config under
 * `dir`; skips the work when it is already there. The same seed writes the
 * same records in every variant; only the flaws differ.
 */
export function generate(dir: string, count: number, variant: Variant = 'real', seed = 42): string {
  const marker = path.join(dir, `.complete-${count}-${variant}-${seed}-v${GENERATOR_VERSION}`);
  if (existsSync(marker)) return dir;
  // Anything made from an older set (the extracted frontmatter, a review) goes with it.
  rmSync(dir, { recursive: true, force: true });
  const r = random(seed);
  const flaws = random(seed + 1);
  const from = Date.UTC(2016, 0, 1);
  // Up to 2026-08-31, so no generated date (follow-ups close up to 60 days later) lies in the future.
  const span = Date.UTC(2026, 7, 31) - from;
  mkdirSync(dir, { recursive: true });
  copyFileSync(new URL('../.incidents.yml', import.meta.url), path.join(dir, '.incidents.yml'));
  const recent: string[] = [];
  const folders = new Set<string>();
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor((span * i) / count / 60_000) * 60_000;
    const { id, year, text } = incidentFile(i, start, r, recent, flawOf(variant, flaws));
    const folder = path.join(dir, 'incidents', year);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(path.join(folder, `${id}.md`), text);
    recent.push(id);
    if (recent.length > RECENT) recent.shift();
  }
  writeFileSync(marker, '');
  return dir;
}
