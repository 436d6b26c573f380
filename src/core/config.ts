/** The severity a historical record writes when its source gave none, or one the config could not map. */
export const UNKNOWN_SEVERITY = 'unknown';

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
  /** File follow-ups already done or not planned in their file. */
  readonly fileDone: boolean;
  /** File follow-ups of historical records. */
  readonly fileHistorical: boolean;
  /** File follow-ups only of incidents that started on or after this day (YYYY-MM-DD). */
  readonly fileFrom?: string;
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

/** How `incidents import` maps a source's values: keys lower-cased. */
export interface ImportMaps {
  readonly severities: Readonly<Record<string, string>>;
  readonly services: Readonly<Record<string, string>>;
}

/** A theme people pinned: follow-ups whose titles contain one of the patterns belong to it. */
export interface PinnedTheme {
  readonly name: string;
  readonly patterns: readonly string[];
}

export interface ReviewConfig {
  /** Midnight UTC of the day the program started recording; undefined: the first incident's day. */
  readonly programStart: number | undefined;
  /** How far back an earlier incident can be inferred to be repeated. */
  readonly repeatWindowDays: number;
  readonly themes: readonly PinnedTheme[];
  /** Each entry: pattern lists whose follow-ups never share a theme. */
  readonly separate: readonly (readonly (readonly string[])[])[];
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
  readonly importMaps: ImportMaps;
  /** Other headings that count as a review section, by the section's name as the config writes it (built-in ones included). */
  readonly sectionAliases: Readonly<Record<string, readonly string[]>>;
  readonly review: ReviewConfig;
}
