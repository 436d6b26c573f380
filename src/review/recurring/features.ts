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

/** Most titles name no kind of remediation: they share one empty set (the reader never adds to a set it returned). */
const NO_PRACTICES: ReadonlySet<string> = new Set();

/** What grouping reads of one title. */
export interface Features {
  /** Canonical stems in title order, repeats kept. */
  readonly terms: readonly string[];
  /** The first word in the title that says which way the change goes; undefined when none does. */
  readonly polarity: Polarity | undefined;
  /** The kinds of remediation the title names (alert, runbook, cache, retry, ...). */
  readonly practices: ReadonlySet<string>;
  /** The word each of `terms` was written as, in the same order: what a theme is named with. */
  readonly surface: readonly string[];
}

export type Stemmer = (word: string) => string;

/** What one word of a title is to grouping: its term (null: it carries none), the way it says a change goes, and whether its term is a kind of remediation. */
interface Judgement {
  readonly term: string | null;
  readonly direction: Polarity | undefined;
  readonly practice: boolean;
}

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
  // Synonyms by stem too, so "certificates" and "alarms" find theirs whatever the stemmer makes of them.
  const synonyms = new Map<string, string>();
  for (const [word, term] of Object.entries(SYNONYMS)) {
    synonyms.set(word, term);
    if (!synonyms.has(stem(word))) synonyms.set(stem(word), term);
  }
  // Own properties only: a title's word "constructor" is not a direction because objects inherit one.
  const directionOf = (word: string): Polarity | undefined =>
    Object.hasOwn(POLARITY, word) ? POLARITY[word] : undefined;
  const judge = (word: string): Judgement => {
    const stemmed = stem(word);
    let term: string | null;
    if (STOP_WORDS.has(word) || word.length < 2) term = null;
    else term = synonyms.get(word) ?? (STOP_WORDS.has(stemmed) ? null : (synonyms.get(stemmed) ?? stemmed));
    const direction = directionOf(word) ?? directionOf(stemmed) ?? (term ? directionOf(term) : undefined);
    return { term, direction, practice: term !== null && PRACTICES.has(term) };
  };
  // Titles share most of their words: each distinct word is stemmed and judged once per reader.
  const judged = new Map<string, Judgement>();
  return (title) => {
    let text = words(title).join(' ');
    if (namePattern) text = text.replace(namePattern, ' ');
    if (STATUS_NOTE.test(text.trim())) return { terms: [], polarity: undefined, practices: NO_PRACTICES, surface: [] };
    // Most titles hold none of the phrases: one look for any of them spares forty replaces. A phrase
    // replaced can only make a later one match when one matched to begin with, so the look is exact.
    if (ANY_PHRASE.test(text)) for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
    const terms: string[] = [];
    const surface: string[] = [];
    let polarity: Polarity | undefined;
    let practices: Set<string> | undefined;
    let firstTerm: string | undefined;
    let position = -1;
    for (const word of text.trim().split(/ +/)) {
      if (!word) continue;
      position++;
      let judgement = judged.get(word);
      if (judgement === undefined) judged.set(word, (judgement = judge(word)));
      const { term, direction, practice } = judgement;
      if (position < ACTION_WINDOW) polarity ??= direction;
      if (practice) (practices ??= new Set()).add(term!);
      // The direction is a term of its own (see cluster.ts); the verb that gave it says nothing more.
      if (term) firstTerm ??= term;
      if (!term || (direction && !practice)) continue;
      terms.push(term);
      surface.push(word);
    }
    // "Alert on ...", "Page when ...": a title that opens with what it produces adds it.
    if (!polarity && terms.length && PRACTICES.has(terms[0]!) && terms[0] === firstTerm) polarity = 'up';
    return { terms, polarity, practices: practices ?? NO_PRACTICES, surface };
  };
}
