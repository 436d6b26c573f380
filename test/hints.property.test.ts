import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { ConfigError } from '../src/core/errors';
import type { Finding } from '../src/core/finding';
import { exampleRepository } from '../src/core/rule-examples';
import { formatZoned } from '../src/scaffold/parse-time';
import { RULES } from '../src/validate/registry';
import { applyHint, type Files } from './hint-apply';
import { NOW } from './helpers';

/*
 * A hint copied literally fixes its finding and raises no new one (issue
 * 15). Every hint that offers something to copy (a value, a line, a
 * heading, a name) is copied where its finding points, as a person would,
 * and the repository validated again: that finding is gone and nothing
 * new appears. The corpus is every rule's wrong example, then incidents
 * fast-check generates (fixed seed) with one mistake each, so the values a
 * hint is built from vary: times, zones, statuses, handles, names.
 */

async function findingsOf(files: Files): Promise<Finding[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'iac-hint-'));
  try {
    for (const [file, content] of files) {
      const target = path.join(root, file);
      mkdirSync(path.dirname(target), { recursive: true });
      if (typeof content === 'object' && 'linkTo' in content) symlinkSync(content.linkTo, target);
      else writeFileSync(target, content);
    }
    try {
      return [...(await validateIncidents({ cwd: root, paths: [], now: NOW })).findings];
    } catch (error) {
      if (error instanceof ConfigError) return [...error.findings];
      throw error;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A file's first YAML or frontmatter mistake stops it from being read:
 * a second mistake already in the file shows only once the first is fixed.
 * That one is not raised by the copy, so it is not counted as new.
 */
const STOPS_READING = new Set([
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-tab',
  'yaml-tag',
  'yaml-alias',
  'yaml-too-deep',
]);
const linesOf = (files: Files, file: string) => new Set(String(files.get(file) ?? '').split('\n'));
const lineOf = (files: Files, f: Finding) => String(files.get(f.file) ?? '').split('\n')[f.line - 1] ?? '';

const rulesOf = (findings: readonly Finding[]) => findings.map((f) => f.rule).sort();

/** Copies each literal hint in turn; returns the rules whose hints were copied. */
async function checkEveryHint(files: Files): Promise<string[]> {
  const before = await findingsOf(files);
  const copied: string[] = [];
  for (const finding of before) {
    const fixed = applyHint(files, finding);
    if (!fixed) continue;
    const expected = rulesOf(before);
    expected.splice(expected.indexOf(finding.rule), 1);
    const revealed = (f: Finding) =>
      STOPS_READING.has(finding.rule) &&
      f.file === finding.file &&
      f.line !== finding.line &&
      linesOf(files, f.file).has(lineOf(fixed, f));
    const after = (await findingsOf(fixed)).filter((f) => !revealed(f));
    expect(
      rulesOf(after),
      `copying the hint of ${finding.rule} (${finding.hint}) should leave ${expected.join(', ') || 'nothing'}; after it:\n${after.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`).join('\n')}\n${[...fixed].map(([file, text]) => `--- ${file}\n${typeof text === 'string' ? text : '(not text)'}`).join('\n')}`,
    ).toEqual(expected);
    copied.push(finding.rule);
  }
  return copied;
}

function repository(rule: (typeof RULES)[number]): Files {
  return new Map(
    exampleRepository(rule, 'wrong').map((file) => [
      file.path,
      'text' in file ? file.text : 'bytes' in file ? file.bytes : { linkTo: file.linkTo },
    ]),
  );
}

describe('hints copied literally', () => {
  it("fix their finding and raise no new one, for every rule's wrong example", async () => {
    const copied = new Set<string>();
    for (const rule of RULES.filter((r) => r.id !== 'schema'))
      for (const id of await checkEveryHint(repository(rule))) copied.add(id);
    // The rules whose examples offer something to copy; a rule that stops offering one must say so here.
    expect([...copied].sort()).toEqual([
      'category-value',
      'config-goal-target',
      'config-label-comma',
      'field-format',
      'field-type',
      'file-name-mismatch',
      'follow-up-id-format',
      'follow-up-owner',
      'follow-ups-required',
      'handle-format',
      'id-format',
      'reference-unknown',
      'required-by-status',
      'review-section-empty',
      'review-section-missing',
      'service-value',
      'timestamp-format',
      'timestamp-zone',
      'unknown-field',
      'yaml-duplicate-key',
      'yaml-syntax',
    ]);
  });

  const PHASES = ['started_at', 'detected_at', 'mitigated_at', 'resolved_at'] as const;
  const STATUSES = ['investigating', 'mitigated', 'resolved', 'reviewed'] as const;
  const SECTIONS: Record<string, readonly string[]> = {
    SEV1: [
      'Summary',
      'Impact',
      'Timeline',
      'Contributing factors',
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Follow-ups',
    ],
    SEV2: ['Summary', 'Impact', 'Timeline', 'Contributing factors', 'Follow-ups'],
    SEV3: ['Summary', 'Timeline', 'Follow-ups'],
    SEV4: ['Summary'],
  };
  const CONFIG = 'services:\n  - id: checkout\n  - id: payments-gateway\n  - id: search\n';
  const FILE = (id: string) => `incidents/${id.slice(0, 4)}/${id}.md`;

  /** A valid incident, as fields (key, YAML text) and sections; each mistake changes one thing in it. */
  interface Model {
    fields: [string, string][];
    sections: [string, string][];
  }

  const valid = fc
    .record({
      startMinute: fc.integer({ min: 0, max: 600 * 24 * 60 }),
      delays: fc.tuple(
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 3000 }),
      ),
      offset: fc.constantFrom(0, 60, -300, 330),
      status: fc.constantFrom(...STATUSES),
      severity: fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4'),
      services: fc.subarray(['checkout', 'payments-gateway', 'search'], { minLength: 1 }),
      commander: fc.constantFrom('@alice', '@bob-smith', '@carol'),
      slug: fc.constantFrom('checkout-errors', 'search-slow', 'cart-lost'),
      reviewAfter: fc.integer({ min: 0, max: 9 }),
    })
    .map((g): { id: string; model: Model } => {
      const start = Date.UTC(2025, 0, 1) + g.startMinute * 60_000;
      const times = [start, start + g.delays[0] * 60_000, start + (g.delays[0] + g.delays[1]) * 60_000];
      times.push(times[2]! + g.delays[2] * 60_000);
      const text = (ms: number) => formatZoned(ms, g.offset).text;
      const id = `${text(start).slice(0, 10)}-${g.slug}`;
      const stage = STATUSES.indexOf(g.status);
      const fields: [string, string][] = [
        ['id', id],
        ['title', 'Checkout errors after a deploy'],
        ['status', g.status],
        ['severity', g.severity],
        ...PHASES.slice(0, Math.min(stage + 2, 4)).map((phase, i): [string, string] => [phase, text(times[i]!)]),
        ['services', `[${g.services.join(', ')}]`],
        ['categories', '[deploy]'],
        ['roles', `\n  incident_commander: "${g.commander}"\n  responders: ["@dana"]`],
        [
          'follow_ups',
          `\n  - id: canary-analysis\n    title: Add canary analysis\n    owner: "${g.commander}"\n    due: 2026-12-01`,
        ],
      ];
      if (g.status === 'reviewed') {
        const day = new Date(times[3]! + g.reviewAfter * 86_400_000).toISOString().slice(0, 10);
        fields.push(['review', `\n  date: ${day}`]);
      }
      const sections = (g.status === 'reviewed' ? SECTIONS[g.severity]! : ['Summary']).map((s): [string, string] => [
        s,
        'Written.',
      ]);
      return { id, model: { fields, sections } };
    });

  const render = ({ fields, sections }: Model) =>
    `---\n${fields.map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`).join('\n')}\n---\n${sections
      .map(([heading, body], i) => `${i === 0 ? '#' : '##'} ${heading}\n${body ? `\n${body}\n` : ''}`)
      .join('\n')}`;

  type Mistake = (model: Model, pick: number) => void;
  const field = (model: Model, key: string) => model.fields.find(([k]) => k === key);
  const timestamps = (model: Model) => model.fields.filter(([k]) => (PHASES as readonly string[]).includes(k));
  const MISTAKES: Record<string, Mistake> = {
    'no zone': (m, pick) => {
      const entry = timestamps(m)[pick % timestamps(m).length]!;
      entry[1] = entry[1].slice(0, 19);
    },
    'one-digit hour': (m, pick) => {
      const entry = timestamps(m)[pick % timestamps(m).length]!;
      entry[1] = `${entry[1].slice(0, 10)} ${Number(entry[1].slice(11, 13))}:${entry[1].slice(14, 16)}`;
    },
    'a time the status needs left out': (m, pick) => {
      const needed = ['mitigated_at', 'resolved_at'].filter((k) => field(m, k));
      const gone = needed.length ? needed[pick % needed.length] : undefined;
      if (gone) m.fields = m.fields.filter(([k]) => k !== gone);
    },
    'review date left out': (m) => {
      const review = field(m, 'review');
      if (review) m.fields = m.fields.filter(([k]) => k !== 'review');
    },
    'a misspelt field': (m, pick) => {
      const entry = m.fields[pick % m.fields.length]!;
      const key = entry[0];
      const at = 1 + (pick % (key.length - 1));
      entry[0] = key.length > 3 ? key.slice(0, at) + key.slice(at + 1) : `${key}x`;
    },
    'a name for a handle': (m, pick) => {
      const roles = field(m, 'roles')!;
      roles[1] = roles[1].replace(
        /incident_commander: ".*"/,
        `incident_commander: "${['Alice Smith', 'Bob', 'José María'][pick % 3]}"`,
      );
    },
    'a handle without @': (m) => {
      const roles = field(m, 'roles')!;
      roles[1] = roles[1].replace('["@dana"]', '[dana]');
    },
    'a service misspelt': (m) => {
      const services = field(m, 'services')!;
      services[1] = services[1]
        .replace('checkout', 'chekout')
        .replace('search', 'serch')
        .replace('payments-gateway', 'payment-gateway');
    },
    'a category misspelt': (m) => {
      field(m, 'categories')![1] = '[deploymnt]';
    },
    'a follow-up id in words': (m) => {
      const followUps = field(m, 'follow_ups')!;
      followUps[1] = followUps[1].replace('id: canary-analysis', 'id: Canary Analysis');
    },
    'a follow-up without an owner': (m) => {
      const followUps = field(m, 'follow_ups')!;
      followUps[1] = followUps[1].replace(/\n {4}owner: .*/, '');
    },
    'an id in words': (m) => {
      field(m, 'id')![1] = 'Checkout Outage';
    },
    'a due date without zeros': (m) => {
      const followUps = field(m, 'follow_ups')!;
      followUps[1] = followUps[1].replace('due: 2026-12-01', 'due: 2026-12-1');
    },
    'a severity in lower case': (m) => {
      const severity = field(m, 'severity')!;
      severity[1] = severity[1].toLowerCase();
    },
    'a status capitalised': (m) => {
      const status = field(m, 'status')!;
      status[1] = status[1].charAt(0).toUpperCase() + status[1].slice(1);
    },
    'a heading misspelt': (m, pick) => {
      const entry = m.sections[pick % m.sections.length]!;
      if (entry[0].length > 4) entry[0] = entry[0].slice(0, 2) + entry[0].slice(3);
    },
    'a section left out': (m, pick) => {
      if (m.sections.length > 1) m.sections.splice(pick % m.sections.length, 1);
    },
    'a section with only its template comment': (m, pick) => {
      m.sections[pick % m.sections.length]![1] = '<!-- What goes here. -->';
    },
    'follow-ups left out of a reviewed incident': (m) => {
      if (field(m, 'review')) m.fields = m.fields.filter(([k]) => k !== 'follow_ups');
    },
  };

  it('fix their finding and raise no new one, whatever values the file holds (fast-check, fixed seed)', async () => {
    const copied = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        valid,
        fc.constantFrom(...Object.keys(MISTAKES)),
        fc.nat(),
        async ({ id, model }, mistake, pick) => {
          const files = (m: Model): Files =>
            new Map<string, string>([
              ['.incidents.yml', CONFIG],
              [FILE(id), render(m)],
            ]);
          expect((await findingsOf(files(model))).map((f) => `${f.rule} ${f.message}`)).toEqual([]);
          const broken = structuredClone(model);
          MISTAKES[mistake]!(broken, pick);
          for (const rule of await checkEveryHint(files(broken))) copied.add(rule);
        },
      ),
      { seed: 15, numRuns: 150 },
    );
    // Each kind of mistake above gives a hint to copy, and each was copied at least once.
    expect([...copied].sort()).toEqual([
      'allowed-values',
      'category-value',
      'date-format',
      'follow-up-id-format',
      'follow-up-owner',
      'follow-ups-required',
      'handle-format',
      'id-format',
      'required-by-status',
      'review-section-empty',
      'review-section-missing',
      'service-value',
      'severity-value',
      'timestamp-format',
      'timestamp-zone',
      'unknown-field',
    ]);
  }, 120_000);
});
