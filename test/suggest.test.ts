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

  it('answers as the definition does for long lists of long options, where it looks only at their ends', () => {
    // Ids like a repository's: long, sharing their starts (a date), differing by an edit anywhere.
    const id = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), minLength: 20, maxLength: 30 });
    const edit = (text: string, at: number, kind: number) =>
      kind === 0
        ? text.slice(0, at) + text.slice(at + 1)
        : kind === 1
          ? `${text.slice(0, at)}x${text.slice(at)}`
          : `${text.slice(0, at)}x${text.slice(at + 1)}`;
    fc.assert(
      fc.property(
        fc.array(id, { minLength: 2000, maxLength: 2100 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(30), fc.nat(2)), { minLength: 1, maxLength: 6 }),
        (options, asks) => {
          const suggest = suggester(options);
          for (const [which, at, kind] of asks) {
            const given = edit(options[which % options.length]!, at, kind);
            expect(suggest(given)).toBe(definition(given, options));
            // Two options one edit from the question, one near its start and one near its end: a tie, no guess.
            const both = [...options, edit(given, 1, 2), edit(given, given.length - 2, 2)];
            expect(suggester(both)(given)).toBe(definition(given, both));
          }
        },
      ),
      { seed: 16, numRuns: 40 },
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
