import { primaryConcept } from './concepts';
import { pairGroups } from './pairs';
import { ignoredStems } from './tokens';

export interface FollowUpText {
  readonly incidentId: string;
  readonly followUpId: string;
  readonly title: string;
  /** done (completed) as far as is known */
  readonly done: boolean;
}

export interface RemediationTheme {
  /** short human name of the theme, e.g. "alerting", "runbooks", "canary deploys", "load testing" */
  readonly theme: string;
  /** distinct incident ids, sorted */
  readonly incidents: readonly string[];
  /** follow-up keys "<incidentId>/<followUpId>", sorted */
  readonly followUps: readonly string[];
  /** how many of those follow-ups are done */
  readonly done: number;
  /** a plain question for the review */
  readonly question: string;
}

export interface RecurringOptions {
  /** words that never make two follow-ups similar: service and category ids from the config (split on '-'), team names */
  readonly ignoreWords?: readonly string[];
  /** a theme needs follow-ups from at least this many distinct incidents (default 2) */
  readonly minIncidents?: number;
  /** only themes with a follow-up from one of these incidents (a period's): the others are never built */
  readonly involving?: ReadonlySet<string>;
}

interface Item {
  readonly key: string;
  readonly incidentId: string;
  readonly title: string;
  readonly done: boolean;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The question depends on how often the remediation got done: never or
 * rarely done asks whether it is worth doing or working at all; mostly done
 * yet still recurring asks whether it addresses the cause.
 */
export function themeQuestion(incidents: number, followUps: number, done: number): string {
  const proposed =
    followUps === incidents
      ? `Proposed in ${plural(incidents, 'incident')}`
      : `Proposed ${followUps} times in ${plural(incidents, 'incident')}`;
  const doneIn = followUps === incidents ? `done in ${done}` : `done ${done} of ${followUps}`;
  if (done === 0) return `${proposed}, never done: is this remediation worth doing?`;
  if (done === followUps) return `${proposed}, done every time, yet it keeps coming back: does it address the cause?`;
  if (done * 3 >= followUps * 2) return `${proposed}, ${doneIn}, yet it keeps coming back: does it address the cause?`;
  return `${proposed}, ${doneIn}: is this remediation working?`;
}

function toTheme(theme: string, members: readonly Item[]): RemediationTheme {
  const incidents = [...new Set(members.map((m) => m.incidentId))].sort(byText);
  const followUps = members.map((m) => m.key).sort(byText);
  const done = members.filter((m) => m.done).length;
  return { theme, incidents, followUps, done, question: themeQuestion(incidents.length, followUps.length, done) };
}

/** One entry per follow-up key, whatever the input repeats; done if any copy says so. */
function distinctItems(items: readonly FollowUpText[]): Item[] {
  const byKey = new Map<string, Item>();
  for (const f of items) {
    const key = `${f.incidentId}/${f.followUpId}`;
    const seen = byKey.get(key);
    if (!seen || (f.done && !seen.done) || (f.done === seen.done && f.title < seen.title))
      byKey.set(key, { key, incidentId: f.incidentId, title: f.title, done: f.done });
  }
  return [...byKey.values()];
}

/**
 * Follow-ups from different incidents that propose the same remediation in
 * different words. A follow-up whose title names a known remediation kind
 * (see recurring-concepts) joins that kind's theme; the rest group when
 * they share a two-word phrase (see recurring-pairs). Either way it is one
 * pass plus hash look-ups, never a comparison of every follow-up with every
 * other. Ignore words only silence content words: a service called
 * "feature-flags" must not hide the feature-flag remediation kind.
 */
export function recurringRemediations(
  items: readonly FollowUpText[],
  options: RecurringOptions = {},
): RemediationTheme[] {
  const minIncidents = Math.max(1, options.minIncidents ?? 2);
  const byConcept = new Map<string, Item[]>();
  const unknown: Item[] = [];
  // The same remediation is proposed in the same words again and again: classify each title once.
  const conceptOf = new Map<string, string | undefined>();
  for (const item of distinctItems(items)) {
    let concept = conceptOf.get(item.title);
    if (concept === undefined && !conceptOf.has(item.title)) {
      concept = primaryConcept(item.title);
      conceptOf.set(item.title, concept);
    }
    if (concept === undefined) {
      unknown.push(item);
      continue;
    }
    const members = byConcept.get(concept);
    if (members) members.push(item);
    else byConcept.set(concept, [item]);
  }

  const { involving } = options;
  const wanted = (members: readonly Item[]) => !involving || members.some((m) => involving.has(m.incidentId));
  const themes = [...byConcept]
    .filter(([, members]) => wanted(members))
    .map(([concept, members]) => toTheme(concept, members));
  for (const group of pairGroups(unknown, ignoredStems(options.ignoreWords ?? []), minIncidents))
    if (wanted(group.members)) themes.push(toTheme(group.name, group.members));

  return themes
    .filter((t) => t.incidents.length >= minIncidents)
    .sort(
      (a, b) =>
        b.incidents.length - a.incidents.length ||
        byText(a.theme, b.theme) ||
        byText(a.followUps[0] ?? '', b.followUps[0] ?? ''),
    );
}
