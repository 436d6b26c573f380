/**
 * What a rule's examples stand for. An example shows only the lines that
 * matter; these builders give it the rest, so each example is a real
 * repository that test/rules.test.ts validates: by default its lines are
 * fields of a small valid incident, each field shown replacing the
 * incident's own.
 */
import { lines, type ExampleFile, type ExampleRepository, type RuleDefinition } from './rule';

/** Where the example incident is, named after its id as it should be. */
export const EXAMPLE_FILE = 'incidents/2026/2026-03-04-checkout-errors.md';

/** A new incident with only the fields every incident needs. */
export const EXAMPLE_INCIDENT = lines(
  '---',
  'id: 2026-03-04-checkout-errors',
  'title: Checkout errors after payment-gateway deploy',
  'status: investigating',
  'severity: SEV1',
  'started_at: 2026-03-04T09:12:00Z',
  '---',
  '# Checkout errors after payment-gateway deploy',
  '',
);

/** The same incident once resolved: every time recorded, and the sections a SEV1 review needs already written. */
export const RESOLVED_INCIDENT = lines(
  '---',
  'id: 2026-03-04-checkout-errors',
  'title: Checkout errors after payment-gateway deploy',
  'status: resolved',
  'severity: SEV1',
  'started_at: 2026-03-04T09:12:00Z',
  'detected_at: 2026-03-04T09:20:00Z',
  'mitigated_at: 2026-03-04T09:51:00Z',
  'resolved_at: 2026-03-04T11:02:00Z',
  '---',
  ...[
    'Summary',
    'Impact',
    'Timeline',
    'Contributing factors',
    'What went well',
    'What went wrong',
    'Where we got lucky',
    'Follow-ups',
  ].flatMap((section) => [`## ${section}`, 'Written.', '']),
);

/** The fields that make the resolved incident a reviewed one, but for the sections its config asks of it. */
const REVIEWED = lines(
  'status: reviewed',
  'review:',
  '  date: 2026-03-10',
  'no_follow_ups_reason: The vendor fixed the fault on their side.',
);

interface Split {
  readonly frontmatter: readonly string[];
  readonly body: string | undefined;
}

/** A file's frontmatter lines and body; text that does not start with '---' is all frontmatter lines. */
function split(text: string): Split {
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(text);
  return match
    ? { frontmatter: match[1]!.split('\n'), body: match[2] ?? '' }
    : { frontmatter: text.split('\n'), body: undefined };
}

/** The top-level key a frontmatter line starts, if it starts one. */
function keyOf(line: string): string | undefined {
  return /^([A-Za-z_][\w-]*):(?:[ \t]|$)/.exec(line)?.[1];
}

/**
 * The example's lines in place of the incident's fields of the same names
 * (each with the indented lines below it). It works on text, so an example
 * of broken YAML stays broken; a shown '---' block brings its body with it.
 */
export function overlay(incident: string, shown: string): string {
  const base = split(incident);
  const given = split(shown);
  const replaced = new Set(given.frontmatter.flatMap((line) => keyOf(line) ?? []));
  let dropping = false;
  const kept = base.frontmatter.filter((line) => {
    if (!/^[ \t]/.test(line) && line !== '') dropping = replaced.has(keyOf(line) ?? '');
    return !dropping;
  });
  return ['---', ...kept, ...given.frontmatter, '---', given.body ?? base.body ?? ''].join('\n');
}

/** The incident with the shown Markdown as its body. */
function withBody(incident: string, body: string): string {
  return `${incident.slice(0, incident.indexOf('\n---\n') + 5)}${body}\n`;
}

/** The config file, for examples that need settings of their own. */
export function configFile(text: string): ExampleFile {
  return { path: '.incidents.yml', text: `${text}\n` };
}

/** Another valid incident, for examples that name one: started on the day its id says. */
export function otherIncident(id: string, title: string): ExampleFile {
  const day = id.slice(0, 10);
  const fields = lines(`id: ${id}`, `title: ${title}`, `started_at: ${day}T09:00:00Z`);
  return {
    path: `incidents/${day.slice(0, 4)}/${id}.md`,
    text: overlay(EXAMPLE_INCIDENT, fields).replace(/^# .*$/m, `# ${title}`),
  };
}

export interface IncidentExample {
  /** The incident the lines are overlaid on: EXAMPLE_INCIDENT unless said. */
  readonly base?: string;
  /** The rest of the repository: a config, other incidents. */
  readonly beside?: readonly ExampleFile[];
  /** Makes real what the example only describes, like '→' for a tab or '# ... 500 more'. */
  readonly expand?: (shown: string) => string;
}

/**
 * The default: the shown lines are fields (or a '---' block and a body)
 * overlaid on the incident. A comment naming files (# incidents/....md)
 * puts the incident there, in each file named.
 */
export function inIncident({
  base = EXAMPLE_INCIDENT,
  beside = [],
  expand = (shown) => shown,
}: IncidentExample = {}): ExampleRepository {
  return (shown) => {
    const text = overlay(base, expand(shown));
    const named = [...shown.matchAll(/^#.*?\b(incidents\/\S+?\.md)\b/gm)].map((match) => match[1]!);
    return [...(named.length ? named : [EXAMPLE_FILE]).map((path) => ({ path, text })), ...beside];
  };
}

/** The shown Markdown is the body of the incident. */
export function inBody({
  base = EXAMPLE_INCIDENT,
  beside = [],
  expand = (shown) => shown,
}: IncidentExample = {}): ExampleRepository {
  return (shown) => [{ path: EXAMPLE_FILE, text: withBody(base, expand(shown)) }, ...beside];
}

/** The shown Markdown is the body of the incident once reviewed, whose config requires these sections of a SEV1 review. */
export function underReview(sections: readonly string[]): ExampleRepository {
  const config = configFile(lines('severities:', '  - id: SEV1', `    review_sections: [${sections.join(', ')}]`));
  return inBody({ base: overlay(RESOLVED_INCIDENT, REVIEWED), beside: [config] });
}

/** The shown text is the whole file. */
export function wholeFile(path = EXAMPLE_FILE): ExampleRepository {
  return (shown) => [{ path, text: `${shown}\n` }];
}

/** The shown text is .incidents.yml, with the example incident beside it. */
export const inConfig: ExampleRepository = (shown) => [
  configFile(shown),
  { path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT },
];

/** The example only describes the incident file (its encoding, where it is): the example incident, as it is. */
export const asDescribed: ExampleRepository = () => [{ path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT }];

/** The shown lines are the whole frontmatter, for an example of fields missing. */
export const asWholeFrontmatter: ExampleRepository = (shown) => [
  { path: EXAMPLE_FILE, text: lines('---', shown, '---', '') },
];

/** '# ... N more lines' made real: the line above it, N more times. */
export function repeatAbove(shown: string): string {
  return shown.replace(/^(.*)\n[ \t]*# \.\.\. ([\d,]+) more lines$/m, (_, above: string, count: string) =>
    Array.from({ length: Number(count.replace(/,/g, '')) + 1 }, () => above).join('\n'),
  );
}

/** The repository one of a rule's examples stands for. */
export function exampleRepository(rule: RuleDefinition, which: 'wrong' | 'right'): readonly ExampleFile[] {
  const build = typeof rule.repository === 'function' ? rule.repository : (rule.repository?.[which] ?? inIncident());
  return build(rule[which]);
}
