/** The resolved configuration: every key present, defaults filled in. */
export interface SeverityConfig {
  readonly id: string;
  readonly description: string;
  /** Days after resolution within which the review must happen. */
  readonly reviewWithinDays: number;
  readonly reviewSections: readonly string[];
}

export interface CategoryConfig {
  readonly id: string;
  readonly description: string;
}

export interface ServiceConfig {
  readonly id: string;
  readonly owner?: string;
  readonly tier?: number;
}

export interface FollowUpConfig {
  readonly label: string;
  readonly repo?: string;
  readonly titleTemplate: string;
  readonly assignOwner: boolean;
  readonly onRemoved: 'close' | 'leave-open';
  readonly reopen: boolean;
  readonly labels: {
    readonly type: Readonly<Record<string, string>>;
    readonly priority: Readonly<Record<string, string>>;
    readonly severity: Readonly<Record<string, string>>;
  };
}

export interface GoalConfig {
  readonly name: string;
  readonly metric: string;
  readonly stat?: 'p50' | 'p90';
  readonly where?: {
    readonly severity?: readonly string[];
    readonly categories?: readonly string[];
    readonly services?: readonly string[];
  };
  readonly per?: 'month' | 'quarter' | 'year';
  readonly within?: string;
  readonly target: string;
}

/** How ids are checked: what RegExp offers, so the built-in pattern can stay one. */
export interface IdPattern {
  readonly source: string;
  test(id: string): boolean;
}

export interface Config {
  /** The config file this came from, or undefined for built-in defaults. */
  readonly source: string | undefined;
  readonly incidentsDir: string;
  readonly reviewsDir: string;
  readonly idPattern: IdPattern;
  readonly severities: readonly SeverityConfig[];
  readonly categories: readonly CategoryConfig[];
  /** Empty means no catalog: any service name is accepted. */
  readonly services: readonly ServiceConfig[];
  readonly followUps: FollowUpConfig;
  readonly goals: readonly GoalConfig[];
}
