import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggester } from '../src/core/suggest';

/*
 * The prepared suggester answers every question as the plain definition
 * does (fold, exact match first, then the one nearest option within a third
 * of the length, none on a tie), only without folding and measuring every
 * option for every question.
 */
function definition(given: string, options: readonly string[]): string | undefined {
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
    } else if (d === bestDistance) tied = true;
  }
  return bestDistance <= Math.max(2, Math.floor(folded.length / 3)) && !tied ? best : undefined;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '_', ' ', '1'), maxLength: 12 });

describe('did-you-mean', () => {
  it('answers as the definition does, question after question over one list', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        (options, asked) => {
          const suggest = suggester(options);
          for (const given of asked) expect(suggest(given)).toBe(definition(given, options));
        },
      ),
      { seed: 16, numRuns: 3000 },
    );
  });

  it('forgives case and separators, guesses one near option, and never guesses between equals', () => {
    expect(didYouMean('sev2', ['SEV1', 'SEV2'])).toBe('SEV2');
    expect(didYouMean('third_party', ['third-party', 'deploy'])).toBe('third-party');
    expect(didYouMean('2026-03-04-chekout-errors', ['2026-03-04-checkout-errors', '2026-03-05-search'])).toBe(
      '2026-03-04-checkout-errors',
    );
    expect(didYouMean('SEV5', ['SEV1', 'SEV2', 'SEV3', 'SEV4'])).toBeUndefined();
    expect(didYouMean('zzzzzzzz', ['SEV1', 'SEV2'])).toBeUndefined();
  });
});
