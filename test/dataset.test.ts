import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { loadConfig } from '../src/config/load';
import { keepDocument, loadIncidents } from '../src/incidents/load';
import { ROOT } from './helpers';

/*
 * The example dataset in incidents/ is what `npm start` runs on and what the
 * batch review reports on. It must stay valid and keep the patterns the
 * later features exist to find.
 */
const { config } = loadConfig(ROOT, undefined);
interface Incident {
  id: string;
  severity: string;
  status: string;
  started_at: string;
  near_miss?: boolean;
  repeat_of?: string;
  services?: string[];
  contributing_factors?: { category: string }[];
  follow_ups?: { title: string }[];
  roles: { incident_commander: string };
  detection?: { method: string };
}
const { targets } = await loadIncidents(ROOT, config, { whole: true }, { visit: keepDocument });
const incidents = targets.flatMap((t) => (t.kind === 'incident' ? [t.result.data as unknown as Incident] : []));
const DAY = 86_400_000;
const started = (i: Incident) => Date.parse(i.started_at);
const byStart = [...incidents].sort((a, b) => started(a) - started(b));

function topTwoShare(list: Incident[]): number {
  const counts = new Map<string, number>();
  for (const i of list) counts.set(i.roles.incident_commander, (counts.get(i.roles.incident_commander) ?? 0) + 1);
  const [first = 0, second = 0] = [...counts.values()].sort((a, b) => b - a);
  return (first + second) / list.length;
}

describe('the example dataset', () => {
  it('validates clean: no errors and no warnings', async () => {
    const result = await validateIncidents({ cwd: ROOT, paths: [], now: new Date() });
    expect(result.findings).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(40);
  });

  it('covers at least 40 incidents over at least 18 months', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(40);
    const months = (started(byStart.at(-1)!) - started(byStart[0]!)) / (30.44 * DAY);
    expect(months).toBeGreaterThanOrEqual(18);
  });

  it('has every severity, every status and some near misses', () => {
    expect(new Set(incidents.map((i) => i.severity))).toEqual(new Set(config.severities.map((s) => s.id)));
    expect(new Set(incidents.map((i) => i.status))).toEqual(
      new Set(['investigating', 'mitigated', 'resolved', 'reviewed']),
    );
    expect(incidents.filter((i) => i.near_miss === true).length).toBeGreaterThanOrEqual(3);
  });

  it('has at least five explicit repeats and some only implied by service and contributing factor', () => {
    expect(incidents.filter((i) => i.repeat_of).length).toBeGreaterThanOrEqual(5);
    const factorKeys = (i: Incident) =>
      (i.services ?? []).flatMap((s) => (i.contributing_factors ?? []).map((f) => `${s}/${f.category}`));
    const implied = byStart.filter(
      (later, n) =>
        !later.repeat_of &&
        byStart
          .slice(0, n)
          .some(
            (earlier) =>
              started(later) - started(earlier) <= 180 * DAY &&
              factorKeys(later).some((k) => factorKeys(earlier).includes(k)),
          ),
    );
    expect(implied.length).toBeGreaterThanOrEqual(4);
  });

  it('proposes the same remediations again and again, in different words', () => {
    const proposing = (pattern: RegExp) =>
      new Set(incidents.filter((i) => (i.follow_ups ?? []).some((f) => pattern.test(f.title))).map((i) => i.id));
    const alertTitles = incidents
      .flatMap((i) => (i.follow_ups ?? []).map((f) => f.title))
      .filter((t) => /alert|page when|paging/i.test(t));
    expect(proposing(/alert|page when|paging/i).size).toBeGreaterThanOrEqual(6);
    expect(new Set(alertTitles).size).toBe(alertTitles.length);
    expect(proposing(/runbook/i).size).toBeGreaterThanOrEqual(5);
  });

  it('shows incident-commander load concentrated on two people early and spread later', () => {
    const firstSix = byStart.filter((i) => started(i) < started(byStart[0]!) + 182 * DAY);
    const lastYear = byStart.filter((i) => started(i) > started(byStart.at(-1)!) - 365 * DAY);
    expect(topTwoShare(firstSix)).toBeGreaterThanOrEqual(0.8);
    expect(topTwoShare(lastYear)).toBeLessThanOrEqual(0.5);
  });

  it('has incidents detected by alerts and by customers', () => {
    const methods = incidents.map((i) => i.detection?.method);
    expect(methods.filter((m) => m === 'alert').length).toBeGreaterThanOrEqual(15);
    expect(methods.filter((m) => m === 'customer').length).toBeGreaterThanOrEqual(8);
  });
});
