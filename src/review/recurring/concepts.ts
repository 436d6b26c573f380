/**
 * The small lexicon of remediation kinds: the words people use for the same
 * remediation ("alert", "page when", "warn the on-call", "monitor") mapped to
 * one concept, which also names the theme.
 *
 * Titles often mention more than one concept, and only one is the
 * remediation: "Link the orders runbook from the 5xx alert" is runbook work,
 * "Page when CoreDNS timeouts exceed 1%" is an alert, not a timeout change.
 * Tiers settle that:
 * - `container`: runbooks and dashboards are where the work lands, so a
 *   title that names one is about it, wherever the word comes;
 * - `practice`: most remediation kinds; the first one named wins, because
 *   imperative titles name the remediation before its subject;
 * - `behaviour`: timeouts, retries and rollbacks are as often the symptom
 *   described as the change proposed, so they count only when nothing else
 *   is named.
 */

type Tier = 'container' | 'practice' | 'behaviour';

interface Concept {
  readonly name: string;
  readonly tier: Tier;
  readonly pattern: RegExp;
}

const TIER_ORDER: readonly Tier[] = ['container', 'practice', 'behaviour'];

/** Word-bounded alternatives, matched against the lower-cased title. */
const words = (...alternatives: string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`);

/** "page" the alert, not "the product page". */
const PAGE_AS_ALERT =
  '(?<!\\b(?:product|landing|status|web|home|error|detail|login|sign-in|checkout|search|results|help|front) )pag(?:e|es|ed|ing)';

const CONCEPTS: readonly Concept[] = [
  { name: 'runbooks', tier: 'container', pattern: words('run-?books?', 'play-?books?', 'procedure docs?', 'sops?') },
  { name: 'dashboards', tier: 'container', pattern: words('dashboards?', 'grafana') },
  {
    name: 'alerting',
    tier: 'practice',
    pattern: words(
      'alert(?:s|ing|ed)?',
      PAGE_AS_ALERT,
      'pager(?:duty)?',
      'warn(?:s|ed|ing)?',
      'monitor(?:s|ed|ing)?',
      'notify the on-?call',
    ),
  },
  { name: 'synthetic checks', tier: 'practice', pattern: words('synthetic', 'real-browser') },
  {
    name: 'canary deploys',
    tier: 'practice',
    pattern: words('canar(?:y|ies)', 'staged roll-?outs?', 'progressive (?:delivery|roll-?outs?)', 'blue-green'),
  },
  {
    name: 'load testing',
    tier: 'practice',
    pattern: words('(?:load|stress|capacity|soak|performance)[- ]test(?:s|ing|ed)?', 'capacity plan(?:s|ning)?'),
  },
  {
    name: 'drills and game days',
    tier: 'practice',
    pattern: words('drills?', 'game-? ?days?', 'chaos (?:tests?|testing|experiments?|engineering)'),
  },
  {
    name: 'autoscaling',
    tier: 'practice',
    pattern: words('auto-?scal(?:e|es|ed|ing|er|ers)', 'hpa', 'horizontal pod autoscalers?'),
  },
  {
    name: 'connection pooling',
    tier: 'practice',
    pattern: words('pgbouncer', 'connection pool(?:s|ing|er|ers)?', 'poolers?', 'pooling'),
  },
  // Plural "flags" is the noun; singular "flag" is usually the verb ("flag new queries").
  {
    name: 'feature flags',
    tier: 'practice',
    pattern: words('feature[- ]flags?', 'flags', 'flag (?:service|sdk|values?|defaults?)', 'kill[- ]switch(?:es)?'),
  },
  {
    name: 'fallbacks',
    tier: 'practice',
    pattern: words(
      'fall(?:s|ing)? back',
      'fallbacks?',
      'serve-stale(?:-on-error)?',
      'stale-while-revalidate',
      'graceful(?:ly)? degrad(?:e|ation)',
    ),
  },
  { name: 'circuit breakers', tier: 'practice', pattern: words('circuit[- ]breakers?', 'bulkheads?') },
  {
    name: 'rate limiting',
    tier: 'practice',
    pattern: words('rate[- ]limit(?:s|ing|er|ers|ed)?', 'throttl(?:e|es|ed|ing)', 'load[- ]shedding'),
  },
  {
    name: 'certificate expiry',
    tier: 'practice',
    pattern: words('certificates?', 'certs?', 'cert-manager', 'm?tls', 'ssl', 'acme', 'expir(?:y|ies|es|ed|ing|ation)'),
  },
  {
    name: 'idempotency',
    tier: 'practice',
    pattern: words('idempoten(?:t|cy)', 'dedup(?:e|ed|licate|licates|lication)?', 'deduplicat(?:e|es|ed|ion)'),
  },
  { name: 'reconciliation', tier: 'practice', pattern: words('reconcil(?:e|es|ed|iation|iations)') },
  {
    name: 'postmortem process',
    tier: 'practice',
    pattern: words('post-?mortems?', 'incident reviews?', 'retrospectives?'),
  },
  { name: 'retries and backoff', tier: 'behaviour', pattern: words('retr(?:y|ies|ying|ied)', 'back-?off') },
  { name: 'timeouts', tier: 'behaviour', pattern: words('time-?outs?') },
  { name: 'rollbacks', tier: 'behaviour', pattern: words('roll(?:ing)?-? ?backs?') },
];

/** The remediation kind a follow-up title proposes, or undefined when the lexicon knows none. */
export function primaryConcept(title: string): string | undefined {
  const text = title.toLowerCase();
  for (const tier of TIER_ORDER) {
    let best: { name: string; index: number } | undefined;
    for (const concept of CONCEPTS) {
      if (concept.tier !== tier) continue;
      const index = text.search(concept.pattern);
      if (index >= 0 && (!best || index < best.index)) best = { name: concept.name, index };
    }
    if (best) return best.name;
  }
  return undefined;
}
