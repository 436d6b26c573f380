import { stemmer } from 'stemmer';
import type { IncidentFacts } from '../facts';
import { cosine, tfIdfVectors, type Vectors } from '../recurring/cluster';
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

/**
 * Lists of small integers, one list per incident, in one array: codes
 * for names (services, tags, factor categories) so that weighing a
 * candidate compares numbers and allocates nothing. Up to 200 candidates
 * are weighed per incident, over every incident of a five-period review.
 */
class IntLists {
  /** List i is values[offsets[i]] up to values[offsets[i + 1]]: walked by index, so reading one allocates nothing. */
  readonly offsets: Int32Array;
  readonly values: Int32Array;
  constructor(lists: readonly (readonly number[])[]) {
    this.offsets = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, i) => {
      total += list.length;
      this.offsets[i + 1] = total;
    });
    this.values = new Int32Array(total);
    lists.forEach((list, i) => this.values.set(list, this.offsets[i]!));
  }
  /** List i as an array, to put into words. */
  list(i: number): number[] {
    return Array.from(this.values.subarray(this.offsets[i]!, this.offsets[i + 1]!));
  }
  has(i: number, value: number): boolean {
    for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) if (this.values[k] === value) return true;
    return false;
  }
}

/** One service's incidents (indexes into `all`), oldest first, with their start times apart for a binary search. */
interface ServiceHistory {
  readonly incidents: number[];
  readonly started: number[];
}

interface Context {
  readonly all: readonly IncidentFacts[];
  readonly position: ReadonlyMap<IncidentFacts, number>;
  readonly windowDays: number;
  readonly byService: Map<number, ServiceHistory>;
  /** Every name coded: services, tags, factor categories, alerts and ids share one table, so a tag can be told to be a service. */
  readonly names: readonly string[];
  readonly alert: Int32Array;
  /** Each incident's id as a code: an incident never repeats itself, nor another record of its id. */
  readonly idCode: Int32Array;
  /** Each incident's services as written (a repeated one twice), and distinct. */
  readonly services: IntLists;
  readonly distinctServices: IntLists;
  readonly factors: IntLists;
  readonly tags: IntLists;
  /** Each incident's distinct factor categories and tags that are not generic: what can link it, listed once. */
  readonly linkingFactors: IntLists;
  readonly linkingTags: IntLists;
  /** In how many incidents each name is a factor category, and a tag. */
  readonly factorCount: Int32Array;
  readonly tagCount: Int32Array;
  readonly vectors: Vectors;
  /** Marks of the candidates already weighed for the incident asked about (see inferred). */
  readonly seen: Int32Array;
  asked: number;
}

function context(all: readonly IncidentFacts[], windowDays: number, names: readonly string[]): Context {
  const table: string[] = [];
  const codes = new Map<string, number>();
  const code = (name: string) => {
    let c = codes.get(name);
    if (c === undefined) codes.set(name, (c = table.push(name) - 1));
    return c;
  };
  const services = all.map((i) => i.services.map(code));
  const distinctServices = services.map((list) => [...new Set(list)]);
  const factors = all.map((i) => [...new Set(i.factorCategories)].map(code));
  const tags = all.map((i) => [...new Set(i.tags)].map(code));
  const factorCount = new Int32Array(table.length);
  const tagCount = new Int32Array(table.length);
  for (const list of factors) for (const f of list) factorCount[f]!++;
  for (const list of tags) for (const t of list) tagCount[t]!++;
  // A factor category or tag in more than a third of the incidents links nothing.
  const specific = (count: Int32Array) => (c: number) => count[c]! <= all.length * GENERIC_SHARE;
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.started - all[b]!.started);
  const byService = new Map<number, ServiceHistory>();
  for (const i of order)
    for (const service of distinctServices[i]!) {
      let history = byService.get(service);
      if (!history) byService.set(service, (history = { incidents: [], started: [] }));
      history.incidents.push(i);
      history.started.push(all[i]!.started);
    }
  const read = featureReader(stemmer, names);
  return {
    all,
    position: new Map(all.map((incident, i) => [incident, i])),
    windowDays,
    byService,
    names: table,
    alert: Int32Array.from(all, (i) => (i.alert === undefined ? -1 : code(i.alert))),
    idCode: Int32Array.from(all, (i) => code(i.id)),
    services: new IntLists(services),
    distinctServices: new IntLists(distinctServices),
    factors: new IntLists(factors),
    tags: new IntLists(tags),
    linkingFactors: new IntLists(factors.map((list) => list.filter(specific(factorCount)))),
    linkingTags: new IntLists(tags.map((list) => list.filter(specific(tagCount)))),
    factorCount,
    tagCount,
    vectors: tfIdfVectors(all.map((incident) => read(`${incident.title} ${incident.factorText}`).terms)),
    seen: new Int32Array(all.length),
    asked: 0,
  };
}

/** Whether tag `t` of `i` is evidence: `e` has it too, and it is not only the name of a service both have. */
const sharedTag = (i: number, e: number, t: number, c: Context) =>
  c.tags.has(e, t) && !(c.services.has(i, t) && c.services.has(e, t));

/** The most points alike texts give (from STRONGLY_ALIKE). */
const MOST_ALIKE_POINTS = 2;

/**
 * The weight of the evidence that incident `e` (an index into `all`) is
 * what `i` repeats; with `items`, each piece of it in words too. Up to 200
 * candidates are weighed per incident and only the best is described, so
 * weighing alone makes no list and no string. Comparing the texts costs
 * most: when even the most alike texts could not bring the points up to
 * `needed`, they are not compared, and the points without them are returned.
 */
function evidence(i: number, e: number, c: Context, items?: string[], needed = 0): number {
  let points = 0;
  if (items) {
    const shared = c.services.list(i).filter((s) => c.services.has(e, s));
    items.push(`same service ${shared.map((s) => `'${c.names[s]}'`).join(', ')}`);
  }
  const alert = c.alert[i]!;
  if (alert >= 0 && alert === c.alert[e]) {
    points += 2;
    items?.push(`same alert '${c.names[alert]}'`);
  }
  const { linkingFactors: factors, linkingTags: tags } = c;
  let sharesFactor = false;
  for (let k = factors.offsets[i]!; k < factors.offsets[i + 1]!; k++) {
    const f = factors.values[k]!;
    if (!c.factors.has(e, f)) continue;
    sharesFactor = true;
    if (!items) break;
    items.push(`contributing factor '${c.names[f]}' (in ${counts(c.factorCount[f]!)} ${c.all.length} incidents)`);
  }
  if (sharesFactor) points += 1;
  let sharesTag = false;
  const tagNames: string[] | undefined = items && [];
  for (let k = tags.offsets[i]!; k < tags.offsets[i + 1]!; k++) {
    const t = tags.values[k]!;
    if (!sharedTag(i, e, t, c)) continue;
    sharesTag = true;
    if (!tagNames) break;
    tagNames.push(`'${c.names[t]}'`);
  }
  if (sharesTag) {
    points += 1;
    if (tagNames) items?.push(`tags ${tagNames.join(', ')}`);
  }
  if (points + MOST_ALIKE_POINTS < needed) return points;
  const similarity = cosine(c.vectors, i, e);
  if (similarity >= ALIKE) {
    points += similarity >= STRONGLY_ALIKE ? 2 : 1;
    items?.push(`titles and factors alike (${similarity.toFixed(2)})`);
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
  const i = c.position.get(incident)!;
  let best: { earlier: number; points: number; started: number } | undefined;
  // A candidate shared by two services is weighed once: marked with this question's number.
  const asked = ++c.asked;
  const window = c.windowDays * DAY_MS;
  for (const service of c.distinctServices.list(i)) {
    const history = c.byService.get(service);
    if (!history) continue;
    let looked = 0;
    // Only incidents that started earlier can be repeated: start from the last of them, not from the newest.
    for (let k = countBefore(history.started, incident.started) - 1; k >= 0 && looked < MAX_CANDIDATES; k--) {
      const e = history.incidents[k]!;
      if (c.idCode[e] === c.idCode[i]) continue;
      const started = history.started[k]!;
      if (incident.started - started > window) break;
      looked++;
      if (c.seen[e] === asked) continue;
      c.seen[e] = asked;
      // A candidate wins with more points than the best so far, or as many and a later start.
      const needed = !best ? 1 : started > best.started ? best.points : best.points + 1;
      const points = evidence(i, e, c, undefined, needed);
      if (points >= needed) best = { earlier: e, points, started };
    }
  }
  if (!best) return undefined;
  const items: string[] = [];
  evidence(i, best.earlier, c, items);
  const earlier = c.all[best.earlier]!;
  const days = Math.round((incident.started - earlier.started) / DAY_MS);
  const strength = best.points >= STRONG ? 'strong' : 'weak';
  return {
    incident: incident.id,
    repeat_of: earlier.id,
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
