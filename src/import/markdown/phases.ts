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
    /\b(?:(?:outage|incident|impact|degradation|disruption|downtime|errors?|failures?|delays?|timeouts?|duplicates?)\s+(?:begins?|began|starts?|started)|(?:starts?|started|begins?|began)\s+(?:failing|to\s+fail|timing\s+out|erroring|crash-?looping|to\s+hang|hanging)|(?:start|beginning|onset)\s+of\s+(?:the\s+)?(?:impact|outage|incident|errors)|(?:customers?|users?)\s+(?:start|begin|began|started)\s+(?:to\s+)?(?:see|get|receive|experienc|report)\w*)\b/i,
  detected_at:
    /\b(?:alerts?\s+(?:fires?|fired|firing|triggers?|triggered|goes\s+off|went\s+off)|(?:is|was|gets|got)\s+paged|pages?\s+(?:the\s+)?on-?call|on-?call\s+(?:engineer\s+)?(?:is\s+|was\s+)?paged|incident\s+(?:declared|opened)|detected|noticed|first\s+(?:customer\s+)?(?:report|ticket|complaint)s?|customers?\s+(?:reports?|reported|complains?|complained)|support\s+ticket|support\s+escalates)\b/i,
  mitigated_at:
    /\b(?:mitigated|mitigation\s+(?:complete|in\s+place|applied)|impact\s+(?:ends?|ended|stops?|stopped)|outage\s+mitigated)\b/i,
  resolved_at: /\b(?:resolved|outage\s+ends?|incident\s+(?:is\s+|was\s+)?(?:closed|over|ended|ends)|all[-\s]clear)\b/i,
};

/** Words that usually, but less surely, say impact stopped: used only when no entry says so outright. */
const RECOVERED =
  /\b(?:service\s+(?:is\s+|was\s+)?restored|recovered|back\s+to\s+normal|errors?\s+(?:stop|stopped|subside|subsided|return\s+to\s+normal)|work\s+again|monitoring)\b/i;

const NEGATED = /\b(?:not|n't|never|no longer|before|until)\b/i;

function says(entry: TimelineEntry, re: RegExp): boolean {
  const match = re.exec(entry.text);
  return match !== null && !NEGATED.test(entry.text.slice(0, match.index));
}

/** Whether `entry` is not before `earlier` (by the moment when both have one, else by the day). */
function notBefore(entry: TimelineEntry, earlier: TimelineEntry | undefined): boolean {
  if (!earlier) return true;
  if (entry.at && earlier.at) return entry.at.ms >= earlier.at.ms;
  return (entry.day ?? '') >= (earlier.day ?? '');
}

/**
 * The phase times a timeline states: the first entry that says impact
 * began; the first after it that says it was detected; the first after
 * that which says it was mitigated (outright, else in softer words such as
 * "service restored"); the last after that which says it was resolved.
 */
export function phaseEntries(entries: readonly TimelineEntry[]): Partial<Record<PhaseField, TimelineEntry>> {
  const dated = entries.filter((e) => e.at || e.day);
  const found: Partial<Record<PhaseField, TimelineEntry>> = {};
  const first = (re: RegExp, after: TimelineEntry | undefined) => dated.find((e) => says(e, re) && notBefore(e, after));
  found.started_at = first(SAYS.started_at, undefined);
  found.detected_at = first(SAYS.detected_at, found.started_at);
  const floor = found.detected_at ?? found.started_at;
  found.mitigated_at = first(SAYS.mitigated_at, floor) ?? first(RECOVERED, floor);
  const resolvedFloor = found.mitigated_at ?? floor;
  found.resolved_at = dated.filter((e) => says(e, SAYS.resolved_at) && notBefore(e, resolvedFloor)).pop();
  for (const field of Object.keys(found) as PhaseField[]) if (!found[field]) delete found[field];
  return found;
}
