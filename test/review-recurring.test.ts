import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load';
import { keepDocument, loadIncidents } from '../src/incidents/load';
import { recurringRemediations, themeQuestion, type FollowUpText } from '../src/review/recurring/group';
import { ROOT } from './helpers';

const fu = (incidentId: string, followUpId: string, title: string, done = false): FollowUpText => ({
  incidentId,
  followUpId,
  title,
  done,
});
const names = (items: readonly FollowUpText[], ignoreWords?: readonly string[]) =>
  recurringRemediations(items, { ignoreWords }).map((t) => t.theme);

const SERVICES = ['checkout', 'search', 'payments', 'orders', 'db', 'session', 'store', 'platform'];

const themes = (items: readonly FollowUpText[], options: Parameters<typeof recurringRemediations>[1] = {}) =>
  recurringRemediations(items, options).map((t) => [t.theme, t.followUps]);

describe('recurringRemediations', () => {
  it('groups the same remediation in different words, and leaves one-off remediations out', () => {
    const items = [
      fu('inc-a', 'logs', 'Setup alerts for when logs are not shipped', true),
      fu('inc-b', 'fluentd', 'Add alarms for Fluentd failing to ship logs'),
      fu('inc-a', 'ingress', 'Test ingress upgrades in a non-prod cluster before live'),
      fu('inc-c', 'ingress', 'test ingress upgrades before live'),
      fu('inc-c', 'canary', 'Add canary analysis to checkout deploys'),
    ];
    expect(recurringRemediations(items)).toEqual([
      {
        theme: 'alerting: logs shipped',
        incidents: ['inc-a', 'inc-b'],
        followUps: ['inc-a/logs', 'inc-b/fluentd'],
        members: [
          { followUp: 'inc-a/logs', incident: 'inc-a', title: 'Setup alerts for when logs are not shipped' },
          { followUp: 'inc-b/fluentd', incident: 'inc-b', title: 'Add alarms for Fluentd failing to ship logs' },
        ],
        done: 1,
        question: 'Proposed in 2 incidents, done in 1: is this remediation working?',
      },
      {
        theme: 'testing: ingress upgrades live',
        incidents: ['inc-a', 'inc-c'],
        followUps: ['inc-a/ingress', 'inc-c/ingress'],
        members: [
          {
            followUp: 'inc-a/ingress',
            incident: 'inc-a',
            title: 'Test ingress upgrades in a non-prod cluster before live',
          },
          { followUp: 'inc-c/ingress', incident: 'inc-c', title: 'test ingress upgrades before live' },
        ],
        done: 0,
        question: 'Proposed in 2 incidents, never done: is this remediation worth doing?',
      },
    ]);
  });

  it('never merges opposite actions: adding alerts is not bringing alert noise down', () => {
    const items = [
      fu('inc-a', 'add', 'Add alerts for the ingress 5xx rate'),
      fu('inc-b', 'noise', 'Bring down alert noise even more'),
      fu('inc-c', 'add', 'Alert on high ingress 5xx rate'),
      fu('inc-d', 'noise', 'Reduce noisy alerts in the alerts channel'),
      fu('inc-e', 'up', 'Raise the matchmaking timeout for cross-region games'),
      fu('inc-f', 'down', 'Reduce the matchmaking timeout so players are not stuck'),
    ];
    expect(themes(items)).toEqual([
      ['alerting: ingress 5xx rate', ['inc-a/add', 'inc-c/add']],
      ['alerting: noise (reduce or remove)', ['inc-b/noise', 'inc-d/noise']],
    ]);
  });

  it('does not group on a shared word: Grafana, pipeline, release, certificate', () => {
    expect(
      themes([
        fu('inc-a', 'mem', 'Grafana agent memory limits too low - raise them'),
        fu('inc-b', 'mem', 'Increase grafana-agent memory limit to stop OOMKills'),
        fu('inc-c', 'wal', 'Move grafana agent WAL to a persistent volume'),
        fu('inc-d', 'dash', 'Add a Grafana dashboard for ingress errors'),
      ]),
    ).toEqual([['grafana agent memory', ['inc-a/mem', 'inc-b/mem']]]);
    expect(
      themes([
        fu('inc-a', 'off', 'Disable pipeline until issue fixed'),
        fu('inc-b', 'watch', 'observe the next daily run'),
        fu('inc-c', 'notes', 'Write release notes when upgrading'),
        fu('inc-d', 'hotfix', 'release hotfixes from master'),
        fu('inc-e', 'rotate', 'Rotate the certificate used by the admission webhook'),
        fu('inc-f', 'issue', 'Move certificate issuance to the platform account'),
      ]),
    ).toEqual([]);
  });

  it("groups nothing on status notes or the organisation's own name", () => {
    const items = [
      fu('inc-a', '1', 'ticket raised'),
      fu('inc-b', '1', 'created ticket'),
      fu('inc-c', '1', 'team aware'),
      fu('inc-d', '1', 'team discussed'),
      fu('inc-e', '1', 'Cloud Platform team aware'),
      fu('inc-f', '1', 'Cloud Platform to investigate'),
      fu('inc-g', '1', 'Cloud Platform cluster upgrade'),
      fu('inc-h', '1', 'Cloud Platform to share the review with users'),
    ];
    // The team's slug comes from the config's owners (@kestrel/cloud-platform).
    expect(themes(items, { ignoreWords: ['kestrel', 'cloud-platform'] })).toEqual([]);
  });

  it('reads titles through their markup: bold lead-ins, links, ticket keys, checkboxes', () => {
    const items = [
      fu('inc-a', '1', '**Detect:** alert when the nightly settlement file is late'),
      fu('inc-b', '1', 'Alert when the settlement file is late ([PAY-2211](https://tracker.example/PAY-2211))'),
      fu('inc-c', '1', '- [ ] alert if the settlement file is late'),
    ];
    expect(themes(items)).toEqual([['alerting: settlement file late', ['inc-a/1', 'inc-b/1', 'inc-c/1']]]);
  });

  it('caps how broad a theme may be: no theme holds more than 12 different titles', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (i: number) => `${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}x`;
    const lag = Array.from({ length: 14 }, (_, i) =>
      fu(`lag-${i}`, 'lag', `Alert on consumer lag for the ${word(i)} topic`),
    );
    const others = Array.from({ length: 150 }, (_, i) => fu(`other-${i}`, 'x', `Retire the ${word(i + 30)} service`));
    const found = recurringRemediations([...lag, ...others]);
    expect(found.map((t) => t.followUps.length)).toEqual([12, 2]);
    expect(found.every((t) => t.followUps.every((k) => k.startsWith('lag-')))).toBe(true);
  });

  it('puts follow-ups in a pinned theme, and keeps apart what the config separates', () => {
    const items = [
      fu('inc-a', '1', 'Setup alerts for when logs are not shipped'),
      fu('inc-b', '1', 'Tune the Fluentd buffer on the logging nodes'),
      fu('inc-c', '1', 'Add alarms for Fluentd failing to ship logs'),
    ];
    expect(
      recurringRemediations(items, { pinned: [{ name: 'log shipping', patterns: ['logs', 'Fluentd'] }] }).map((t) => [
        t.theme,
        t.followUps,
        t.pinned,
      ]),
    ).toEqual([['log shipping', ['inc-a/1', 'inc-b/1', 'inc-c/1'], true]]);
    expect(themes(items, { separate: [[['not shipped'], ['fluentd']]] })).toEqual([]);
  });

  it('reads a word objects inherit as a word: "constructor" says no direction, so these three are one remediation', () => {
    const items = [
      fu('inc-a', 'x', 'Validate constructor arguments of the billing client'),
      fu('inc-b', 'y', 'Add validation of constructor arguments to the billing client'),
      fu('inc-c', 'z', 'Check constructor arguments of the billing client'),
    ];
    expect(themes(items)).toEqual([['constructor arguments billing', ['inc-a/x', 'inc-b/y', 'inc-c/z']]]);
  });

  it('does not let service names pull unrelated follow-ups together', () => {
    const items = [
      fu('inc-a', 'move-db', 'Move the checkout database to a larger instance'),
      fu('inc-b', 'index-db', 'Add an index to the checkout database orders table'),
      fu('inc-c', 'cache', 'Cache search results at the edge'),
      fu('inc-d', 'reindex', 'Rebuild the search results index nightly'),
    ];
    expect(names(items, SERVICES)).toEqual([]);
  });

  it('counts a remediation proposed twice in one incident as one incident', () => {
    const items = [
      fu('inc-a', 'alert-latency', 'Add an alert for checkout latency', true),
      fu('inc-a', 'page-latency', 'Page on checkout latency'),
    ];
    expect(recurringRemediations(items)).toEqual([]);
    expect(recurringRemediations(items, { minIncidents: 1 }).map((t) => [t.theme, t.question])).toEqual([
      ['alerting: checkout latency', 'Proposed 2 times in 1 incident, done 1 of 2: is this remediation working?'],
    ]);
  });

  it('counts a follow-up listed twice once, done if either copy says so', () => {
    const items = [
      fu('inc-a', 'alert', 'Add an alert for consumer lag'),
      fu('inc-a', 'alert', 'Add an alert for consumer lag', true),
      fu('inc-b', 'page', 'Page on consumer lag'),
    ];
    expect(recurringRemediations(items)).toMatchObject([{ followUps: ['inc-a/alert', 'inc-b/page'], done: 1 }]);
  });

  it('returns nothing for no follow-ups', () => {
    expect(recurringRemediations([])).toEqual([]);
  });

  it('gives the same themes whatever the input order', () => {
    const items = [
      fu('inc-c', 'dash', 'Show queue depth on the orders dashboard'),
      fu('inc-a', 'runbook', 'Write a runbook for Redis failover'),
      fu('inc-b', 'alert', 'Alert on queue depth'),
      fu('inc-d', 'dash', 'Queue depth dashboard for the orders workers'),
      fu('inc-c', 'runbook', 'Redis failover runbook'),
      fu('inc-a', 'alert', 'Page when queue depth passes 10,000'),
    ];
    const forwards = recurringRemediations(items);
    // Six titles: "queue" and "depth" are in four of them, too common here to make a theme on their own.
    expect(forwards.map((t) => t.theme)).toEqual(['dashboards: queue depth orders', 'runbooks: redis']);
    expect(recurringRemediations([...items].reverse())).toEqual(forwards);
    expect(recurringRemediations([...items.slice(3), ...items.slice(0, 3)])).toEqual(forwards);
  });

  // Speed is measured in bench/, not asserted here: this checks that 10,000 follow-ups group, bounded.
  it('groups 10,000 follow-ups: the same title proposed again and again is one theme', () => {
    const topics = ['cache', 'queue', 'replica', 'shard', 'index', 'topic', 'consumer', 'worker', 'batch', 'token'];
    const templates = [
      (t: string) => `Add an alert for ${t} latency`,
      (t: string) => `Update the ${t} runbook with the failover procedure`,
      (t: string) => `Load test the ${t} at three times the peak`,
    ];
    const items = Array.from({ length: 10_000 }, (_, i) =>
      fu(`inc-${Math.floor(i / 3)}`, `f${i % 3}`, templates[i % 3]!(topics[(i * 7) % topics.length]!), i % 4 === 0),
    );
    const found = recurringRemediations(items);
    expect(found.reduce((n, t) => n + t.followUps.length, 0)).toBe(10_000);
    expect(found.map((t) => new Set(t.members.map((m) => m.title)).size)).toEqual(found.map(() => 1));
    expect(found.find((t) => t.theme === 'alerting: queue latency')?.followUps.length).toBe(334);
  });
});

describe('themeQuestion', () => {
  it('asks whether a remediation that keeps being done addresses the cause', () => {
    expect(themeQuestion(4, 4, 4)).toBe(
      'Proposed in 4 incidents, done every time, yet it keeps coming back: does it address the cause?',
    );
    expect(themeQuestion(9, 10, 8)).toBe(
      'Proposed 10 times in 9 incidents, done 8 of 10, yet it keeps coming back: does it address the cause?',
    );
  });

  it('asks whether a remediation rarely or never done is working or worth doing', () => {
    expect(themeQuestion(5, 5, 1)).toBe('Proposed in 5 incidents, done in 1: is this remediation working?');
    expect(themeQuestion(2, 2, 0)).toBe('Proposed in 2 incidents, never done: is this remediation worth doing?');
  });
});

/*
 * The example dataset (Fernhill): themes a reliability engineer would agree
 * with on reading the titles, each no broader than one remediation.
 */
const exampleConfig = loadConfig(ROOT, undefined).config;
const exampleTargets = (await loadIncidents(ROOT, exampleConfig, { whole: true }, { visit: keepDocument })).targets;

describe('recurring remediations in the example dataset', () => {
  const config = exampleConfig;
  interface Incident {
    id: string;
    follow_ups?: { id: string; title: string; status: string }[];
  }
  const targets = exampleTargets;
  const incidents = targets.flatMap((t) => (t.kind === 'incident' ? [t.result.data as unknown as Incident] : []));
  const items = incidents.flatMap((i) => (i.follow_ups ?? []).map((f) => fu(i.id, f.id, f.title, f.status === 'done')));
  const owners = config.services.flatMap((s) => (s.owner ? s.owner.replace(/^@/, '').split('/') : []));
  const ignoreWords = [...config.services.map((s) => s.id), ...config.categories.map((c) => c.id), ...owners];
  const found = recurringRemediations(items, { ignoreWords });

  it('finds canary deploys in 3 incidents and PgBouncer in 3, with their titles', () => {
    expect(found[0]).toMatchObject({
      theme: 'canary deploys',
      incidents: [
        '2025-02-11-checkout-5xx-after-deploy',
        '2025-05-20-checkout-errors-payment-sdk',
        '2026-09-02-identity-login-outage',
      ],
      done: 1,
    });
    expect(found[1]!.members.map((m) => m.title)).toEqual([
      'Put PgBouncer in front of postgres-main for the orders service',
      'Run PgBouncer as a connection pooler between services and postgres-main',
      'Move the orders service onto a transaction-mode connection pooler (PgBouncer) in front of postgres-main',
    ]);
  });

  it('reports every theme once, no broader than 12 follow-ups, each follow-up in one theme', () => {
    expect(found.map((t) => `${t.theme}: ${t.incidents.length}`)).toEqual([
      'canary deploys: 3',
      'connection pooling: service: 3',
      'alerting: expires: 2',
      'alerting: push sender lag: 2',
      'alerting: rate: 2',
      'alerting: saturation: 2',
      'approver tables: 2',
      'caching: image: 2',
      'certificates automatic renewal: 2',
      'failover: provider login codes: 2',
      'fallbacks: products older: 2',
      'high volume topics: 2',
      'idempotency: sends: 2',
      'load testing: peak: 2',
      'node pools: 2',
      'schema compatibility registry: 2',
      'sharding: push: 2',
    ]);
    expect(Math.max(...found.map((t) => t.followUps.length))).toBeLessThanOrEqual(12);
    const keys = found.flatMap((t) => t.followUps);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
