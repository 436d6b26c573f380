import type { IncidentFacts } from '../facts';
import { countBy, share } from './stats';

export interface Load {
  readonly handle: string;
  readonly count: number;
}

export interface Responders {
  readonly incident_commanders: readonly Load[];
  readonly responders: readonly Load[];
  /** Share of incidents (with a commander) led by the two most frequent commanders. */
  readonly top_two_share: number | null;
  /** Commanders of more than a third of the incidents: over-reliance on a few people. */
  readonly concentrated: readonly string[];
  readonly without_commander: number;
}

function ranked(counts: Map<string, number>): Load[] {
  return [...counts]
    .map(([handle, count]) => ({ handle, count }))
    .sort((a, b) => b.count - a.count || (a.handle < b.handle ? -1 : 1));
}

/** Who carries the response: incident-commander and responder load. */
export function responders(incidents: readonly IncidentFacts[]): Responders {
  const led = incidents.filter((i) => i.commander !== undefined);
  const commanders = ranked(countBy(led, (i) => [i.commander!]));
  const topTwo = (commanders[0]?.count ?? 0) + (commanders[1]?.count ?? 0);
  return {
    incident_commanders: commanders,
    responders: ranked(countBy(incidents, (i) => i.responders)),
    top_two_share: share(topTwo, led.length),
    concentrated: commanders.filter((c) => c.count * 3 > led.length).map((c) => c.handle),
    without_commander: incidents.length - led.length,
  };
}
