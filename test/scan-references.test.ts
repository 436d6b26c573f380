import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanReferenceKeys, REFERENCE_KEYS } from '../src/incidents/scan-references';
import { parseYaml } from '../src/incidents/yaml/parse';

/*
 * For files it is not validating, `validate <paths>` and `--changed-since`
 * read id, repeat_of and related with a line scanner. Whenever the scanner
 * answers, its answer must be the YAML parser's: generated frontmatter
 * mixes our keys with nested values, lists, comments, quotes, CRLF, tabs
 * and multi-line scalars that could hide or fake a key. Where the YAML is
 * invalid the scanner may still answer: that file is not the one being
 * validated, and its own validation reports the error.
 */
const LINES = [
  'id: 2026-01-02-a',
  'id: "2026-01-02-q"',
  "id: 'it''s'",
  'id: 12',
  'id:',
  'id: x # comment',
  'repeat_of: 2025-12-01-b',
  'repeat_of: ~',
  'repeat_of: null',
  'related: [a-1, "b-2"]',
  'related: []',
  'related:',
  '  - c-3',
  '- d-4',
  '-',
  'related: [a,',
  '  b]',
  'title: Checkout failing',
  'title: "quoted: with colon"',
  'summary: |',
  '  id: inside a block',
  '  - inside',
  'summary: "multi',
  'id: in a quoted scalar"',
  'follow_ups:',
  '  - id: fix-1',
  '    title: Add an alert',
  '    owner: "@alice"',
  'timeline: {a: 1}',
  '# a comment',
  '',
  '   ',
  '\tid: tabbed',
  '  \tx: y',
  'services: [checkout, payments]',
  '<<: {id: merged}',
  'other: &anchor value',
  'id: *anchor',
  '? complex',
  'key with spaces: v',
];
const line = fc.constantFrom(...LINES);
const frontmatter = fc
  .array(line, { maxLength: 14 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));

function parsedKeys(yaml: string): Record<string, unknown> | undefined {
  const parsed = parseYaml(yaml);
  // An empty frontmatter names nothing: no keys, as the scanner says.
  if (parsed.ok && (parsed.data === null || parsed.data === undefined)) return {};
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))
    return undefined;
  const data = parsed.data as Record<string, unknown>;
  return Object.fromEntries(REFERENCE_KEYS.filter((key) => key in data).map((key) => [key, data[key]]));
}

describe('reference key scanner', () => {
  it("answers only with the YAML parser's answer", () => {
    let answered = 0;
    fc.assert(
      fc.property(frontmatter, (yaml) => {
        const scanned = scanReferenceKeys(yaml);
        if (!scanned || !parseYaml(yaml).ok) return;
        answered++;
        expect(scanned).toEqual(parsedKeys(yaml));
      }),
      { seed: 11, numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(500);
  });
});
