import type { IncidentFacts } from '../facts';
import { share } from './stats';
import { DAY_MS } from '../../core/time';

/** How far back an earlier incident with the same service and contributing factor counts as repeated. */
export const INFERRED_REPEAT_WINDOW_DAYS = 180;

export interface Repeat {
  readonly incident: string;
  readonly repeat_of: string;
  readonly inferred: boolean;
  readonly reason: string;
}

export interface Repeats {
  readonly list: readonly Repeat[];
  /** Each chain oldest first: an incident, what repeated it, what repeated that, ... */
  readonly chains: readonly (readonly string[])[];
  /** Share of the period's incidents that repeat nothing: a healthy program's impactful incidents are mostly novel. */
  readonly novelty_rate: number | null;
}

interface Seen {
  readonly id: string;
  readonly started: number;
}

/** Per service and contributing-factor category, the incidents in time order: inference is a look-up, not a scan. */
function indexBySignature(all: readonly IncidentFacts[]): Map<string, Seen[]> {
  const index = new Map<string, Seen[]>();
  for (const incident of [...all].sort((a, b) => a.started - b.started)) {
    for (const service of new Set(incident.services)) {
      for (const category of new Set(incident.factorCategories)) {
        const key = `${service}\u0000${category}`;
        const list = index.get(key);
        if (list) list.push({ id: incident.id, started: incident.started });
        else index.set(key, [{ id: incident.id, started: incident.started }]);
      }
    }
  }
  return index;
}

/** The latest entry strictly before `started`, by binary search. */
function latestBefore(list: readonly Seen[], started: number, id: string): Seen | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.started < started) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) if (list[i]!.id !== id) return list[i];
  return undefined;
}

function inferred(incident: IncidentFacts, index: Map<string, Seen[]>): Repeat | undefined {
  let best: { seen: Seen; service: string; category: string } | undefined;
  for (const service of new Set(incident.services)) {
    for (const category of new Set(incident.factorCategories)) {
      const seen = latestBefore(index.get(`${service}\u0000${category}`) ?? [], incident.started, incident.id);
      if (!seen || incident.started - seen.started > INFERRED_REPEAT_WINDOW_DAYS * DAY_MS) continue;
      if (!best || seen.started > best.seen.started) best = { seen, service, category };
    }
  }
  if (!best) return undefined;
  const days = Math.round((incident.started - best.seen.started) / DAY_MS);
  return {
    incident: incident.id,
    repeat_of: best.seen.id,
    inferred: true,
    reason: `same service '${best.service}' and contributing factor '${best.category}' as ${best.seen.id}, ${days} days earlier`,
  };
}

/** What an incident repeats, if anything; made once per history, as its index costs a pass over every incident. */
export interface RepeatFinder {
  readonly all: readonly IncidentFacts[];
  readonly repeatOf: (incident: IncidentFacts) => Repeat | undefined;
}

export function repeatFinder(all: readonly IncidentFacts[]): RepeatFinder {
  const index = indexBySignature(all);
  return {
    all,
    repeatOf: (incident) =>
      incident.repeatOf !== undefined
        ? {
            incident: incident.id,
            repeat_of: incident.repeatOf,
            inferred: false,
            reason: 'repeat_of in the incident file',
          }
        : inferred(incident, index),
  };
}

/** Which of `incidents` repeat an earlier one (explicitly or inferred), without the chains. */
export function repeatedIncidents(incidents: readonly IncidentFacts[], finder: RepeatFinder): Set<string> {
  return new Set(incidents.filter((i) => finder.repeatOf(i) !== undefined).map((i) => i.id));
}

/** Repeats of the period's incidents, explicit (repeat_of) and inferred, with their chains. */
export function repeats(period: readonly IncidentFacts[], { all, repeatOf }: RepeatFinder): Repeats {
  const list = [...period].sort((a, b) => a.started - b.started).flatMap((i) => repeatOf(i) ?? []);
  const byId = new Map(all.map((i) => [i.id, i]));
  // A chain is worth showing from its last link only: one whose end is repeated again is part of a longer chain.
  const repeatedAgain = new Set(list.map((r) => r.repeat_of));
  const chains: string[][] = [];
  for (const repeat of list) {
    if (repeatedAgain.has(repeat.incident)) continue;
    const chain = [repeat.incident];
    let link: Repeat | undefined = repeat;
    while (link && !chain.includes(link.repeat_of) && chain.length < 50) {
      chain.unshift(link.repeat_of);
      const earlier = byId.get(link.repeat_of);
      link = earlier ? repeatOf(earlier) : undefined;
    }
    chains.push(chain);
  }
  return { list, chains, novelty_rate: share(period.length - list.length, period.length) };
}
