import { formatMinutes, formatMinutesExact, formatNumber, formatShare } from './format';
import type { ReviewReport } from './report';

/** The discussion opens with three to five prompts, the biggest movements first. */
const MIN_THEMES = 3;
const MAX_THEMES = 5;

type Parts = Omit<ReviewReport, 'themes'>;

interface Candidate {
  readonly score: number;
  readonly text: string;
}

function goalValue(unit: string, value: number | null): string {
  return unit === 'minutes' ? formatMinutesExact(value) : unit === 'share' ? formatShare(value) : formatNumber(value);
}

function candidates(r: Parts): Candidate[] {
  const out: Candidate[] = [];
  const total = r.incidents.total;
  // No baseline, no comparison; a period still running is not compared as if it were over.
  const base = r.incidents.baseline?.total ?? 0;
  if (base > 0 && total >= base * 1.25 && total - base >= 2)
    out.push({
      score: 2 + total / base,
      text: `Incidents rose to ${total} this period against a baseline of ${formatNumber(base)} per period. What changed, and where?`,
    });
  if (base > 0 && !r.period.partial && total <= base * 0.75 && base - total >= 2)
    out.push({
      score: 1.5,
      text: `Incidents fell to ${total} from a baseline of ${formatNumber(base)} per period. What worked, and can it spread?`,
    });
  for (const goal of r.goals) {
    if (goal.met === false)
      out.push({
        score: 4,
        text: `Goal "${goal.name}" was missed: ${goalValue(goal.unit, goal.value)} against a target of ${goal.target}${goal.trend === 'worse' ? ', and worse than the period before' : ''}. Is reliability work going where the goals say it should?`,
      });
  }
  const theme = r.recurring_follow_ups[0];
  if (theme && theme.incidents.length >= 3)
    out.push({
      score: 1 + theme.incidents.length / 2,
      text: `The same remediation keeps coming back (${theme.theme}): ${theme.question}`,
    });
  // Only explicit links and strongly evidenced ones count; the chain says which of its links were inferred.
  const counted = r.repeats.filter((x) => x.strength !== 'weak');
  if (counted.length >= 2) {
    const longest = [...r.repeat_chains].sort((a, b) => b.length - a.length)[0];
    const inferred = new Set(counted.filter((x) => x.inferred).map((x) => x.incident));
    const chain = longest
      ?.map((id, i) => (i > 0 && inferred.has(id) ? `→ ${id} (inferred)` : i > 0 ? `→ ${id}` : id))
      .join(' ');
    out.push({
      score: 2 + counted.length / 2,
      text: `${counted.length} of ${total} incidents repeated an earlier failure (novelty rate ${formatShare(r.novelty_rate)})${longest && longest.length > 2 ? `; the longest chain is ${chain}` : ''}. Why did the earlier follow-ups not prevent them?`,
    });
  }
  for (const handle of r.responders.concentrated.slice(0, 1)) {
    const load = r.responders.incident_commanders.find((c) => c.handle === handle)!;
    // One person leading one or two incidents is no pattern of load.
    if (load.count < 2) continue;
    out.push({
      score: 3,
      text: `${handle} was incident commander for ${load.count} of ${total} incidents. Is that load sustainable, and who else is ready to lead?`,
    });
  }
  const customers = r.detection.by_method.customer ?? 0;
  if (customers >= 2 && (r.detection.shares.customer ?? 0) >= 0.25)
    out.push({
      score: 2.5,
      text: `Customers noticed ${customers} of ${r.detection.known} incidents before we did. Which alerts would have caught them first?`,
    });
  const grew = r.trends.grew[0];
  if (grew)
    out.push({
      score: 1 + (grew.current - grew.baseline_avg) / 2,
      text: `${grew.dimension === 'services' ? 'Service' : grew.dimension === 'categories' ? 'Category' : 'Contributing factor'} '${grew.name}' appeared in ${grew.current} incidents against a baseline of ${formatNumber(grew.baseline_avg)}. Is it a trend worth investing in?`,
    });
  if (r.reviews.past_deadline.length)
    out.push({
      score: 1.5,
      text: `${r.reviews.past_deadline.length} incident review(s) are past their deadline. What gets in the way of holding reviews on time?`,
    });
  if (r.follow_ups.overdue >= 3)
    out.push({
      score: 1.2,
      text: `${r.follow_ups.overdue} follow-ups are open past their due date. Which still matter, and which should be closed as not planned?`,
    });
  const slowest = r.durations.slowest[0];
  if (slowest)
    out.push({
      score: 0.5,
      text: `The slowest mitigation was ${slowest.incident} (${formatMinutes(slowest.time_to_mitigate_minutes)}). What would have made it faster?`,
    });
  return out;
}

/** Three to five prompts that point the review at the biggest movements in the data. */
export function discussionThemes(report: Parts): string[] {
  if (report.incidents.total === 0) {
    const first = report.period.records_from;
    if (first === null) return ['No incidents are recorded yet, so there is nothing to discuss.'];
    if (first > report.period.to)
      return [`This period ends before the first record (${first}): there is nothing to review.`];
    return [
      'There were no incidents in this period. Look at near misses, at open follow-ups and at what went well: what kept things quiet?',
    ];
  }
  const sorted = candidates(report).sort((a, b) => b.score - a.score);
  return sorted.slice(0, Math.max(MIN_THEMES, Math.min(MAX_THEMES, sorted.length))).map((c) => c.text);
}
