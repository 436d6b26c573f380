import type { Config, FollowUpConfig, GoalConfig, ReviewConfig, SeverityConfig } from '../core/config';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_ID_PATTERN,
  DEFAULT_INCIDENTS_DIR,
  DEFAULT_REPEAT_WINDOW_DAYS,
  DEFAULT_REVIEW_WITHIN_DAYS,
  DEFAULT_SECTION_ALIASES,
  DEFAULT_SEVERITIES,
} from './defaults';
import { parseDurationDays } from '../core/duration';
import { linearIdPattern } from './linear-pattern';

/** The shape of .incidents.yml after it passed config.schema.json. */
export interface RawConfig {
  incidents_dir?: string;
  reviews_dir?: string;
  id_pattern?: string;
  severities?: { id: string; description?: string; review_within?: string; review_sections?: string[] }[];
  categories?: { id: string; description?: string }[];
  services?: { id: string; owner?: string; tier?: number }[];
  follow_ups?: {
    label?: string;
    repo?: string;
    title_template?: string;
    assign_owner?: boolean;
    on_removed?: 'close' | 'leave-open';
    reopen?: boolean;
    file_done?: boolean;
    file_historical?: boolean;
    file_from?: string;
    labels?: { type?: Record<string, string>; priority?: Record<string, string>; severity?: Record<string, string> };
  };
  goals?: GoalConfig[];
  section_aliases?: Record<string, string[]>;
  import?: { severities?: Record<string, string>; services?: Record<string, string> };
  review?: {
    program_start?: string;
    repeat_window?: string;
    recurring?: { themes?: { name: string; patterns: string[] }[]; separate?: string[][][] };
  };
}

function stripSlashes(dir: string): string {
  return dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

function resolveSeverities(raw: RawConfig['severities']): readonly SeverityConfig[] {
  if (!raw) return DEFAULT_SEVERITIES;
  return raw.map((s) => ({
    id: s.id,
    description: s.description ?? '',
    reviewWithinDays: s.review_within ? parseDurationDays(s.review_within) : DEFAULT_REVIEW_WITHIN_DAYS,
    reviewSections: s.review_sections ?? ['Summary'],
  }));
}

function resolveFollowUps(raw: RawConfig['follow_ups'] = {}): FollowUpConfig {
  return {
    label: raw.label ?? 'follow-up',
    ...(raw.repo === undefined ? {} : { repo: raw.repo }),
    titleTemplate: raw.title_template ?? '[{incident}] {title}',
    assignOwner: raw.assign_owner ?? true,
    onRemoved: raw.on_removed ?? 'close',
    reopen: raw.reopen ?? false,
    fileDone: raw.file_done ?? false,
    fileHistorical: raw.file_historical ?? false,
    ...(raw.file_from === undefined ? {} : { fileFrom: raw.file_from }),
    labels: {
      type: raw.labels?.type ?? {},
      priority: raw.labels?.priority ?? {},
      severity: raw.labels?.severity ?? {},
    },
  };
}

/** The built-in aliases, then the config's: both count. */
function mergeAliases(raw: Record<string, string[]> = {}): Record<string, readonly string[]> {
  const merged: Record<string, string[]> = {};
  for (const [section, aliases] of [...Object.entries(DEFAULT_SECTION_ALIASES), ...Object.entries(raw)])
    merged[section] = [...(merged[section] ?? []), ...aliases];
  return merged;
}

const lowerKeys = (map: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key.trim().toLowerCase(), value]));

function resolveReview(raw: RawConfig['review'] = {}): ReviewConfig {
  return {
    programStart: raw.program_start === undefined ? undefined : Date.parse(`${raw.program_start}T00:00:00Z`),
    repeatWindowDays: raw.repeat_window ? parseDurationDays(raw.repeat_window) : DEFAULT_REPEAT_WINDOW_DAYS,
    themes: raw.recurring?.themes ?? [],
    separate: raw.recurring?.separate ?? [],
  };
}

/** Fill in every default. `raw` must already have passed the config schema. */
export function resolveConfig(raw: RawConfig, source: string | undefined): Config {
  const incidentsDir = stripSlashes(raw.incidents_dir ?? DEFAULT_INCIDENTS_DIR);
  return Object.freeze({
    source,
    incidentsDir,
    reviewsDir: stripSlashes(raw.reviews_dir ?? `${incidentsDir}/reviews`),
    // The built-in pattern is ours and cannot backtrack badly; any other is matched in linear time.
    idPattern:
      raw.id_pattern === undefined || raw.id_pattern === DEFAULT_ID_PATTERN
        ? new RegExp(DEFAULT_ID_PATTERN, 'u')
        : linearIdPattern(raw.id_pattern),
    severities: resolveSeverities(raw.severities),
    categories: raw.categories?.map((c) => ({ id: c.id, description: c.description ?? '' })) ?? DEFAULT_CATEGORIES,
    services: raw.services ?? [],
    followUps: resolveFollowUps(raw.follow_ups),
    goals: raw.goals ?? [],
    sectionAliases: mergeAliases(raw.section_aliases),
    importMaps: { severities: lowerKeys(raw.import?.severities), services: lowerKeys(raw.import?.services) },
    review: resolveReview(raw.review),
  });
}

export const DEFAULT_CONFIG: Config = resolveConfig({}, undefined);
