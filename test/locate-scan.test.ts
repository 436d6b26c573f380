import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../src/core/describe';
import { splitFrontmatter } from '../src/incidents/frontmatter';
import { createLocator, createParsedLocator } from '../src/incidents/locate';
import { scanPath, YamlLines } from '../src/incidents/locate-scan';
import { parseYaml } from '../src/incidents/yaml/parse';
import { ROOT } from './helpers';

/*
 * The line scanner must give the parser's positions whenever it answers at
 * all: generated frontmatter mixes every construct that can hide, fake or
 * shift a key (comments, blank lines, compact and nested lists, flow lists,
 * quoted, multi-line and block scalars, keys the core schema reads as other
 * types), and the example dataset and the fixtures must not need the parser.
 */

/** Every path into the data, and a few that lead nowhere from each. */
function pathsOf(data: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix, [...prefix, 'nope'], [...prefix, 7]);
  if (Array.isArray(data)) data.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (data && typeof data === 'object')
    for (const [key, value] of Object.entries(data)) pathsOf(value, [...prefix, key], out);
  return out;
}

const KEYS = ['id', 'title', 'follow_ups', 'owner', 'a_b', 'x-y', 'status'];
const ODD_KEYS = ['True', 'null', '"quoted"', "'single'", '1', 'key with space', '? complex', '<<', 'k :'];
const SCALARS = [
  'plain',
  'two words',
  '2026-03-04T09:12:00Z',
  '"@alice"',
  '"with \\" escape"',
  "'it''s'",
  '-1',
  '~',
  'null',
  'text # comment',
  '# only a comment',
  '',
  'a:b',
  '[a, b]',
  '[]',
  '["@a", b c]',
  '[a, [b]]',
  '{x: 1}',
  '|',
  '>-',
  '!!str tagged',
  "'unclosed",
  '"unclosed',
  '[a,',
  'tab\there',
];
const CONTINUATIONS = ['more text', 'closed"', "closed'", 'b]', '- dash', 'k: v', '# hash', "it's"];

const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYS), weight: 8 },
  { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 1 },
);
const scalar = fc.constantFrom(...SCALARS);
const pad = (n: number) => ' '.repeat(n);

type Block = (indent: number) => fc.Arbitrary<string[]>;

/** Blank and comment lines that may fall anywhere, at any indentation. */
const filler = fc.array(fc.constantFrom('', '  ', '# note', '  # note', '    # deeper'), { maxLength: 2 });

/** A value after `key:`: on the same line, or as lines below. */
const value =
  (depth: number): ((indent: number) => fc.Arbitrary<{ inline: string; below: string[] }>) =>
  (indent) => {
    const options: fc.Arbitrary<{ inline: string; below: string[] }>[] = [
      scalar.map((s) => ({ inline: s, below: [] })),
      fc
        .tuple(scalar, fc.constantFrom(...CONTINUATIONS), fc.integer({ min: 0, max: 4 }))
        .map(([s, more, extra]) => ({ inline: s, below: [`${pad(indent + extra)}${more}`] })),
    ];
    if (depth > 0) {
      options.push(
        fc
          .tuple(fc.constantFrom(2, 4), filler)
          .chain(([step, before]) =>
            map(depth - 1)(indent + step).map((lines) => ({ inline: '', below: [...before, ...lines] })),
          ),
        fc
          .tuple(fc.constantFrom(0, 2), filler)
          .chain(([step, before]) =>
            seq(depth - 1)(indent + step).map((lines) => ({ inline: '', below: [...before, ...lines] })),
          ),
        fc.constantFrom(' # comment', '').map((after) => ({ inline: after.trim(), below: [] })),
      );
    }
    return fc.oneof(...options);
  };

const map =
  (depth: number): Block =>
  (indent) =>
    fc
      .array(fc.tuple(key, value(depth)(indent), filler, fc.constantFrom(' ', '  ')), { minLength: 1, maxLength: 4 })
      .map((entries) =>
        entries.flatMap(([k, v, after, space]) => [
          `${pad(indent)}${k}:${v.inline ? `${space}${v.inline}` : ''}`,
          ...v.below,
          ...after,
        ]),
      );

const seq =
  (depth: number): Block =>
  (indent) => {
    const item = fc.oneof(
      scalar.map((s) => [`${pad(indent)}-${s ? ` ${s}` : ''}`]),
      fc
        .constantFrom(' ', '   ')
        .chain((space) =>
          depth > 0
            ? map(depth - 1)(indent + 1 + space.length).map((lines) => [
                `${pad(indent)}-${space}${lines[0]!.trimStart()}`,
                ...lines.slice(1),
              ])
            : scalar.map((s) => [`${pad(indent)}-${space}${s}`]),
        ),
      depth > 0
        ? map(depth - 1)(indent + 2).map((lines) => [`${pad(indent)}-`, ...lines])
        : fc.constant([`${pad(indent)}-`]),
      scalar.map((s) => [`${pad(indent)}- - ${s}`]),
    );
    return fc.array(fc.tuple(item, filler), { minLength: 1, maxLength: 3 }).map((items) => items.flat(2));
  };

const documents = fc
  .tuple(
    fc.constantFrom([], ['# yaml-language-server: x'], ['', '# lead']),
    map(3)(0),
    fc.constantFrom('\n', '\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lead, lines, newline, ending]) => [...lead, ...lines].join(newline) + (ending ? newline : ''));

function agrees(text: string): { answered: number; asked: number } {
  const parsed = createParsedLocator(text, 5);
  const lines = new YamlLines(text);
  const data = parseYaml(text);
  if (!data.ok || !data.data || typeof data.data !== 'object' || Array.isArray(data.data))
    return { answered: 0, asked: 0 };
  let answered = 0;
  let asked = 0;
  for (const p of [...pathsOf(data.data), ['missing'], []]) {
    asked++;
    const scanned = scanPath(lines, p);
    if (!scanned) continue;
    answered++;
    const shift = (s: { line: number; column: number }) => ({ line: s.line + 4, column: s.column });
    expect({ path: p, key: shift(scanned.key), value: shift(scanned.value) }).toEqual({
      path: p,
      key: parsed.key(p),
      value: parsed.value(p),
    });
  }
  return { answered, asked };
}

describe('YAML line scanner for positions', () => {
  it('agrees with the parser on every path it answers for', () => {
    let answered = 0;
    let asked = 0;
    let documentsParsed = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const result = agrees(text);
        if (result.asked > 0) documentsParsed++;
        answered += result.answered;
        asked += result.asked;
      }),
      { seed: 16, numRuns: 4000 },
    );
    // Most generated paths must be answered by the scanner, or the property says nothing.
    expect(documentsParsed).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(asked / 3);
  });

  it('places keys, items, flow items and empty values as the parser does', () => {
    const text =
      'id: x\nservices: [a, "b"]\nfollow_ups:\n  - id: one\n    owner:\n  -   id: two\nreview:\n  date:   # soon\n';
    const locate = createLocator(text, 2);
    expect(locate.key(['services', 1])).toEqual({ line: 3, column: 15 });
    expect(locate.key(['follow_ups', 1, 'id'])).toEqual({ line: 7, column: 7 });
    expect(locate.value(['follow_ups', 0, 'owner'])).toEqual({ line: 6, column: 11 });
    expect(locate.value(['review', 'date'])).toEqual({ line: 9, column: 11 });
    expect(locate.key(['review', 'facilitator'])).toEqual({ line: 8, column: 1 });
  });

  it('leaves what it does not read to the parser', () => {
    const lines = (text: string) => new YamlLines(text);
    expect(scanPath(lines('a: "runs\n  on"\nb: 1\n'), ['b'])).toBeUndefined();
    expect(scanPath(lines('a: {x: [1]}\n'), ['a', 'x'])).toBeUndefined();
    expect(scanPath(lines('"a": 1\n'), ['a'])).toBeUndefined();
    expect(scanPath(lines('a: 1\rb: 2\r'), ['b'])).toBeUndefined();
    expect(createLocator('"a": 1\n"b": 2\n', 1).key(['b'])).toEqual({ line: 2, column: 1 });
  });

  it('answers for every path of the example dataset, and nearly every one of the fixtures, without the parser', () => {
    const frontmatterOf = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => {
          const split = splitFrontmatter(readFileSync(path.join(dir, name), 'utf8'));
          if (!split.ok) return [];
          const data = parseYaml(split.yaml);
          return data.ok && data.data && typeof data.data === 'object' && !Array.isArray(data.data)
            ? [{ name, yaml: split.yaml, data: data.data }]
            : [];
        });
    const unread = (files: { name: string; yaml: string; data: object }[]) =>
      files.flatMap(({ name, yaml, data }) => {
        agrees(yaml);
        const lines = new YamlLines(yaml);
        return pathsOf(data).flatMap((p) => (scanPath(lines, p) ? [] : [`${name} ${JSON.stringify(p)}`]));
      });
    const examples = frontmatterOf(path.join(ROOT, 'incidents'));
    expect(examples.length).toBeGreaterThan(40);
    expect(unread(examples)).toEqual([]);

    // The fixtures are written to be hard: quoted keys, nested flow collections, a bare carriage return.
    const fixtures = frontmatterOf(path.join(ROOT, 'test', 'fixtures'));
    const paths = fixtures.reduce((sum, { data }) => sum + pathsOf(data).length, 0);
    expect(fixtures.length).toBeGreaterThan(60);
    expect(unread(fixtures).length).toBeLessThan(paths / 10);
  });
});
