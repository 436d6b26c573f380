import { stemmer } from 'stemmer';
import type { IncidentFacts } from '../facts';
import { cosine, vectors } from '../recurring/cluster';
import { featureReader } from '../recurring/features';
import { share } from './stats';
import { DAY_MS } from '../../core/time';

export interface Repeat {
  readonly incident: string;
  readonly repeat_of: string;
  readonly inferred: boolean;
  /** explicit (repeat_of), or how strong the inferred evidence is: only explicit and strong links count. */
  readonly strength: 'explicit' | 'strong' | 'weak';
  /** What links the two, one item each: the shared service, alert, rare factor or tag, alike titles. */
  readonly evidence: readonly string[];
  readonly reason: string;
}

export interface Repeats {
  /** Every link found, weak ones included (shown, never counted). */
  readonly list: readonly Repeat[];
  /** Each chain oldest first, over explicit and strong links only. */
  readonly chains: readonly (readonly string[])[];
  /** Share of the period's incidents that repeat nothing (explicitly or strongly): a healthy program's impactful incidents are mostly novel. */
  readonly novelty_rate: number | null;
}

/** A factor category or tag in more than this share of incidents links nothing: it is how the organisation files most incidents. */
const GENERIC_SHARE = 1 / 3;
/** Titles and factor descriptions alike from this cosine on count once, from STRONGLY_ALIKE twice. */
const ALIKE = 0.3;
const STRONGLY_ALIKE = 0.5;
/** Evidence points that make an inferred link strong. */
const STRONG = 2;
/** Earlier incidents of one service looked at per incident: bounded on any history. */
const MAX_CANDIDATES = 200;

const counts = (k: number) => `${k} of`;

/** One service's incidents, oldest first, with their start times apart for a binary search. */
interface ServiceHistory {
  readonly incidents: IncidentFacts[];
  readonly started: number[];
}

interface Context {
  readonly all: readonly IncidentFacts[];
  readonly windowDays: number;
  readonly byService: Map<string, ServiceHistory>;
  readonly rarity: (kind: 'factor' | 'tag', name: string) => string;
  readonly alike: (a: IncidentFacts, b: IncidentFacts) => number;
  /** Each incident's distinct factor categories and tags that are not generic: what can link it, listed once. */
  readonly linking: Map<IncidentFacts, { readonly factors: readonly string[]; readonly tags: readonly string[] }>;
}

function context(all: readonly IncidentFacts[], windowDays: number, names: readonly string[]): Context {
  const sorted = [...all].sort((a, b) => a.started - b.started);
  const byService = new Map<string, ServiceHistory>();
  for (const incident of sorted)
    for (const service of new Set(incident.services)) {
      let history = byService.get(service);
      if (!history) byService.set(service, (history = { incidents: [], started: [] }));
      history.incidents.push(incident);
      history.started.push(incident.started);
    }
  const tally = { factor: new Map<string, number>(), tag: new Map<string, number>() };
  for (const incident of all) {
    for (const f of new Set(incident.factorCategories)) tally.factor.set(f, (tally.factor.get(f) ?? 0) + 1);
    for (const t of new Set(incident.tags)) tally.tag.set(t, (tally.tag.get(t) ?? 0) + 1);
  }
  const generic = (kind: 'factor' | 'tag', name: string) => (tally[kind].get(name) ?? 0) > all.length * GENERIC_SHARE;
  const linking = new Map(
    all.map((incident) => [
      incident,
      {
        factors: [...new Set(incident.factorCategories)].filter((f) => !generic('factor', f)),
        tags: [...new Set(incident.tags)].filter((t) => !generic('tag', t)),
      },
    ]),
  );
  const read = featureReader(stemmer, names);
  const index = new Map(all.map((incident, i) => [incident, i]));
  const terms = all.map((incident) => read(`${incident.title} ${incident.factorText}`).terms);
  const df = new Map<string, number>();
  for (const list of terms) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const vs = vectors(terms, df);
  return {
    all,
    windowDays,
    byService,
    rarity: (kind, name) => `${counts(tally[kind].get(name) ?? 0)} ${all.length} incidents`,
    alike: (a, b) => cosine(vs[index.get(a)!]!, vs[index.get(b)!]!),
    linking,
  };
}

/**
 * The weight of the evidence that `earlier` is what `incident` repeats;
 * with `items`, each piece of it in words too. Up to 200 candidates are
 * weighed per incident and only the best one is described, so weighing
 * alone makes no list and no string.
 */
function evidence(incident: IncidentFacts, earlier: IncidentFacts, c: Context, items?: string[]): number {
  let points = 0;
  const sharedService = (s: string) => earlier.services.includes(s);
  items?.push(
    `same service ${incident.services
      .filter(sharedService)
      .map((s) => `'${s}'`)
      .join(', ')}`,
  );
  if (incident.alert !== undefined && incident.alert === earlier.alert) {
    points += 2;
    items?.push(`same alert '${incident.alert}'`);
  }
  const { factors, tags } = c.linking.get(incident)!;
  const sharedFactor = (f: string) => earlier.factorCategories.includes(f);
  if (factors.some(sharedFactor)) {
    points += 1;
    items?.push(...factors.filter(sharedFactor).map((f) => `contributing factor '${f}' (in ${c.rarity('factor', f)})`));
  }
  // A tag that only repeats a shared service's name adds nothing to it.
  const sharedTag = (t: string) => earlier.tags.includes(t) && !(incident.services.includes(t) && sharedService(t));
  if (tags.some(sharedTag)) {
    points += 1;
    items?.push(
      `tags ${tags
        .filter(sharedTag)
        .map((t) => `'${t}'`)
        .join(', ')}`,
    );
  }
  const alike = c.alike(incident, earlier);
  if (alike >= ALIKE) {
    points += alike >= STRONGLY_ALIKE ? 2 : 1;
    items?.push(`titles and factors alike (${alike.toFixed(2)})`);
  }
  return points;
}

/** How many of `started` (ascending) are before `time`: where the incidents started earlier end. */
function countBefore(started: readonly number[], time: number): number {
  let low = 0;
  let high = started.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (started[middle]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function inferred(incident: IncidentFacts, c: Context): Repeat | undefined {
  let best: { earlier: IncidentFacts; points: number } | undefined;
  const seen = new Set<string>();
  for (const service of new Set(incident.services)) {
    const history = c.byService.get(service);
    if (!history) continue;
    let looked = 0;
    // Only incidents that started earlier can be repeated: start from the last of them, not from the newest.
    for (let i = countBefore(history.started, incident.started) - 1; i >= 0 && looked < MAX_CANDIDATES; i--) {
      const earlier = history.incidents[i]!;
      if (earlier.id === incident.id) continue;
      if (incident.started - earlier.started > c.windowDays * DAY_MS) break;
      looked++;
      if (seen.has(earlier.id)) continue;
      seen.add(earlier.id);
      const points = evidence(incident, earlier, c);
      if (points === 0) continue;
      if (!best || points > best.points || (points === best.points && earlier.started > best.earlier.started))
        best = { earlier, points };
    }
  }
  if (!best) return undefined;
  const items: string[] = [];
  evidence(incident, best.earlier, c, items);
  const days = Math.round((incident.started - best.earlier.started) / DAY_MS);
  const strength = best.points >= STRONG ? 'strong' : 'weak';
  return {
    incident: incident.id,
    repeat_of: best.earlier.id,
    inferred: true,
    strength,
    evidence: items,
    reason: `${strength}: ${items.join('; ')}; ${days} days earlier`,
  };
}

/** What an incident repeats, if anything; made once per history. */
export interface RepeatFinder {
  readonly all: readonly IncidentFacts[];
  readonly repeatOf: (incident: IncidentFacts) => Repeat | undefined;
}

export interface RepeatOptions {
  /** How far back a repeat can be inferred (review.repeat_window). */
  readonly windowDays: number;
  /** Names that make no two titles alike: services, categories, the organisation and its teams. */
  readonly names?: readonly string[];
}

export function repeatFinder(all: readonly IncidentFacts[], options: RepeatOptions): RepeatFinder {
  const c = context(all, options.windowDays, options.names ?? []);
  // The same incident is asked about for each period compared, the baseline's and the chains': answered once.
  const answers = new Map<IncidentFacts, Repeat | undefined>();
  const repeatOf = (incident: IncidentFacts): Repeat | undefined => {
    if (answers.has(incident)) return answers.get(incident);
    const answer: Repeat | undefined =
      incident.repeatOf !== undefined
        ? {
            incident: incident.id,
            repeat_of: incident.repeatOf,
            inferred: false,
            strength: 'explicit',
            evidence: ['repeat_of in the incident file'],
            reason: 'repeat_of in the incident file',
          }
        : inferred(incident, c);
    answers.set(incident, answer);
    return answer;
  };
  return { all, repeatOf };
}

const counted = (r: Repeat | undefined): r is Repeat => r !== undefined && r.strength !== 'weak';

/** Which of `incidents` repeat an earlier one (explicitly or on strong evidence), without the chains. */
export function repeatedIncidents(incidents: readonly IncidentFacts[], finder: RepeatFinder): Set<string> {
  return new Set(incidents.filter((i) => counted(finder.repeatOf(i))).map((i) => i.id));
}

/** Repeats of the period's incidents, explicit (repeat_of) and inferred, with their chains over the links that count. */
export function repeats(period: readonly IncidentFacts[], { all, repeatOf }: RepeatFinder): Repeats {
  const list = [...period].sort((a, b) => a.started - b.started).flatMap((i) => repeatOf(i) ?? []);
  const strong = list.filter(counted);
  const byId = new Map(all.map((i) => [i.id, i]));
  // A chain is worth showing from its last link only: one whose end is repeated again is part of a longer chain.
  const repeatedAgain = new Set(strong.map((r) => r.repeat_of));
  const chains: string[][] = [];
  for (const repeat of strong) {
    if (repeatedAgain.has(repeat.incident)) continue;
    const chain = [repeat.incident];
    let link: Repeat | undefined = repeat;
    while (link && !chain.includes(link.repeat_of) && chain.length < 50) {
      chain.unshift(link.repeat_of);
      const earlier = byId.get(link.repeat_of);
      const next = earlier ? repeatOf(earlier) : undefined;
      link = counted(next) ? next : undefined;
    }
    chains.push(chain);
  }
  return { list, chains, novelty_rate: share(period.length - strong.length, period.length) };
}
