import { Option } from 'commander';
import { TIME_FORMS } from '../scaffold/parse-time';

/*
 * What the program needs to declare its commands, kept apart from the
 * commands themselves: each command is loaded only when it runs, so a
 * pre-commit hook's `incidents validate` never loads Octokit or the prompts.
 */

export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const SYNC_FORMATS = ['text', 'json'] as const;

export const REVIEW_FORMATS = ['text', 'md', 'json'] as const;

/** Reports people read: for the terminal on a terminal, GitHub Markdown when piped or written to a file. */
export const READABLE_FORMATS = ['text', 'md'] as const;
export type ReadableFormat = (typeof READABLE_FORMATS)[number];

export function readableFormat(
  format: ReadableFormat | 'json' | undefined,
  io: { readonly stdoutIsTty: boolean },
  toFile = false,
): ReadableFormat {
  if (format === 'text' || format === 'md') return format;
  return io.stdoutIsTty && !toFile ? 'text' : 'md';
}

export const IMPORT_FORMATS = ['markdown', 'statuspage', 'csv'] as const;

/** A repeatable flag: each value, in order. */
export const collectValues = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

export const STATUS_FORMATS = ['text', 'md', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

/** Writes allowed per run unless told otherwise: the rest waits for the next run. */
export { DEFAULT_MAX_OPERATIONS } from '../sync/budget';

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/** The options of `incidents new`, fresh for each program that registers them. */
export function newOptions(): Option[] {
  return [
    new Option('-t, --title <text>', 'what users experience, like "Checkout failing for EU customers"'),
    new Option('-s, --severity <id>', 'one of the severities in the config (SEV1 to SEV4 by default)'),
    new Option('--started <when>', `when impact started: ${TIME_FORMS.replace(/^write /, '')}`),
    new Option(
      '--detected <when>',
      `when impact was detected (the first alert, or someone noticed): ${TIME_FORMS.replace(/^write /, '')}, or unknown; left out when not given`,
    ),
    new Option('--service <name>', 'an affected service; repeat it or separate names with commas').argParser(collect),
    new Option('--commander <handle>', 'the incident commander, like @alice'),
    new Option('--id <id>', 'the incident id (default: start date and a slug of the title)'),
    new Option('-d, --dir <folder>', 'where incidents live (default: incidents_dir from the config)'),
    new Option('-c, --config <file>', 'config file (default: .incidents.yml)'),
    new Option('-y, --yes', 'never ask; take everything from the flags'),
  ];
}
