import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generate } from '../bench/generate';
import { runCli } from '../src/cli/program';
import { batchReview } from '../src/app/batch-review';
import { parseDocument } from '../src/incidents/parse-document';
import { renderReviewMarkdown } from '../src/review/render/markdown';
import { renderReviewRecord } from '../src/review/render/record';
import { schemaFindings } from '../src/schema/findings';
import { captureIo, FIXTURES, NOW, ROOT } from './helpers';

const cwd = path.join(FIXTURES, 'review', 'basic');
const GOLDEN = path.join(FIXTURES, 'review', 'basic-2026-Q1.md');
const update = process.env.UPDATE_EXPECTED === '1';

describe('the batch review as Markdown', () => {
  it('renders exactly the golden file (UPDATE_EXPECTED=1 rewrites it; read the diff)', async () => {
    const { report } = await batchReview({ cwd, now: NOW, period: '2026-Q1' });
    const markdown = renderReviewMarkdown(report);
    if (update) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('drops detail in stages to fit a size limit, and says so', async () => {
    const { report } = await batchReview({ cwd, now: NOW, period: '2026-Q1' });
    const full = renderReviewMarkdown(report);
    const short = renderReviewMarkdown(report, Buffer.byteLength(full) - 1);
    expect(short).not.toContain('## People');
    expect(short).toContain(
      "> Trends, people and review tables were left out to fit GitHub's size limit; run `incidents review` for the full report.",
    );
    const tiny = renderReviewMarkdown(report, Buffer.byteLength(short) - 1);
    expect(tiny).toContain('## Themes for discussion');
    expect(tiny).not.toContain('## Goals');
  });

  it('tells a repository without goals how to add one', async () => {
    const io = captureIo(path.join(FIXTURES, 'validate', 'valid'));
    await runCli(['review', '--period', '2026-Q1'], io);
    expect(io.out.join('')).toContain(
      'No goals are set. Goals turn this review into a check against what the organisation wants from reliability work; add some to `.incidents.yml`:',
    );
  });
});

describe('the batch review as JSON', () => {
  it('matches schemas/review-report.schema.json and keeps the contract names', async () => {
    const io = captureIo(cwd);
    expect(await runCli(['review', '--period', '2026-Q1', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out.join(''));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'review-report.schema.json'), 'utf8')),
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(report.incidents.by_severity).toEqual({ SEV1: 1, SEV2: 2, SEV3: 1 });
    expect(report.durations.time_to_mitigate).toEqual({ count: 4, p50_minutes: 45, p90_minutes: 78 });
    expect(report.responders.top_two_share).toBe(1);
    expect(Object.keys(report.follow_ups)).toEqual(
      expect.arrayContaining(['total', 'done', 'not_planned', 'open', 'overdue']),
    );
  });
});

describe('recurring themes in the JSON', () => {
  it('give their counts and their first 10 members; --all-members lists every one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iac-review-members-'));
    generate(dir, 400, 'clean', 5);
    const json = async (...extra: string[]) => {
      const io = captureIo(dir);
      expect(await runCli(['review', '--period', '2025', '--format', 'json', ...extra], io)).toBe(0);
      return JSON.parse(io.out.join('')) as {
        recurring_follow_ups: {
          theme: string;
          incident_count: number;
          follow_up_count: number;
          incidents: string[];
          follow_ups: string[];
        }[];
      };
    };
    const short = (await json()).recurring_follow_ups;
    const every = (await json('--all-members')).recurring_follow_ups;
    expect(short.map((t) => t.theme)).toEqual(every.map((t) => t.theme));
    expect(every.some((t) => t.incidents.length > 10)).toBe(true);
    short.forEach((theme, i) => {
      const all = every[i]!;
      expect([theme.incident_count, theme.follow_up_count]).toEqual([all.incidents.length, all.follow_ups.length]);
      expect(theme.incidents).toEqual(all.incidents.slice(0, 10));
      expect(theme.follow_ups).toEqual(all.follow_ups.slice(0, 10));
    });
  });
});

describe('incidents review', () => {
  it('writes --out atomically and says where, leaving no temporary file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
    const out = path.join(folder, 'q1.md');
    const io = captureIo(cwd);
    expect(await runCli(['review', '--period', '2026-Q1', '--out', out], io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(io.err.join('')).toBe(`wrote ${out}\n`);
    expect(readdirSync(folder)).toEqual(['q1.md']);
  });

  it('never writes through a link planted at the old, predictable temporary name', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
    const victim = path.join(folder, 'victim.txt');
    writeFileSync(victim, 'kept\n');
    symlinkSync(victim, path.join(folder, `.q1.md.${process.pid}.tmp`));
    expect(await runCli(['review', '--period', '2026-Q1', '--out', path.join(folder, 'q1.md')], captureIo(cwd))).toBe(
      0,
    );
    expect(readFileSync(victim, 'utf8')).toBe('kept\n');
  });

  it('exits 2 when --out names a folder, or a file in a folder that is missing or is a file, and leaves nothing behind', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'iac-review-'));
    cpSync(cwd, repo, { recursive: true });
    writeFileSync(path.join(repo, 'afile'), 'kept\n');
    const cases: [string, string][] = [
      ['incidents', "incidents: --out: 'incidents' is a folder: name a file to write\n"],
      ['afile/x.md', "incidents: --out: cannot write 'afile/x.md': 'afile' is a file, not a folder\n"],
      ['missing/x.md', "incidents: --out: cannot write 'missing/x.md': the folder 'missing' does not exist\n"],
    ];
    for (const [out, message] of cases) {
      const io = captureIo(repo);
      expect(await runCli(['review', '--period', '2026-Q1', '--out', out], io), out).toBe(2);
      expect(io.err.join('')).toBe(message);
    }
    expect(readdirSync(repo).sort()).toEqual(['.incidents.yml', 'afile', 'incidents']);
    expect(readdirSync(path.join(repo, 'incidents')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with a message for a period it cannot read', async () => {
    const io = captureIo(cwd);
    expect(await runCli(['review', '--period', '2026-Q5'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      "incidents: Invalid value for '--period': must be a quarter (2026-Q1), a month (2026-03) or a year (2026) (got '2026-Q5')\n",
    );
    const both = captureIo(cwd);
    expect(await runCli(['review', '--period', '2026-Q1', '--last', '90d'], both)).toBe(2);
    expect(both.err.join('')).toBe('incidents: choose one of --period, --from/--to and --last\n');
  });
});

describe('the batch review record', () => {
  it('has frontmatter that validates against the review schema, the summary, and empty sections for the meeting', async () => {
    const { report } = await batchReview({ cwd, now: NOW, period: '2026-Q1' });
    const record = renderReviewRecord(report);
    const parsed = parseDocument('incidents/reviews/2026-Q1.md', 'review', Buffer.from(record));
    expect(parsed.finding).toBeUndefined();
    expect(schemaFindings(parsed.document!, 'review')).toEqual([]);
    expect(parsed.document!.data).toMatchObject({
      period: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03-31',
      incidents: report.incidents.ids,
      attendees: [],
    });
    expect(record).toContain('\n## Notes from the review meeting\n');
    expect(record).toContain('\n## Decisions\n');
    expect(record).toContain('\n### Themes for discussion\n');
  });

  it('keeps what people wrote when it is regenerated', async () => {
    const { report } = await batchReview({ cwd, now: NOW, period: '2026-Q1' });
    const edited = renderReviewRecord(report)
      .replace('attendees: []', 'attendees:\n  - "@alice"\n  - "@bob"')
      .replace('## Decisions\n', '## Decisions\n\nFund canary analysis for checkout (owner @alice).\n');
    const later = { ...report, generated_at: '2026-11-30T00:00:00.000Z' };
    // Only the generation time would change: the record comes back as it is, so nothing is committed.
    expect(renderReviewRecord(later, edited)).toBe(edited);
    // The generated part is out of date: it is replaced, and the time with it; people's parts stay.
    const stale = edited.replace('### Themes for discussion', '### Themes (old)');
    const regenerated = renderReviewRecord(later, stale);
    expect(regenerated).toContain('\n### Themes for discussion\n');
    expect(regenerated).toContain('Fund canary analysis for checkout (owner @alice).');
    expect(regenerated).toContain('attendees:\n  - "@alice"\n  - "@bob"');
    expect(regenerated).toContain('generated_at: "2026-11-30T00:00:00Z"');
  });
});

describe('the note on files left out of the review', () => {
  it('names ten of them and counts the rest, so thousands of broken files make one readable line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iac-review-left-out-'));
    cpSync(cwd, dir, { recursive: true });
    const broken = Array.from({ length: 12 }, (_, i) => `incidents/broken-${String(i + 1).padStart(2, '0')}.md`);
    for (const file of broken) writeFileSync(path.join(dir, file), '---\nid: [unclosed\n---\n');
    const io = captureIo(dir);
    expect(await runCli(['review', '--period', '2026-Q1', '--format', 'json'], io)).toBe(0);
    expect(io.err.join('')).toBe(
      `note: 12 incident file(s) that cannot be read or have errors in their frontmatter are left out of the review: ${broken.slice(0, 10).join(', ')}, and 2 more ('incidents validate' names each)\n`,
    );
  });
});
