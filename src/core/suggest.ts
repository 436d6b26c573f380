import { distance } from 'fastest-levenshtein';

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** How many characters at each end of an option the one-edit index keys on. */
const EDGE = 8;
/** Below this many options, looking at every one of a length costs less than indexing their ends. */
const INDEX_ENDS_FROM = 2000;

/** Whether two different strings are one edit apart; most pairs differ early, and this stops there. */
function oneEditApart(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  const extra = long.length - short.length;
  if (extra > 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  if (i === short.length) return extra === 1;
  // Past the first difference the rest must match: after a substitution (same length) or a lost character.
  for (let j = i + 1; j < long.length; j++) if (long.charCodeAt(j) !== short.charCodeAt(j - extra)) return false;
  return true;
}

/**
 * A did-you-mean over one list of options, prepared once: each option is
 * folded once, not once per question. A repository's incident ids are
 * such a list; every unknown reference asks it, and folding 100,000 ids
 * per question made a repository with broken references quadratic.
 */
export function suggester(options: readonly string[]): (given: string) => string | undefined {
  const folded = options.map(fold);
  const firstByFolded = new Map<string, string>();
  // Options by length: one edit changes a length by one at most, so a question looks at three lengths, not all.
  const byLength = new Map<number, number[]>();
  folded.forEach((f, i) => {
    if (!firstByFolded.has(f)) firstByFolded.set(f, options[i]!);
    const same = byLength.get(f.length);
    if (same) same.push(i);
    else byLength.set(f.length, [i]);
  });
  // A long list's options by their first and by their last EDGE characters, made on the first long question.
  let ends: { byStart: Map<string, number[]>; byEnd: Map<string, number[]> } | undefined;
  const endsIndex = () => {
    if (ends) return ends;
    const index = { byStart: new Map<string, number[]>(), byEnd: new Map<string, number[]>() };
    const add = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    folded.forEach((f, i) => {
      if (f.length < EDGE) return;
      add(index.byStart, f.slice(0, EDGE), i);
      add(index.byEnd, f.slice(-EDGE), i);
    });
    return (ends = index);
  };
  /**
   * The options that may be one edit from `want`: of a length one apart at
   * most; and, for a long question of a long list, sharing its first or
   * its last EDGE characters (one edit cannot touch both ends of a string
   * longer than twice EDGE), so a question of 1,000,000 ids looks at a few
   * hundred, not at a third of them.
   */
  const oneEditCandidates = (want: string): Iterable<number> => {
    if (want.length > 2 * EDGE && folded.length >= INDEX_ENDS_FROM) {
      const { byStart, byEnd } = endsIndex();
      return new Set([...(byStart.get(want.slice(0, EDGE)) ?? []), ...(byEnd.get(want.slice(-EDGE)) ?? [])]);
    }
    return [want.length - 1, want.length, want.length + 1].flatMap((length) => byLength.get(length) ?? []);
  };
  const answers = new Map<string, string | undefined>();
  const answer = (given: string): string | undefined => {
    const want = fold(given);
    const exact = firstByFolded.get(want);
    if (exact !== undefined) return exact;
    // Most typos are one edit: when any option is one edit away, those options alone decide (one, or a tie).
    let near: number | undefined;
    let nearCount = 0;
    for (const i of oneEditCandidates(want)) {
      if (oneEditApart(want, folded[i]!)) {
        nearCount++;
        if (near === undefined || i < near) near = i;
      }
    }
    // 'SEV5' is one edit from SEV1..SEV4 alike: guessing one of them would mislead.
    if (nearCount > 0) return nearCount === 1 ? options[near!] : undefined;
    const allowed = Math.max(2, Math.floor(want.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    let tied = false;
    for (let i = 0; i < folded.length; i++) {
      const option = folded[i]!;
      // An edit distance is at least the difference in length: an option that cannot come within
      // `allowed`, or as close as the best so far, changes neither the guess nor a tie.
      const atLeast = Math.abs(option.length - want.length);
      if (atLeast > allowed || atLeast > bestDistance) continue;
      const d = distance(want, option);
      if (d < bestDistance) {
        best = options[i];
        bestDistance = d;
        tied = false;
      } else if (d === bestDistance) {
        tied = true;
      }
    }
    return bestDistance <= allowed && !tied ? best : undefined;
  };
  return (given) => {
    if (answers.has(given)) return answers.get(given);
    const found = answer(given);
    answers.set(structuredClone(given), found); // a copy: a value cut from a file keeps its text alive
    return found;
  };
}

/**
 * The option a typo most likely meant, or undefined when nothing is close.
 * Case and separators are forgiven first ('sev2' -> 'SEV2',
 * 'third_party' -> 'third-party'); then small edit distances.
 */
export function didYouMean(given: string, options: readonly string[]): string | undefined {
  return suggester(options)(given);
}

/** "a, b or c" */
export function listOf(options: readonly string[], conjunction = 'or'): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} ${conjunction} ${options[options.length - 1]}`;
}
