import { contentWordReader, type ContentWord } from './tokens';

/**
 * Follow-ups the concept lexicon knows nothing about can still recur
 * ("Check event schema compatibility against the schema registry",
 * "Enforce backward-compatible changes in the schema registry"). Content
 * words weigh little on their own, so two such follow-ups are alike only
 * when they share a phrase: two content words standing close together
 * (at most one content word between) in both titles. One shared noun
 * ("database") is coincidence, and so are two nouns far apart ("tables"
 * ... "production"), measured on the dataset.
 *
 * Every follow-up is filed under each of its nearby word pairs, so
 * candidates come from a hash look-up rather than comparing every
 * follow-up with every other; a theme is one pair, so its members are
 * alike directly, never through a chain.
 */

/** Content words at most this far apart make a phrase. */
const PHRASE_SPAN = 2;
/** Long titles are capped so the pairs per title stay bounded. */
const MAX_WORDS = 16;

export interface PairItem {
  readonly key: string;
  readonly incidentId: string;
  readonly title: string;
}

export interface PairGroup<T extends PairItem> {
  readonly name: string;
  readonly members: readonly T[];
}

interface Entry<T> {
  readonly item: T;
  readonly words: readonly ContentWord[];
  /** The item's incident as a small number, for counting without sets. */
  readonly incident: number;
}

interface Candidate {
  /** The two stems, smaller first, joined by a space: names the pair and breaks ties. */
  readonly key: string;
  /** Indexes into the entries. */
  readonly members: number[];
  incidents: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts distinct incidents among members; `lastSeen` marks those already counted in this call, so no set is built per candidate. */
function incidentCounter(entries: readonly Entry<PairItem>[], incidentCount: number) {
  const lastSeen = new Int32Array(incidentCount).fill(-1);
  let call = 0;
  return (members: readonly number[]) => {
    call++;
    let count = 0;
    for (const m of members) {
      const incident = entries[m]!.incident;
      if (lastSeen[incident] !== call) {
        lastSeen[incident] = call;
        count++;
      }
    }
    return count;
  };
}

/** Stem ids stay below this, so `smaller * STEM_LIMIT + larger` keys a pair exactly (well inside 2^53). */
const STEM_LIMIT = 2 ** 24;

/** The distinct stem pairs standing within PHRASE_SPAN of each other, keyed by number: no strings built per title. */
function nearbyPairs(words: readonly ContentWord[]): Map<number, readonly [ContentWord, ContentWord]> {
  const pairs = new Map<number, readonly [ContentWord, ContentWord]>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= i + PHRASE_SPAN && j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.id !== b.id) pairs.set(Math.min(a.id, b.id) * STEM_LIMIT + Math.max(a.id, b.id), [a, b]);
    }
  }
  return pairs;
}

/**
 * The shared phrase as the first member writes it: the two words, the words
 * between them, and neighbours on either side, as far as every member shares
 * them ("high-volume topics" names the theme, not "high topics").
 */
function nameOf<T extends PairItem>(key: string, members: readonly Entry<T>[]): string {
  const pair = key.split(' ');
  const [first] = [...members].sort((a, b) => byText(a.item.key, b.item.key));
  const words = first!.words;
  const shared = (stem: string) => members.every((m) => m.words.some((w) => w.stem === stem));
  let best: [number, number] = [0, 0];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= i + PHRASE_SPAN && j < words.length; j++) {
      const found = [words[i]!.stem, words[j]!.stem].sort();
      if (found[0] === pair[0] && found[1] === pair[1]) best = [i, j];
    }
    if (best[1] > 0) break;
  }
  let [from, to] = best;
  while (from > 0 && shared(words[from - 1]!.stem)) from--;
  while (to < words.length - 1 && shared(words[to + 1]!.stem)) to++;
  return words
    .slice(from, to + 1)
    .filter((w, k) => k + from === best[0] || k + from === best[1] || shared(w.stem))
    .map((w) => w.surface)
    .join(' ');
}

/** Groups of follow-ups sharing a phrase across at least `minIncidents` incidents; each follow-up in one group at most. */
export function pairGroups<T extends PairItem>(
  items: readonly T[],
  ignored: ReadonlySet<string>,
  minIncidents: number,
): PairGroup<T>[] {
  const read = contentWordReader(ignored);
  const incidentIndex = new Map<string, number>();
  const entries: Entry<T>[] = items.map((item) => {
    let incident = incidentIndex.get(item.incidentId);
    if (incident === undefined) incidentIndex.set(item.incidentId, (incident = incidentIndex.size));
    return { item, words: read(item.title).slice(0, MAX_WORDS), incident };
  });
  const byPair = new Map<number, Candidate>();
  entries.forEach((entry, index) => {
    for (const [id, [a, b]] of nearbyPairs(entry.words)) {
      const candidate = byPair.get(id);
      if (candidate) candidate.members.push(index);
      else
        byPair.set(id, {
          key: a.stem < b.stem ? `${a.stem} ${b.stem}` : `${b.stem} ${a.stem}`,
          members: [index],
          incidents: 0,
        });
    }
  });
  const countIncidents = incidentCounter(entries, incidentIndex.size);
  const candidates = [...byPair.values()].filter((c) => c.members.length >= minIncidents);
  for (const c of candidates) c.incidents = countIncidents(c.members);
  // Biggest themes claim their follow-ups first; the pair breaks ties so the outcome never depends on input order.
  candidates.sort((a, b) => b.incidents - a.incidents || b.members.length - a.members.length || byText(a.key, b.key));

  const claimed = new Uint8Array(entries.length);
  const groups: PairGroup<T>[] = [];
  for (const c of candidates) {
    if (c.incidents < minIncidents) break;
    const free = c.members.filter((m) => claimed[m] === 0);
    if (countIncidents(free) < minIncidents) continue;
    for (const m of free) claimed[m] = 1;
    const members = free.map((m) => entries[m]!);
    groups.push({ name: nameOf(c.key, members), members: members.map((m) => m.item) });
  }
  return groups;
}
