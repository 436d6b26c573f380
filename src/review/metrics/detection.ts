import type { IncidentFacts } from '../facts';
import { share } from './stats';

export const DETECTION_METHODS = ['alert', 'customer', 'employee', 'automated-test', 'other'] as const;

export interface Detection {
  /** Incidents with a recorded detection method. */
  readonly known: number;
  readonly unknown: number;
  readonly by_method: Record<string, number>;
  readonly shares: Record<string, number | null>;
}

/** Who noticed first: alerts and tests versus customers and employees. */
export function detection(incidents: readonly IncidentFacts[]): Detection {
  const byMethod: Record<string, number> = {};
  for (const method of DETECTION_METHODS) byMethod[method] = 0;
  let unknown = 0;
  for (const incident of incidents) {
    if (incident.detection === undefined) unknown++;
    else byMethod[incident.detection] = (byMethod[incident.detection] ?? 0) + 1;
  }
  const known = incidents.length - unknown;
  const shares: Record<string, number | null> = {};
  for (const [method, count] of Object.entries(byMethod)) shares[method] = share(count, known);
  return { known, unknown, by_method: byMethod, shares };
}
