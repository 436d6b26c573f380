import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/incidents/frontmatter';
import { scanHeadings } from '../src/incidents/markdown/heading-scan';
import { parseHeadings, readHeadings, sectionsWithContent } from '../src/incidents/markdown/headings';

/*
 * The line scanner must give remark's answer whenever it answers at all:
 * generated bodies mix every construct that can hide, fake or nest a
 * heading, and the example dataset must mostly not need the parser.
 */

const asParsed = (body: string) =>
  scanHeadings(body)?.map(({ depth, text, line, column, hasContent, hasOwnContent }) => ({
    depth,
    text,
    position: { line, column },
    hasContent,
    hasOwnContent,
  }));

/** Lines the scanner reads itself. */
const PLAIN_LINES = [
  '# Summary',
  '## Impact',
  '### Timeline (UTC)',
  '#### Root cause ##',
  '####### seven',
  '#hashtag',
  '## ',
  '#',
  '##\tTabbed',
  '## Closing #',
  '    ## code',
  'Plain text.',
  'A line with <b>html</b> inside.',
  '- item',
  '- # heading in a list',
  '  continued',
  '1. first',
  '> quote',
  '> # quoted heading',
  '```',
  '```yaml',
  '~~~',
  '````',
  '<!-- comment -->',
  '<!-- open',
  'still comment -->',
  '***',
  '- - -',
  '',
  '   ',
  '[ref]: https://example.com',
  '\u00a0',
  'text # not heading',
];
/** Lines that may make it hand the body to remark. */
const HARD_LINES = [
  '## **bold**',
  '## `code`',
  '## a \\# b',
  '## &amp;',
  '  ## indented',
  '\t## tab',
  '> ```',
  '``` a`b',
  '  ```',
  '    ```',
  '- ```',
  '<!-->',
  '<div>',
  '  <div>',
  '---',
  '===',
];

const line = fc.oneof(
  { arbitrary: fc.constantFrom(...PLAIN_LINES), weight: 12 },
  { arbitrary: fc.constantFrom(...HARD_LINES), weight: 1 },
);
const body = fc
  .array(line, { maxLength: 16 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

describe('heading scanner', () => {
  it('agrees with remark on every body it answers for', () => {
    let answered = 0;
    fc.assert(
      fc.property(body, (text) => {
        const scanned = asParsed(text);
        if (scanned) answered++;
        if (scanned) expect(scanned).toEqual(parseHeadings(text, 1));
      }),
      { seed: 7, numRuns: 3000 },
    );
    // Most generated bodies must be answered by the scanner, or the property says nothing.
    expect(answered).toBeGreaterThan(1000);
  });

  it('answers for plain bodies and leaves the rest to remark', () => {
    expect(asParsed('## Summary\n\nText.\n\n```\n## not a heading\n```\n## Impact\n')).toEqual([
      { depth: 2, text: 'Summary', position: { line: 1, column: 1 }, hasContent: true, hasOwnContent: true },
      { depth: 2, text: 'Impact', position: { line: 8, column: 1 }, hasContent: false, hasOwnContent: false },
    ]);
    expect(scanHeadings('Summary\n=======\n')).toBeUndefined();
    expect(scanHeadings('## **Summary**\n')).toBeUndefined();
    expect(readHeadings('Summary\n=======\ntext\n', 10)).toEqual([
      { depth: 1, text: 'Summary', position: { line: 10, column: 1 }, hasContent: true, hasOwnContent: true },
    ]);
  });

  it('reads the example dataset without the Markdown parser', () => {
    const dir = path.join(import.meta.dirname, '..', 'incidents');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    const bodies = files
      .map((name) => splitFrontmatter(readFileSync(path.join(dir, name), 'utf8')))
      .flatMap((split) => (split.ok ? [split.body] : []));
    expect(bodies.length).toBe(files.length);
    for (const text of bodies) expect(asParsed(text)).toEqual(parseHeadings(text, 1));
  });

  it('stays linear on a file of nothing but headings', () => {
    const text = `# Top\n${'## Sub\n'.repeat(50_000)}`;
    const headings = scanHeadings(text);
    expect(headings).toHaveLength(50_001);
    expect(headings?.[0]).toEqual({
      depth: 1,
      text: 'Top',
      line: 1,
      column: 1,
      hasContent: false,
      hasOwnContent: false,
    });
  });

  it('a comment is neither content nor a heading, and a section nesting another required one has content only of its own', () => {
    const body = [
      '# Summary',
      '',
      '<!-- guidance -->',
      '',
      '## Impact',
      '',
      '1,200 customers.',
      '',
      '## Timeline',
      '',
      '<!-- guidance',
      'over two lines -->',
      '',
    ].join('\n');
    const headings = readHeadings(body, 1);
    expect(headings.map((h) => [h.text, h.hasContent, h.hasOwnContent])).toEqual([
      ['Summary', true, false],
      ['Impact', true, true],
      ['Timeline', false, false],
    ]);
    const required = new Set(['summary', 'impact', 'timeline']);
    expect([...sectionsWithContent(headings, required)].map((h) => h.text)).toEqual(['Impact']);
    // A subsection that is not a required section is the section's own content.
    const factors = readHeadings(
      ['## Contributing factors', '', '### The flag', '', 'Enabled globally.', ''].join('\n'),
      1,
    );
    expect([...sectionsWithContent(factors, new Set(['contributingfactors']))].map((h) => h.text)).toEqual([
      'Contributing factors',
      'The flag',
    ]);
  });
});
