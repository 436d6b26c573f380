import type { Detection } from './metrics/detection';
import type { Durations } from './metrics/durations';
import type { FollowUpHealth } from './metrics/follow-up-health';
import type { GoalResult } from './metrics/goals';
import type { Overview } from './metrics/overview';
import type { Responders } from './metrics/people';
import type { Repeat } from './metrics/repeats';
import type { ReviewHealth } from './metrics/review-health';
import type { Trends } from './metrics/trends';

export type MissingField =
  | 'contributing_factors'
  | 'follow_ups'
  | 'roles.incident_commander'
  | 'detection.method'
  | 'review.date';

/**
 * The batch review as data. Its JSON form is the contract documented by
 * schemas/review-report.schema.json: stable names, others may be added.
 */
export interface ReviewReport {
  readonly period: {
    readonly label: string;
    readonly from: string;
    readonly to: string;
    /** null when the records do not reach into the period before. */
    readonly previous: string | null;
    /** Only periods the records reach into: none before the first record (or review.program_start). */
    readonly baseline: readonly string[];
    /** Present (true) when the period is not over yet: its counts cover part of it. */
    readonly partial?: boolean;
    /** The first day of the records (review.program_start, or the first incident's day); null without incidents. */
    readonly records_from: string | null;
    /** Why this period was chosen when it was not asked for, or what to look at when it is empty. */
    readonly note?: string;
  };
  readonly generated_at: string;
  readonly incidents: Overview;
  readonly durations: Durations;
  readonly detection: Detection;
  readonly trends: Trends;
  readonly repeats: readonly Repeat[];
  readonly repeat_chains: readonly (readonly string[])[];
  readonly novelty_rate: number | null;
  readonly recurring_follow_ups: readonly {
    theme: string;
    incidents: readonly string[];
    follow_ups: readonly string[];
    /** One follow-up per distinct title (at most 12), so people can judge the theme; follow_ups has every key. */
    members: readonly { follow_up: string; title: string }[];
    done: number;
    question: string;
    /** Present (true) for a theme pinned in the config (review.recurring.themes). */
    pinned?: boolean;
  }[];
  readonly follow_ups: FollowUpHealth;
  readonly responders: Responders;
  readonly reviews: ReviewHealth;
  readonly goals: readonly GoalResult[];
  /**
   * Fields no incident of the period records, so the sections that need
   * them cannot answer (and say so): contributing_factors (repeats),
   * follow_ups (recurring remediations), roles.incident_commander (load),
   * detection.method (detection), review.date (time to review).
   */
  readonly missing_fields: readonly MissingField[];
  readonly themes: readonly string[];
}
