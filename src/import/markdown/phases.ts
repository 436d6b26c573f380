import type { TimelineEntry } from './timeline';

export type PhaseField = 'started_at' | 'detected_at' | 'mitigated_at' | 'resolved_at';

/**
 * The words with which a timeline says a phase began or ended. Only an
 * entry that says so sets a phase: the first entry of a timeline is often
 * the change that set things up, not the start of impact, so nothing is
 * taken from an entry's place in the list.
 */
const SAYS: Readonly<Record<PhaseField, RegExp>> = {
  started_at:
    /\b(?:(?:outage|incident|impact|degradation|disruption|downtime|errors?|failures?)\s+(?:begins?|began|starts?|started)|(?:start|beginning|onset)\s+of\s+(?:the\s+)?(?:impact|outage|incident|errors)|(?:customers?|users?)\s+(?:start|begin|began|started)\s+(?:to\s+)?(?:see|get|receive|experienc|report)\w*)\b/i,
  detected_at:
    /\b(?:alerts?\s+(?:fires?|fired|firing|triggers?|triggered|goes\s+off|went\s+off)|(?:is|was|gets|got)\s+paged|pages?\s+(?:the\s+)?on-?call|on-?call\s+(?:engineer\s+)?(?:is\s+|was\s+)?paged|incident\s+(?:declared|opened)|detected|noticed|first\s+(?:customer\s+)?(?:report|ticket|complaint)s?)\b/i,
  mitigated_at:
    /\b(?:mitigated|mitigation\s+(?:complete|in\s+place|applied)|impact\s+(?:ends?|ended|stops?|stopped)|service\s+(?:is\s+|was\s+)?restored|recovered|back\s+to\s+normal|errors?\s+(?:stop|stopped|subside|subsided|return\s+to\s+normal)|monitoring)\b/i,
  resolved_at: /\b(?:resolved|outage\s+ends?|incident\s+(?:is\s+|was\s+)?(?:closed|over|ended|ends)|all[-\s]clear)\b/i,
};

const NEGATED = /\b(?:not|n't|never|no longer|before|until)\b/i;

function says(entry: TimelineEntry, field: PhaseField): boolean {
  const match = SAYS[field].exec(entry.text);
  return match !== null && !NEGATED.test(entry.text.slice(0, match.index));
}

/** The phase times a timeline states: the first entry that says impact began, was detected, mitigated; the last that says it was resolved. */
export function phaseEntries(entries: readonly TimelineEntry[]): Partial<Record<PhaseField, TimelineEntry>> {
  const found: Partial<Record<PhaseField, TimelineEntry>> = {};
  for (const entry of entries) {
    if (!entry.at && !entry.day) continue;
    for (const field of ['started_at', 'detected_at', 'mitigated_at'] as const)
      if (!found[field] && says(entry, field)) found[field] = entry;
    if (says(entry, 'resolved_at')) found.resolved_at = entry;
  }
  return found;
}
