import { distance } from 'fastest-levenshtein';

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

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
  const answers = new Map<string, string | undefined>();
  const answer = (given: string): string | undefined => {
    const want = fold(given);
    const exact = firstByFolded.get(want);
    if (exact !== undefined) return exact;
    // Most typos are one edit: when any option is one edit away, those options alone decide (one, or a tie).
    let near: number | undefined;
    let nearCount = 0;
    for (const length of [want.length - 1, want.length, want.length + 1]) {
      for (const i of byLength.get(length) ?? []) {
        if (oneEditApart(want, folded[i]!)) {
          nearCount++;
          if (near === undefined || i < near) near = i;
        }
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
