import { stemmer } from 'stemmer';
import type { PinnedTheme } from '../../core/config';
import { cluster } from './cluster';
import { featureReader, type Features, type Stemmer } from './features';
import { words } from './normalize';
import { PRACTICE_NAMES } from './vocabulary';

export interface FollowUpText {
  readonly incidentId: string;
  readonly followUpId: string;
  readonly title: string;
  /** done (completed) as far as is known */
  readonly done: boolean;
}

export interface ThemeMember {
  /** "<incidentId>/<followUpId>" */
  readonly followUp: string;
  readonly incident: string;
  readonly title: string;
}

export interface RemediationTheme {
  /** What the follow-ups propose, in a few of their own words: "alerting: settlement file", "kiam". */
  readonly theme: string;
  /** distinct incident ids, sorted */
  readonly incidents: readonly string[];
  /** follow-up keys "<incidentId>/<followUpId>", sorted */
  readonly followUps: readonly string[];
  /** Every member with its title, so people can judge the theme (MAX_THEME_SIZE distinct titles at most, unless pinned). */
  readonly members: readonly ThemeMember[];
  /** how many of those follow-ups are done */
  readonly done: number;
  /** a plain question for the review */
  readonly question: string;
  /** Present (true) for a theme pinned in the config. */
  readonly pinned?: boolean;
}

export interface RecurringOptions {
  /** Names that never make two follow-ups alike: services, categories, the organisation and its teams. */
  readonly ignoreWords?: readonly string[];
  /** a theme needs follow-ups from at least this many distinct incidents (default 2) */
  readonly minIncidents?: number;
  /** only themes with a follow-up from one of these incidents (a period's) */
  readonly involving?: ReadonlySet<string>;
  /** Themes people pinned (review.recurring.themes): their follow-ups belong to them, whatever the grouping says. */
  readonly pinned?: readonly PinnedTheme[];
  /** review.recurring.separate: follow-ups matching different lists of one entry never share a theme. */
  readonly separate?: readonly (readonly (readonly string[])[])[];
  /** The stemmer and the similarity threshold: only the quality bench changes them, to compare on the labelled set. */
  readonly stem?: Stemmer;
  readonly threshold?: number;
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

/** One entry per follow-up key, whatever the input repeats; done if any copy says so. */
function distinctItems(items: readonly FollowUpText[]): Item[] {
  const byKey = new Map<string, Item>();
  for (const f of items) {
    const key = `${f.incidentId}/${f.followUpId}`;
    const seen = byKey.get(key);
    if (!seen || (f.done && !seen.done) || (f.done === seen.done && f.title < seen.title))
      byKey.set(key, { key, incidentId: f.incidentId, title: f.title, done: f.done });
  }
  return [...byKey.values()].sort((a, b) => byText(a.key, b.key));
}

/** Whole-word, case-insensitive: "fluentd" matches "Add alarms for Fluentd", not "fluentdx". */
function matcher(patterns: readonly string[]): (title: string) => boolean {
  const wanted = patterns.map((p) => ` ${words(p).join(' ')} `).filter((p) => p.trim());
  return (title) => {
    const text = ` ${words(title).join(' ')} `;
    return wanted.some((p) => text.includes(p));
  };
}

/**
 * A theme's name from its members' own words: the kind of remediation they
 * all name, then the words every member shares (or most do), in the order
 * the first member writes them.
 */
function nameOf(features: readonly Features[]): string {
  const [first] = features;
  const practices = [...first!.practices].filter((p) => features.every((f) => f.practices.has(p)));
  const counts = new Map<string, number>();
  for (const f of features) for (const t of new Set(f.terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = (need: number) =>
    [...new Set(first!.terms)].filter((t) => (counts.get(t) ?? 0) >= need && !practices.includes(t));
  let objects = shared(features.length);
  if (!objects.length) objects = shared(Math.ceil(features.length / 2));
  const kind = practices.map((p) => PRACTICE_NAMES[p] ?? p)[0];
  // Each term as the first member first wrote it.
  const written = (t: string) => first!.surface[first!.terms.indexOf(t)] ?? t;
  const object = objects
    .filter((t) => !kind?.includes(written(t)))
    .slice(0, 3)
    .map(written)
    .join(' ');
  const name = kind && object ? `${kind}: ${object}` : (kind ?? (object || 'similar follow-ups'));
  // Taking away is the opposite remediation of adding: the name says which one the theme is.
  return features.every((f) => f.polarity === 'down') ? `${name} (reduce or remove)` : name;
}

function toTheme(theme: string, members: readonly Item[], pinned = false): RemediationTheme {
  const sorted = [...members].sort((a, b) => byText(a.key, b.key));
  const incidents = [...new Set(sorted.map((m) => m.incidentId))].sort(byText);
  const done = sorted.filter((m) => m.done).length;
  return {
    theme,
    incidents,
    followUps: sorted.map((m) => m.key),
    members: sorted.map((m) => ({ followUp: m.key, incident: m.incidentId, title: m.title })),
    done,
    question: themeQuestion(incidents.length, sorted.length, done),
    ...(pinned ? { pinned: true } : {}),
  };
}

/**
 * Every group of follow-ups that propose the same remediation, pinned
 * themes first; follow-ups alike with no other stand alone and are left out.
 */
export function groupFollowUps(
  items: readonly FollowUpText[],
  options: RecurringOptions = {},
): { name: string; members: Item[]; pinned: boolean }[] {
  const all = distinctItems(items);
  const pins = (options.pinned ?? []).map((p) => ({ name: p.name, matches: matcher(p.patterns) }));
  const groups: { name: string; members: Item[]; pinned: boolean }[] = pins.map((p) => ({
    name: p.name,
    members: [],
    pinned: true,
  }));
  const free: Item[] = [];
  for (const item of all) {
    const pin = pins.findIndex((p) => p.matches(item.title));
    if (pin >= 0) groups[pin]!.members.push(item);
    else free.push(item);
  }
  const read = featureReader(options.stem ?? stemmer, options.ignoreWords ?? []);
  // Follow-ups that read the same (the same terms, direction and kinds) are one remediation: they are grouped as one
  // point, so a title proposed a hundred times costs one comparison and counts once towards a theme's breadth.
  const points: Features[] = [];
  const pointOf = new Map<string, number>();
  const membersOf: Item[][] = [];
  const pointOfTitle = new Map<string, number>();
  for (const item of free) {
    let point = pointOfTitle.get(item.title);
    if (point === undefined) {
      const f = read(item.title);
      // A title that reads as no terms (a status note) is a point of its own each time: it never joins another.
      const key = f.terms.length
        ? `${f.terms.join(' ')}|${f.polarity ?? ''}|${[...f.practices].sort().join(' ')}`
        : undefined;
      point = key === undefined ? undefined : pointOf.get(key);
      if (point === undefined) {
        point = points.push(f) - 1;
        membersOf.push([]);
        if (key !== undefined) pointOf.set(key, point);
      }
      if (key !== undefined) pointOfTitle.set(item.title, point);
    }
    membersOf[point]!.push(item);
  }
  const separations = (options.separate ?? []).map((entry) => entry.map(matcher));
  const side = separations.map((lists) => membersOf.map((items) => lists.findIndex((m) => m(items[0]!.title))));
  const allowed = (a: number, b: number) =>
    side.every((sides) => sides[a]! < 0 || sides[b]! < 0 || sides[a] === sides[b]);
  const clustered = new Set<number>();
  for (const indexes of cluster(points, { allowed, ...(options.threshold ? { threshold: options.threshold } : {}) })) {
    for (const i of indexes) clustered.add(i);
    groups.push({
      name: nameOf(indexes.map((i) => points[i]!)),
      members: indexes.flatMap((i) => membersOf[i]!),
      pinned: false,
    });
  }
  membersOf.forEach((items, i) => {
    if (!clustered.has(i) && items.length > 1)
      groups.push({ name: nameOf([points[i]!]), members: items, pinned: false });
  });
  return groups.filter((g) => g.members.length > 0);
}

/** Follow-ups from different incidents that propose the same remediation in different words: the review's themes. */
export function recurringRemediations(
  items: readonly FollowUpText[],
  options: RecurringOptions = {},
): RemediationTheme[] {
  const minIncidents = Math.max(1, options.minIncidents ?? 2);
  const { involving } = options;
  return groupFollowUps(items, options)
    .filter((g) => !involving || g.members.some((m) => involving.has(m.incidentId)))
    .map((g) => toTheme(g.name, g.members, g.pinned))
    .filter((t) => t.incidents.length >= minIncidents)
    .sort(
      (a, b) =>
        b.incidents.length - a.incidents.length ||
        byText(a.theme, b.theme) ||
        byText(a.followUps[0] ?? '', b.followUps[0] ?? ''),
    );
}
