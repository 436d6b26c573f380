import { distance } from 'fastest-levenshtein';

/**
 * The option a typo most likely meant, or undefined when nothing is close.
 * Case and separators are forgiven first ('sev2' -> 'SEV2',
 * 'third_party' -> 'third-party'); then small edit distances.
 */
export function didYouMean(given: string, options: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const folded = fold(given);
  const exact = options.find((option) => fold(option) === folded);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const option of options) {
    const d = distance(folded, fold(option));
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance) {
      tied = true;
    }
  }
  // 'SEV5' is one edit from SEV1..SEV4 alike: guessing one of them would mislead.
  const allowed = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= allowed && !tied ? best : undefined;
}

/** "a, b or c" */
export function listOf(options: readonly string[], conjunction = 'or'): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} ${conjunction} ${options[options.length - 1]}`;
}
