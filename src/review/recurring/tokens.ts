/**
 * Content words of a follow-up title: what is left once the words every
 * remediation shares ("add", "the", "every", "minutes") are gone, lightly
 * stemmed so "reconciles" and "reconciled" meet.
 */

/** Function words, generic verbs and units: they never make two follow-ups alike. */
const GENERIC = new Set(
  `a an the and or nor but of to in on at by for from with without into onto over under than then when whenever while
  before after during until once twice per via as so if is are be been being it its this that these those there their
  them they we our us you your which who whom what how why where not no only also both either each every all any some
  more less most least much many few other same own new old instead about above below between across against around
  up down out off back again always never still just very really whole full
  add create make improve ensure update set setup use run move keep put get give take turn let have has had do does
  done stop start allow require introduce implement build write fix change remove raise increase reduce lower switch
  enable disable consider investigate evaluate review check look try ask follow need needs should must can could will
  would may might automatic automatically automated permanent permanently properly better clear clearly
  one two three four five six seven eight nine ten first second third half double
  time times second seconds minute minutes hour hours day days week weeks month months quarter year years
  percent ms`.split(/\s+/),
);

/** Light suffix stripping: consistent, not linguistic. The surface forms name themes, the stems only compare. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  // "stopped" -> "stopp" -> "stop", but "roll" keeps its double l.
  if (/([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  // "cache", "cached", "caching" all become "cach".
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface ContentWord {
  readonly stem: string;
  /** A small number per distinct stem within one reader, so pairs of words can be keyed by arithmetic. */
  readonly id: number;
  /** As written, lower-cased: what a theme is named with. */
  readonly surface: string;
}

/** Stems of the configured names (services, categories, teams) that must not make follow-ups alike. */
export function ignoredStems(words: readonly string[]): Set<string> {
  return new Set(
    words
      .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
      .filter((w) => w.length > 0)
      .map(stem),
  );
}

/**
 * A function from title to its content words in title order, repeats kept.
 * Numbers and anything with digits ("5xx", "p99") carry no theme. Titles
 * reuse a small vocabulary, so each distinct word is judged once per run.
 */
export function contentWordReader(ignored: ReadonlySet<string>): (title: string) => ContentWord[] {
  const judged = new Map<string, ContentWord | null>();
  const ids = new Map<string, number>();
  const judge = (surface: string): ContentWord | null => {
    if (surface.length < 2 || /\d/.test(surface) || GENERIC.has(surface)) return null;
    const s = stem(surface);
    if (GENERIC.has(s) || ignored.has(s)) return null;
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return { stem: s, id, surface };
  };
  return (title) => {
    const out: ContentWord[] = [];
    for (const surface of title.toLowerCase().split(/[^a-z0-9]+/)) {
      let word = judged.get(surface);
      if (word === undefined) judged.set(surface, (word = judge(surface)));
      if (word) out.push(word);
    }
    return out;
  };
}
