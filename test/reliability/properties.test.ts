import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config';
import type { SourceDocument } from '../../src/incidents/document';
import { loadConfig } from '../../src/config/load';
import { keepDocument, loadIncidents } from '../../src/incidents/load';
import { parseDocument } from '../../src/incidents/parse-document';
import { checkServices, checkTitle, type NewIncident } from '../../src/scaffold/answers';
import { detectedAt, renderIncident } from '../../src/scaffold/template';
import { parseStartTime } from '../../src/scaffold/parse-time';
import { readHeadings, sectionKey } from '../../src/incidents/markdown/headings';
import type { Finding } from '../../src/core/finding';
import { validateDocuments } from '../../src/validate/validate-set';
import { FIXTURES, NOW, ROOT } from '../helpers';
import { recordOutcome } from './record';

/** Fixed seed and run count: CI sees the same cases every time; a failure prints its counterexample. */
const RUNS = { seed: 42, numRuns: 200 } as const;
const RUNS_LABEL = '200, seed 42';

interface Repository {
  readonly config: Config;
  readonly documents: readonly SourceDocument[];
}

/** A repository as `validate` reads it: its config and every incident, parsed once. */
async function repository(cwd: string): Promise<Repository> {
  const { config } = loadConfig(cwd, undefined);
  const { targets } = await loadIncidents(cwd, config, { whole: true }, { visit: keepDocument });
  return { config, documents: targets.flatMap((target) => (target.kind === 'incident' ? [target.result] : [])) };
}

const validRepo = await repository(path.join(FIXTURES, 'validate', 'valid'));
const exampleRepo = await repository(ROOT);

/** The valid incident files: the validate fixtures and a spread of the example dataset. */
const SOURCES = [
  ...validRepo.documents.map((d) => ({ repo: validRepo, file: d.file, cwd: path.join(FIXTURES, 'validate', 'valid') })),
  ...exampleRepo.documents.filter((_, i) => i % 10 === 0).map((d) => ({ repo: exampleRepo, file: d.file, cwd: ROOT })),
].map((source) => ({ ...source, bytes: readFileSync(path.join(source.cwd, source.file)) }));

/** Validates one file's bytes in place of that file, as `incidents validate` would; no file system. */
function validateBytes(source: (typeof SOURCES)[number], bytes: Uint8Array): Finding[] {
  const parsed = parseDocument(source.file, 'incident', bytes);
  if (!parsed.document) return [parsed.finding];
  const others = source.repo.documents.filter((d) => d.file !== source.file);
  return validateDocuments({
    targets: [parsed.document],
    allIncidents: [...others, parsed.document],
    config: source.repo.config,
    now: NOW,
  });
}

/** Findings that point outside the file: a line it does not have, or a column past the end of the line. */
function outOfFile(bytes: Uint8Array, findings: readonly Finding[]): Finding[] {
  const lines = new TextDecoder().decode(bytes).split('\n');
  return findings.filter(
    (f) =>
      !(
        Number.isInteger(f.line) &&
        Number.isInteger(f.column) &&
        f.line >= 1 &&
        f.line <= lines.length &&
        f.column >= 1 &&
        f.column <= lines[f.line - 1]!.length + 1
      ),
  );
}

const encoder = new TextEncoder();

// Mutations of a valid file's text. Each takes the text's lines and returns the new text.
const keyLine = /^(\s*(?:-\s+)?)([\w-]+):(.*)$/;

function frontmatterEnd(lines: readonly string[]): number {
  const end = lines.indexOf('---', 1);
  return end < 0 ? lines.length : end;
}

const deleteKey = fc.nat().map((n) => (text: string) => {
  const lines = text.split('\n');
  const keys = lines
    .map((line, i) => [line, i] as const)
    .filter(([line, i]) => i < frontmatterEnd(lines) && keyLine.test(line));
  if (!keys.length) return text;
  const [line, at] = keys[n % keys.length]!;
  const indent = line.length - line.trimStart().length;
  let end = at + 1;
  while (
    end < lines.length &&
    lines[end]!.trim() !== '---' &&
    (lines[end]!.length - lines[end]!.trimStart().length > indent || lines[end]!.trim() === '')
  )
    end++;
  return [...lines.slice(0, at), ...lines.slice(end)].join('\n');
});

const otherValue = fc.oneof(
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.constant('3.5'),
  fc.constant('[a, 1, null]'),
  fc.constant('{ x: 1, y: [2] }'),
  fc.constant('null'),
  fc.constant('~'),
  fc.constant(''),
  fc.constant('true'),
  fc.constant('"a string"'),
);

const changeType = fc.tuple(fc.nat(), otherValue).map(([n, value]) => (text: string) => {
  const lines = text.split('\n');
  const keys = lines.map((line, i) => i).filter((i) => i > 0 && i < frontmatterEnd(lines) && keyLine.test(lines[i]!));
  if (!keys.length) return text;
  const at = keys[n % keys.length]!;
  const [, lead, key] = keyLine.exec(lines[at]!)!;
  return [...lines.slice(0, at), `${lead}${key}: ${value}`, ...lines.slice(at + 1)].join('\n');
});

const garbageLine = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '::',
    '- - -',
    ': x',
    '  bad: [unclosed',
    '"',
    "'",
    '!!python/object:os.system',
    '&anchor *alias',
    '---',
    '...',
    '\t- tab',
    '? complex',
    '% directive',
    '{',
  ),
);

const insertLine = fc.tuple(fc.nat(), garbageLine).map(([n, garbage]) => (text: string) => {
  const lines = text.split('\n');
  const at = n % (lines.length + 1);
  return [...lines.slice(0, at), garbage, ...lines.slice(at)].join('\n');
});

const duplicateLine = fc.nat().map((n) => (text: string) => {
  const lines = text.split('\n');
  const at = n % lines.length;
  return [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n');
});

const oddText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  fc.constantFrom(
    '\0',
    '\r',
    '\t',
    '\r\n',
    '\u2028',
    '\u0085',
    '\ufeff',
    '\u200b',
    '\ud83d\ude00',
    'é',
    '\u202e',
    '\\',
  ),
);

const insertUnicode = fc.tuple(fc.nat(), oddText).map(([n, odd]) => (text: string) => {
  const at = n % (text.length + 1);
  return `${text.slice(0, at)}${odd}${text.slice(at)}`;
});

type Mutation = { readonly name: string; readonly bytes: (source: Uint8Array) => Uint8Array };

const textMutation = (name: string, arbitrary: fc.Arbitrary<(text: string) => string>): fc.Arbitrary<Mutation> =>
  arbitrary.map((mutate) => ({
    name,
    bytes: (source: Uint8Array) => encoder.encode(mutate(new TextDecoder().decode(source))),
  }));

const truncate: fc.Arbitrary<Mutation> = fc
  .nat()
  .map((n) => ({ name: 'truncate', bytes: (source: Uint8Array) => source.subarray(0, n % (source.length + 1)) }));

const mutation = fc.oneof(
  textMutation('delete a key', deleteKey),
  textMutation('change a type', changeType),
  textMutation('insert a garbage line', insertLine),
  textMutation('duplicate a line', duplicateLine),
  textMutation('insert odd unicode', insertUnicode),
  truncate,
);

/** One to three mutations, applied in turn. */
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

describe('validation of a mutated valid incident', () => {
  it('starts from files that validate with no findings', () => {
    for (const source of SOURCES) expect(validateBytes(source, source.bytes), source.file).toEqual([]);
  });

  it('never throws, and every finding points inside the file (1 <= line <= lines, 1 <= column <= line length + 1)', (context) => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), mutations, (source, steps) => {
        const bytes = steps.reduce((current, step) => step.bytes(current), source.bytes as Uint8Array);
        const findings = validateBytes(source, bytes);
        expect(outOfFile(bytes, findings)).toEqual([]);
      }),
      RUNS,
    );
    recordOutcome(context, {
      table: 'Properties',
      cells: {
        property:
          "any mutation of a valid incident (key deleted, type changed, garbage or duplicate line, truncated at a byte, NUL/CR/tab/unicode inserted): validate never throws and every finding's line:column is inside the file",
        runs: RUNS_LABEL,
        result: 'held',
      },
    });
  });
});

// ---------------------------------------------------------------------------
// Render, then parse: `incidents new` and declare write what they were given.

/** Strings YAML might retype or misread if written bare. */
const TRICKY = [
  'yes',
  'no',
  'No',
  'on',
  'off',
  'null',
  'Null',
  '~',
  'true',
  'False',
  '1.0',
  '0x1F',
  '1e3',
  '.inf',
  '-.nan',
  '012',
  '2026-03-04',
  '12:30',
  '- leading dash',
  '# hash',
  'a # comment',
  'key: value',
  'colon:',
  "it's",
  '"quoted"',
  '[list]',
  '{map}',
  '&anchor',
  '*alias',
  '!tag',
  '%percent',
  '@handle',
  '`tick`',
  '|',
  '>',
  '?',
  ',',
  'café ☕',
  '𝒳 wide',
  'tab\there',
  ' padded ',
];

const titleText = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc
    .tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 20 }), fc.constantFrom(...TRICKY))
    .map((parts) => parts.join(' ')),
);

/** A title as `new` accepts it (trimmed, one line, not empty). */
const title = titleText
  .map((text) => checkTitle(text))
  .filter((checked) => checked.ok)
  .map((checked) => (checked as { value: string }).value);

/** No service catalog and a loose id_pattern: any service name and id is accepted, so they can be anything. */
const NO_CATALOG: Config = { ...validRepo.config, services: [], idPattern: /^\S+$/u };

const service = fc
  .oneof(
    fc.constantFrom(...TRICKY),
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  )
  .map((text) => checkServices([text], NO_CATALOG))
  .filter((checked) => checked.ok && checked.value.length === 1)
  .map((checked) => (checked as { value: string[] }).value[0]!);

const summaryLine = fc.oneof(
  fc.constantFrom(
    ...TRICKY,
    '# Impact',
    '## Timeline',
    'Summary',
    '===',
    '---',
    '```',
    '~~~ js',
    '<!-- open',
    '-->',
    '<details>',
    '    indented',
    '> quoted',
    '* item',
    '1. item',
    '-',
    'line\rbreak',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const summary = fc
  .array(summaryLine, { minLength: 1, maxLength: 6 })
  .map((lines) => lines.join('\n'))
  .filter((text) => text.trim() !== '');

const handle = fc.constantFrom('@alice', '@bob-smith', '@org/sre-team', '@A1');

const started = parseStartTime('2026-11-23T10:05Z', NOW, 'UTC');

/** Ids as a loose id_pattern allows them: some read as numbers, booleans, null or dates when bare. */
const id = fc.constantFrom('2026-11-23-property', '123', '1.0', 'yes', 'null', '2026-11-23', '0x10', '-1');

const newIncident = fc.record({
  id,
  title,
  severity: fc.constantFrom(...validRepo.config.severities),
  services: fc.uniqueArray(service, { maxLength: 4 }),
  commander: fc.option(handle, { nil: undefined }),
  summary: fc.option(summary, { nil: undefined }),
});

/** The Summary section's lines as written in the file (between its prompt and the next heading). */
function summaryLines(document: SourceDocument): string[] {
  const headings = readHeadings(document.body, document.bodyLine);
  const index = headings.findIndex((h) => sectionKey(h.text) === 'summary');
  const lines = document.body.split('\n');
  const from = headings[index]!.position.line - document.bodyLine + 1;
  const to = index + 1 < headings.length ? headings[index + 1]!.position.line - document.bodyLine : lines.length;
  return lines
    .slice(from, to)
    .filter((line) => !line.startsWith('<!-- '))
    .join('\n')
    .trim()
    .split('\n');
}

describe('render, then parse: a new incident file', () => {
  it("keeps every value as given, keeps the template's sections, and validates with no findings", (context) => {
    if (!started.ok) throw new Error('bad start time');
    fc.assert(
      fc.property(newIncident, fc.boolean(), (answers, detectionGiven) => {
        const { id, ...given } = answers;
        const incident: NewIncident = {
          ...given,
          started: started.time,
          detected: detectionGiven ? detectedAt(started.time, NOW) : undefined,
          ...(given.summary === undefined ? {} : { summary: given.summary }),
        };
        const text = renderIncident(id, incident, NOW);
        const parsed = parseDocument(`incidents/2026/${id}.md`, 'incident', encoder.encode(text));
        expect(parsed.finding).toBeUndefined();
        const document = parsed.document!;
        expect(document.data).toEqual({
          id,
          title: answers.title,
          status: 'investigating',
          severity: answers.severity.id,
          started_at: '2026-11-23T10:05:00Z',
          ...(detectionGiven ? { detected_at: '2026-11-23T12:00:00Z' } : {}),
          ...(answers.services.length ? { services: answers.services } : {}),
          ...(answers.commander ? { roles: { incident_commander: answers.commander } } : {}),
        });
        expect(
          validateDocuments({ targets: [document], allIncidents: [document], config: NO_CATALOG, now: NOW }),
        ).toEqual([]);
        const sections = readHeadings(document.body, document.bodyLine).map((h) => h.text);
        expect(sections).toEqual([...answers.severity.reviewSections]);
        if (answers.summary !== undefined) {
          // Each line is there as written, or with one backslash before it where it would otherwise start a heading, a fence or HTML.
          const written = summaryLines(document);
          const given = answers.summary.trim().split(/\r\n?|\n/);
          expect(written).toHaveLength(given.length);
          written.forEach((line, i) => expect([given[i], given[i]!.replace(/^(\s*)/, '$1\\')]).toContain(line));
        }
      }),
      RUNS,
    );
    recordOutcome(context, {
      table: 'Properties',
      cells: {
        property:
          'render then parse of a new incident (ids, titles, services and summaries with quotes, colons, #, leading -, yes/no/null/1.0, unicode, Markdown headings and fences): values come back equal, sections unchanged, zero findings',
        runs: RUNS_LABEL,
        result: 'held',
      },
    });
  });
});
