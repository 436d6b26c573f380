import type { Detection } from './metrics/detection';
import type { Durations } from './metrics/durations';
import type { FollowUpHealth } from './metrics/follow-up-health';
import type { GoalResult } from './metrics/goals';
import type { Overview } from './metrics/overview';
import type { Responders } from './metrics/people';
import type { Repeat } from './metrics/repeats';
import type { ReviewHealth } from './metrics/review-health';
import type { Trends } from './metrics/trends';

/**
 * The batch review as data. Its JSON form is the contract documented by
 * schemas/review-report.schema.json: stable names, others may be added.
 */
export interface ReviewReport {
  readonly period: {
    readonly label: string;
    readonly from: string;
    readonly to: string;
    readonly previous: string;
    readonly baseline: readonly string[];
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
    done: number;
    question: string;
  }[];
  readonly follow_ups: FollowUpHealth;
  readonly responders: Responders;
  readonly reviews: ReviewHealth;
  readonly goals: readonly GoalResult[];
  readonly themes: readonly string[];
}
