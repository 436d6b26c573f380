import { distribution, type Distribution } from './stats';
import type { IncidentFacts } from '../facts';

const MINUTE = 60_000;

export type Phase = 'time_to_detect' | 'time_to_mitigate' | 'time_to_resolve';
export const PHASES: readonly Phase[] = ['time_to_detect', 'time_to_mitigate', 'time_to_resolve'];

/** Minutes from impact start to the end of a phase, when both are known to the minute (a day alone or unknown counts as missing). */
export function phaseMinutes(incident: IncidentFacts, phase: Phase): number | undefined {
  if (!incident.startedExact) return undefined;
  const end =
    phase === 'time_to_detect'
      ? incident.detected
      : phase === 'time_to_mitigate'
        ? incident.mitigated
        : incident.resolved;
  return end === undefined ? undefined : (end - incident.started) / MINUTE;
}

export type PhaseDistributions = Record<Phase, Distribution>;

export function phaseDistributions(incidents: readonly IncidentFacts[]): PhaseDistributions {
  const out = {} as Record<Phase, Distribution>;
  for (const phase of PHASES)
    out[phase] = distribution(incidents.map((i) => phaseMinutes(i, phase)).filter((m): m is number => m !== undefined));
  return out;
}

export interface Durations extends PhaseDistributions {
  readonly by_severity: Record<string, PhaseDistributions>;
  /** The incidents that took longest to mitigate. */
  readonly slowest: readonly { incident: string; title: string; severity: string; time_to_mitigate_minutes: number }[];
  /** Incidents that do not have the end of a phase yet (still open, or not recorded). */
  readonly missing: Record<Phase, number>;
}

export function durations(
  incidents: readonly IncidentFacts[],
  severities: readonly string[],
  slowestCount = 3,
): Durations {
  const bySeverity: Record<string, PhaseDistributions> = {};
  for (const severity of severities) {
    const ofSeverity = incidents.filter((i) => i.severity === severity);
    if (ofSeverity.length) bySeverity[severity] = phaseDistributions(ofSeverity);
  }
  const slowest = incidents
    .flatMap((i) => {
      const ttm = phaseMinutes(i, 'time_to_mitigate');
      return ttm === undefined
        ? []
        : [{ incident: i.id, title: i.title, severity: i.severity, time_to_mitigate_minutes: Math.round(ttm) }];
    })
    .sort((a, b) => b.time_to_mitigate_minutes - a.time_to_mitigate_minutes || (a.incident < b.incident ? -1 : 1))
    .slice(0, slowestCount);
  const missing = {} as Record<Phase, number>;
  for (const phase of PHASES) missing[phase] = incidents.filter((i) => phaseMinutes(i, phase) === undefined).length;
  return { ...phaseDistributions(incidents), by_severity: bySeverity, slowest, missing };
}
