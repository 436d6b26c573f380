import type { Features } from './features';
import { OUTPUTS, PRACTICES } from './vocabulary';

/**
 * Follow-ups grouped by meaning: each title a vector of its terms weighted
 * by how rare they are in this corpus (TF-IDF: a word most follow-ups use,
 * like the organisation's name or "alert", says little about which
 * remediation this is), compared by cosine similarity. Groups grow by
 * average linkage: two groups merge only when their members are alike on
 * average, not through one chain of near neighbours, and never when any
 * two members go opposite ways (add and remove), produce different things
 * (an alert and a dashboard), or were told apart in the config. A group
 * stops growing at MAX_THEME_SIZE: a theme that broad is no longer one
 * remediation.
 */

/** Two follow-ups are alike from this cosine similarity on (measured on bench/recurring; see its README). */
export const SIMILARITY_THRESHOLD = 0.32;
/** The most follow-ups one theme holds. */
export const MAX_THEME_SIZE = 12;
/**
 * Two follow-ups must share a specific term: one in at most this share of
 * the titles (or SPECIFIC_DF_FLOOR titles in a small corpus). Shared common
 * terms alone (the organisation's name, "alert", "team") make no theme; it
 * is max_df of classic TF-IDF, used as a gate.
 */
const SPECIFIC_DF_SHARE = 0.1;
const SPECIFIC_DF_FLOOR = 3;
/** A term in more titles than this finds no candidates in any corpus: it bounds the pairs compared. */
const SPECIFIC_DF_MAX = 200;
/** Jargon written two ways ("fluent" and "fluentd") meets when one is a prefix of the other this long. */
const PREFIX_LENGTH = 5;

export interface ClusterOptions {
  readonly threshold?: number;
  readonly maxSize?: number;
  /** False when the two follow-ups must never share a theme (the config's `separate`). */
  readonly allowed?: (a: number, b: number) => boolean;
}

/** Each term to the shortest term of the corpus that is a prefix of it (at least PREFIX_LENGTH long). */
function prefixMap(features: readonly Features[]): Map<string, string> {
  const vocabulary = new Set(features.flatMap((f) => f.terms));
  const map = new Map<string, string>();
  for (const term of vocabulary) {
    for (let n = PREFIX_LENGTH; n < term.length; n++) {
      const prefix = term.slice(0, n);
      if (vocabulary.has(prefix)) {
        map.set(term, prefix);
        break;
      }
    }
  }
  return map;
}

/** The terms that count: prefixes merged, and which way the change goes as a term of its own. */
function termsOf(features: readonly Features[]): string[][] {
  const prefixes = prefixMap(features);
  return features.map((f) => [...f.terms.map((t) => prefixes.get(t) ?? t), ...(f.polarity ? [`~${f.polarity}`] : [])]);
}

/**
 * TF-IDF vectors over a corpus, all in a few flat arrays (hundreds of
 * thousands of texts make no object and no array each): vector i is its
 * term ranks (the vocabulary's order, ascending) and their weights from
 * offsets[i] to offsets[i + 1]. A term's weight is tf times idf, with
 * idf = ln(1 + N / df), so a term in every text keeps a little weight.
 */
export interface Vectors {
  readonly offsets: Int32Array;
  readonly ranks: Int32Array;
  readonly weights: Float64Array;
  readonly norms: Float64Array;
}

function documentFrequencies(termLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

export function tfIdfVectors(
  termLists: readonly (readonly string[])[],
  df: ReadonlyMap<string, number> = documentFrequencies(termLists),
): Vectors {
  const vocabulary = [...df.keys()].sort();
  const rank = new Map(vocabulary.map((t, r) => [t, r]));
  const frequency = Int32Array.from(vocabulary, (t) => df.get(t)!);
  const n = termLists.length;
  const offsets = new Int32Array(n + 1);
  const ranks: number[] = [];
  const weights: number[] = [];
  const norms = new Float64Array(n);
  termLists.forEach((list, i) => {
    const tf = new Map<number, number>();
    for (const t of list) {
      const r = rank.get(t)!;
      tf.set(r, (tf.get(r) ?? 0) + 1);
    }
    let sum = 0;
    for (const r of [...tf.keys()].sort((a, b) => a - b)) {
      const weight = (1 + Math.log(tf.get(r)!)) * Math.log(1 + n / frequency[r]!);
      ranks.push(r);
      weights.push(weight);
      sum += weight * weight;
    }
    norms[i] = Math.sqrt(sum);
    offsets[i + 1] = ranks.length;
  });
  return { offsets, ranks: Int32Array.from(ranks), weights: Float64Array.from(weights), norms };
}

/** How alike texts a and b are: the cosine of their vectors (products summed in term order, so always the same number). */
export function cosine({ offsets, ranks, weights, norms }: Vectors, a: number, b: number): number {
  if (!norms[a] || !norms[b]) return 0;
  let i = offsets[a]!;
  let j = offsets[b]!;
  const endA = offsets[a + 1]!;
  const endB = offsets[b + 1]!;
  let dot = 0;
  while (i < endA && j < endB) {
    const x = ranks[i]!;
    const y = ranks[j]!;
    if (x === y) dot += weights[i++]! * weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (norms[a]! * norms[b]!);
}

const onlyOutputs = (f: Features) => f.practices.size > 0 && [...f.practices].every((p) => OUTPUTS.has(p));

/** Whether two follow-ups may propose the same remediation at all, whatever their words share. */
function compatible(a: Features, b: Features): boolean {
  if (a.polarity && b.polarity && a.polarity !== b.polarity) return false;
  if (a.practices.size && b.practices.size) return [...a.practices].some((x) => b.practices.has(x));
  // One names a kind and the other none: an output (an alert, a runbook) is never a change to the system, and a
  // kind of change (a cache, a pool) is not a plain "increase" or "remove" of something.
  if (a.practices.size || b.practices.size) {
    const [named, plain] = a.practices.size ? [a, b] : [b, a];
    return !onlyOutputs(named) && plain.polarity === undefined;
  }
  return true;
}

/** Pairs worth comparing: those sharing a specific term. An inverted index, not every pair. */
function candidatePairs(termLists: readonly (readonly string[])[], specific: (t: string) => boolean) {
  const postings = new Map<string, number[]>();
  termLists.forEach((list, i) => {
    for (const t of new Set(list)) {
      if (!specific(t)) continue;
      const posting = postings.get(t);
      if (posting) posting.push(i);
      else postings.set(t, [i]);
    }
  });
  const pairs = new Map<number, [number, number]>();
  const n = termLists.length;
  for (const list of postings.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) pairs.set(list[x]! * n + list[y]!, [list[x]!, list[y]!]);
  return pairs;
}

/** Groups of indexes into `features`, each of two or more follow-ups; the rest stand alone. */
export function cluster(features: readonly Features[], options: ClusterOptions = {}): number[][] {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const maxSize = options.maxSize ?? MAX_THEME_SIZE;
  const allowed = options.allowed ?? (() => true);
  const termLists = termsOf(features);
  const df = documentFrequencies(termLists);
  const specificCap = Math.min(
    SPECIFIC_DF_MAX,
    Math.max(SPECIFIC_DF_FLOOR, Math.ceil(features.length * SPECIFIC_DF_SHARE)),
  );
  const vs = tfIdfVectors(termLists, df);
  const ok = (a: number, b: number) => compatible(features[a]!, features[b]!) && allowed(a, b);
  const edges: { a: number; b: number; sim: number }[] = [];
  // The shared term that makes two follow-ups candidates names what they are about: not a kind of remediation alone.
  const specific = (t: string) => df.get(t)! <= specificCap && !t.startsWith('~') && !PRACTICES.has(t);
  for (const [a, b] of candidatePairs(termLists, specific).values()) {
    const sim = cosine(vs, a, b);
    if (sim >= threshold && ok(a, b)) edges.push({ a, b, sim });
  }
  // Most alike first; ties by index, so the outcome never depends on the order of the map.
  edges.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  // Each follow-up's group, named by the follow-up it grew from; only groups of two or more have a list of members.
  const groupOf = Int32Array.from(features, (_, i) => i);
  const members = new Map<number, number[]>();
  for (const { a, b } of edges) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const A = members.get(ga) ?? [ga];
    const B = members.get(gb) ?? [gb];
    if (A.length + B.length > maxSize) continue;
    let total = 0;
    let fits = true;
    for (const x of A) {
      for (const y of B) {
        if (!ok(x, y)) fits = false;
        total += cosine(vs, x, y);
      }
      if (!fits) break;
    }
    if (!fits || total / (A.length * B.length) < threshold) continue;
    for (const y of B) groupOf[y] = ga;
    A.push(...B);
    members.set(ga, A);
    members.delete(gb);
  }
  // In the order of the groups' names, as when every follow-up started as a group of its own.
  return [...members.entries()].sort(([x], [y]) => x - y).map(([, g]) => g.sort((x, y) => x - y));
}
