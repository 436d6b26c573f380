import { UNKNOWN_SEVERITY, type Config } from '../core/config';

/** Statuspage's impacts, and the words many teams use, to the default severities, where the config has them. */
const DEFAULT_SEVERITIES: Readonly<Record<string, string>> = {
  critical: 'SEV1',
  major: 'SEV2',
  minor: 'SEV3',
  none: 'SEV4',
};

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A source's severity as one of the config's: the config's map, the same id spelt otherwise (Sev-1), or the default words. */
export function mapSeverity(value: string | undefined, config: Config): { id: string; unmapped?: string } {
  const text = value?.trim();
  if (!text) return { id: UNKNOWN_SEVERITY };
  const ids = config.severities.map((s) => s.id);
  const mapped = config.importMaps.severities[text.toLowerCase()];
  if (mapped !== undefined && ids.includes(mapped)) return { id: mapped };
  const same = ids.find((id) => key(id) === key(text));
  if (same) return { id: same };
  const fallback = DEFAULT_SEVERITIES[text.toLowerCase()];
  if (fallback && ids.includes(fallback)) return { id: fallback };
  return { id: UNKNOWN_SEVERITY, unmapped: text };
}

/** "checkout, payments and search" -> three names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\n)\s*/i)
    .map((name) => name.replace(/^[`'"]|[`'"]$/g, '').trim())
    .filter(Boolean);
}

/** Services through the config's map and catalog; without a catalog, any name is a service, as written. */
export function mapServices(names: readonly string[], config: Config): { ids: string[]; unmapped: string[] } {
  const ids: string[] = [];
  const unmapped: string[] = [];
  const catalog = config.services.map((s) => s.id);
  for (const name of names) {
    const mapped = config.importMaps.services[name.toLowerCase()];
    const id = mapped ?? (catalog.length ? catalog.find((c) => key(c) === key(name)) : name);
    if (id === undefined) unmapped.push(name);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unmapped };
}

const METHODS: readonly [string, RegExp][] = [
  [
    'alert',
    /\b(?:alert(?:s|ed|ing)?|paged?|paging|pagerduty|opsgenie|monitoring|borgmon|prometheus|datadog|nagios)\b/i,
  ],
  [
    'customer',
    /\b(?:customers?|users?|clients?|merchants?)\b.{0,40}\b(?:report\w*|tickets?|complain\w*|contact\w*|tweet\w*|email\w*)|\b(?:support tickets?|customer reports?)\b/i,
  ],
  ['automated-test', /\b(?:synthetic|canary|smoke test|probe|health ?check|automated test)s?\b/i],
  [
    'employee',
    /\b(?:an? (?:engineer|employee|colleague|developer|staff member)|internal(?:ly)? (?:report|notice)\w*)\b/i,
  ],
];

/** How it was detected, when a detection section names one way and only one. */
export function detectionMethod(text: string): string | undefined {
  const found = METHODS.filter(([, re]) => re.test(text)).map(([method]) => method);
  return found.length === 1 ? found[0] : undefined;
}
