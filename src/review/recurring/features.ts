import { words } from './normalize';
import {
  ACTION_WINDOW,
  PHRASES,
  POLARITY,
  PRACTICES,
  STATUS_NOTE,
  STOP_WORDS,
  SYNONYMS,
  type Polarity,
} from './vocabulary';

/** Whether a text holds any of the PHRASES (their sources as one alternation; no flag, so no state between calls). */
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join('|'));

/** What grouping reads of one title. */
export interface Features {
  /** Canonical stems in title order, repeats kept. */
  readonly terms: readonly string[];
  /** The first word in the title that says which way the change goes; undefined when none does. */
  readonly polarity: Polarity | undefined;
  /** The kinds of remediation the title names (alert, runbook, cache, retry, ...). */
  readonly practices: ReadonlySet<string>;
  /** The surface word each term was first written as: what a theme is named with. */
  readonly surface: ReadonlyMap<string, string>;
}

export type Stemmer = (word: string) => string;

/** A reader of titles with one stemmer; each distinct word is judged once. */
export function featureReader(stem: Stemmer, names: readonly string[]): (title: string) => Features {
  // Names (services, teams, the organisation) are taken out as whole phrases: "live-ops" goes, "goes live" stays.
  const phrases = names
    .map((n) =>
      n
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .join(' '),
    )
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length);
  const namePattern = phrases.length
    ? new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, ' ')).join('|')})\\b`, 'g')
    : undefined;
  const canonical = new Map<string, string | null>();
  // Synonyms by stem too, so "certificates" and "alarms" find theirs whatever the stemmer makes of them.
  const synonyms = new Map<string, string>();
  for (const [word, term] of Object.entries(SYNONYMS)) {
    synonyms.set(word, term);
    if (!synonyms.has(stem(word))) synonyms.set(stem(word), term);
  }
  const judge = (word: string): string | null => {
    if (STOP_WORDS.has(word) || word.length < 2) return null;
    const direct = synonyms.get(word);
    if (direct) return direct;
    const stemmed = stem(word);
    if (STOP_WORDS.has(stemmed)) return null;
    return synonyms.get(stemmed) ?? stemmed;
  };
  return (title) => {
    let text = words(title).join(' ');
    if (namePattern) text = text.replace(namePattern, ' ');
    if (STATUS_NOTE.test(text.trim()))
      return { terms: [], polarity: undefined, practices: new Set(), surface: new Map() };
    // Most titles hold none of the phrases: one look for any of them spares forty replaces. A phrase
    // replaced can only make a later one match when one matched to begin with, so the look is exact.
    if (ANY_PHRASE.test(text)) for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
    const terms: string[] = [];
    const surface = new Map<string, string>();
    let polarity: Polarity | undefined;
    const practices = new Set<string>();
    let firstTerm: string | undefined;
    let position = -1;
    for (const word of text.trim().split(/ +/)) {
      if (!word) continue;
      position++;
      let term = canonical.get(word);
      if (term === undefined) canonical.set(word, (term = judge(word)));
      const direction = POLARITY[word] ?? POLARITY[stem(word)] ?? (term ? POLARITY[term] : undefined);
      if (position < ACTION_WINDOW) polarity ??= direction;
      if (term && PRACTICES.has(term)) practices.add(term);
      // The direction is a term of its own (see cluster.ts); the verb that gave it says nothing more.
      if (term) firstTerm ??= term;
      if (!term || (direction && !PRACTICES.has(term))) continue;
      terms.push(term);
      if (!surface.has(term)) surface.set(term, word);
    }
    // "Alert on ...", "Page when ...": a title that opens with what it produces adds it.
    if (!polarity && terms.length && PRACTICES.has(terms[0]!) && terms[0] === firstTerm) polarity = 'up';
    return { terms, polarity, practices, surface };
  };
}
